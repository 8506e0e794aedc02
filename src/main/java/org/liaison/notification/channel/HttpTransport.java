package org.liaison.notification.channel;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.notification.NotifyConfig;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The HTTP side of the channels: the JDK client, asynchronous (its own threads, never the event loop), one timeout
 * per request, and the reading of statuses every provider shares: 2xx is for the channel to judge, 408, 429 (with
 * Retry-After) and 5xx are retried, other 4xx are final, and an exception (timeout, refused connection) is retried.
 */
@ApplicationScoped
public class HttpTransport {

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    HttpTransport(NotifyConfig config, Clock clock) {
        this.timeout = config.sendTimeout();
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends the request; {@code accepted} judges a 2xx answer, {@code missing} is what 404/410 mean to the channel. */
    public Uni<Delivery> send(HttpRequest.Builder request, Function<HttpResponse<String>, Delivery> accepted, Delivery missing) {
        Context context = Vertx.currentContext();
        Uni<Delivery> delivery = Uni.createFrom()
                .completionStage(() -> client.sendAsync(request.timeout(timeout).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)))
                .map(response -> judge(response, accepted, missing))
                .onFailure().recoverWithItem(failure -> Delivery.retry(failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        return context == null ? delivery : delivery.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    private Delivery judge(HttpResponse<String> response, Function<HttpResponse<String>, Delivery> accepted, Delivery missing) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return accepted.apply(response);
            } catch (RuntimeException unreadable) {
                return Delivery.retry("unreadable answer (HTTP " + status + "): " + unreadable.getMessage());
            }
        }
        String reason = "HTTP " + status + " " + abbreviate(response.body());
        if (status == 429 || status == 408 || status >= 500) {
            return new Delivery.Retry(reason, retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if ((status == 404 || status == 410) && missing != null) {
            return missing;
        }
        return new Delivery.Failed(reason);
    }

    /** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
