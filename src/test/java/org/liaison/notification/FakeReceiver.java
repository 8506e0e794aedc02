package org.liaison.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A provider's HTTP endpoint inside the test (no network): records every request it is sent and answers with the
 * scripted replies in order (then 200 with the default body), optionally after a delay, for timeouts.
 */
public final class FakeReceiver implements AutoCloseable {

    /** One request as received: headers (lower-case names), the exact body, and what was answered. */
    public record Received(String path, Map<String, List<String>> headers, byte[] body, int answered) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : values.get(0);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A scripted answer. */
    public record Reply(int status, String body, Map<String, String> headers, Duration delay) {
        public static Reply of(int status, String body) {
            return new Reply(status, body, Map.of(), Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Reply fallback = Reply.of(200, "{}");

    public FakeReceiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers these, in order, before falling back to the default. */
    public void script(Reply... replies) {
        script.addAll(List.of(replies));
    }

    public void answerByDefault(Reply reply) {
        fallback = reply;
    }

    public void reset() {
        script.clear();
        received.clear();
        fallback = Reply.of(200, "{}");
    }

    /** Requests that got a 2xx answer, in arrival order, whose body contains the marker (e.g. a tracking code). */
    public List<Received> accepted(String marker) {
        return all(marker).stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    public List<Received> all(String marker) {
        return new ArrayList<>(received.stream().filter(r -> r.text().contains(marker)).toList());
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Reply reply = script.poll();
        if (reply == null) {
            reply = fallback;
        }
        Map<String, List<String>> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
        received.add(new Received(exchange.getRequestURI().toString(), headers, body, reply.status()));
        try {
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
