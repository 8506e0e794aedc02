package org.liaison.push;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal Server-Sent Events reader for tests: one thread per stream parses id/event/data and comment lines. */
final class SseClient implements AutoCloseable {

    /** One dispatched SSE message; comment lines come as messages with only a comment. */
    record Message(String id, String event, String data, String comment) {
        boolean isComment() {
            return comment != null;
        }
    }

    private static final Message END = new Message(null, null, null, null);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int status;
    private final String contentType;
    private final String body;
    private final InputStream stream;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private volatile boolean ended;

    private SseClient(HttpResponse<InputStream> response) throws IOException {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("content-type").orElse("");
        if (status != 200) {
            this.body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            this.stream = null;
            return;
        }
        this.body = null;
        this.stream = response.body();
        Thread reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(int port, String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "text/event-stream");
        headers.forEach(request::header);
        try {
            return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    /** The response body of a refused stream (a problem document). */
    String body() {
        return body;
    }

    /** The next message that is an event (comments skipped), or null when none came in time or the stream ended. */
    Message nextEvent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Message message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null || message == END) {
                if (message == END) {
                    messages.offer(END);
                }
                return null;
            }
            if (!message.isComment()) {
                return message;
            }
        }
    }

    /** The next n events, failing if they do not all come within the timeout. */
    List<Message> events(int n, Duration timeout) throws InterruptedException {
        List<Message> events = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events.size() < n) {
            Message event = nextEvent(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event == null) {
                throw new AssertionError("expected " + n + " events, got " + events.size() + ": " + events
                        + (ended ? " (the stream ended)" : ""));
            }
            events.add(event);
        }
        return events;
    }

    /** The next comment line, skipping events. */
    Message nextComment(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Message message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null || message == END) {
                return null;
            }
            if (message.isComment()) {
                return message;
            }
        }
    }

    /** True once the server has closed the stream (waits up to the timeout). */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return ended;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null || event != null || id != null) {
                        messages.add(new Message(id, event, data == null ? null : data.toString(), null));
                    }
                    id = null;
                    event = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    messages.add(new Message(null, null, null, line.substring(1).trim()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> event = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> { }
                    }
                }
            }
        } catch (IOException closed) {
            // closed by the test or the server
        } finally {
            ended = true;
            messages.add(END);
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
