package org.liaison.ops.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the service's own OpenAPI document and sends it bad input one place at a time, starting
 * from a valid request (bodies from the schemas' examples, path parameters naming real objects, a token of the
 * operation's role so the request reaches validation): malformed JSON, wrong types, control characters, huge and
 * odd Unicode strings, overflowing numbers and paging values. Nothing may answer 5xx, and every API error must be
 * problem details.
 */
@QuarkusTest
class BadInputSweepTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    private final Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @Test
    void noOperationAnswers5xxToBadInputAndEveryApiErrorIsProblemDetails() throws Exception {
        JsonNode document = JSON.readTree(RestAssured.given().get("/q/openapi?format=json").asString());
        SweepFixtures fixtures = SweepFixtures.create();
        ValidValues valid = new ValidValues(document);
        List<Probe> probes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null && !path.getKey().endsWith("/events")) {
                    probes.addAll(probesOf(method.toUpperCase(), path.getKey(), operation, valid, fixtures));
                }
            }
        }
        assertThat(probes).hasSizeGreaterThan(1000);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Probe probe : probes) {
                done.add(pool.submit(() -> send(probe)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Bad-input sweep: %d requests, answered %s%n", probes.size(), statuses);
        assertThat(failures).as("of %d requests", probes.size()).isEmpty();
    }

    /** One request: method, path with its query, headers, body and what was changed. */
    record Probe(String method, String path, String contentType, String body, String change) {
    }

    private List<Probe> probesOf(String method, String template, JsonNode operation, ValidValues valid,
                                 SweepFixtures fixtures) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> queryValues = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> pathValues.put(name, fixtures.pathValue(template, name));
                case "query" -> queryValues.put(name, encode(text(valid.of(parameter.path("schema").isMissingNode()
                        ? parameter : parameter.path("schema")), parameter)));
                default -> { }
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        String contentType = content.has("application/json") ? "application/json"
                : content.has("application/x-www-form-urlencoded") ? "application/x-www-form-urlencoded" : null;
        JsonNode body = contentType == null ? null : valid.of(content.path(contentType).path("schema"));

        List<Probe> probes = new ArrayList<>();
        probes.add(probe(method, template, pathValues, queryValues, contentType, body, "the valid request"));
        for (String name : pathValues.keySet()) {
            for (String bad : BadValues.PARAMETERS) {
                Map<String, String> changed = new LinkedHashMap<>(pathValues);
                changed.put(name, bad.isEmpty() ? "%20" : bad);
                probes.add(probe(method, template, changed, queryValues, contentType, body, "path " + name + "=" + shorten(bad)));
            }
        }
        for (String name : queryValues.keySet()) {
            for (String bad : BadValues.PARAMETERS) {
                Map<String, String> changed = new LinkedHashMap<>(queryValues);
                changed.put(name, bad);
                probes.add(probe(method, template, pathValues, changed, contentType, body, "query " + name + "=" + shorten(bad)));
            }
        }
        if ("application/json".equals(contentType)) {
            String path = fill(template, pathValues, queryValues);
            for (String bad : BadValues.BODIES) {
                probes.add(new Probe(method, path, contentType, bad, "body " + shorten(bad)));
            }
            probes.add(new Probe(method, path, "text/plain", body.toString(), "content type text/plain"));
            for (List<Object> field : fields(body, new ArrayList<>(), new ArrayList<>())) {
                for (String bad : BadValues.JSON) {
                    probes.add(new Probe(method, path, contentType, replaced(body, field, bad), "field " + field + "=" + shorten(bad)));
                }
            }
        } else if (contentType != null) {
            String path = fill(template, pathValues, queryValues);
            Iterator<String> names = body.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                for (String bad : BadValues.PARAMETERS) {
                    probes.add(new Probe(method, path, contentType, form(body, name, bad), "form " + name + "=" + shorten(bad)));
                }
            }
        }
        return probes;
    }

    private Probe probe(String method, String template, Map<String, String> pathValues, Map<String, String> queryValues,
                        String contentType, JsonNode body, String change) {
        String text = body == null ? null : "application/json".equals(contentType) ? body.toString() : form(body, null, null);
        return new Probe(method, fill(template, pathValues, queryValues), contentType, text, change);
    }

    private void send(Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + probe.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        SweepFixtures.headersFor(probe.path()).forEach(request::header);
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        request.method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500) {
                failures.add(describe(probe, status, response.body()));
            } else if (status >= 400 && probe.path().startsWith("/api/") && !type.startsWith("application/problem+json")) {
                failures.add(describe(probe, status, "Content-Type " + type));
            }
        } catch (Exception e) {
            failures.add(probe.method() + " " + shorten(probe.path()) + " with " + probe.change() + " → " + e);
        }
    }

    private static String describe(Probe probe, int status, String detail) {
        return probe.method() + " " + shorten(probe.path()) + " with " + probe.change() + " → " + status + " " + shorten(detail);
    }

    /** Paths to every scalar of the body (field names and array indexes), nested up to three levels. */
    private static List<List<Object>> fields(JsonNode node, List<Object> at, List<List<Object>> found) {
        if (at.size() > 3) {
            return found;
        }
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                List<Object> path = new ArrayList<>(at);
                path.add(name);
                found.add(path);
                fields(object.get(name), path, found);
            });
        } else if (node instanceof ArrayNode array && array.size() > 0) {
            List<Object> path = new ArrayList<>(at);
            path.add(0);
            found.add(path);
            fields(array.get(0), path, found);
        }
        return found;
    }

    private static String replaced(JsonNode body, List<Object> path, String bad) {
        String marker = "\"@@BAD@@\"";
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = path.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.put((String) last, "@@BAD@@");
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, array.textNode("@@BAD@@"));
        }
        return copy.toString().replace(marker, bad);
    }

    private static String form(JsonNode body, String badName, String badValue) {
        List<String> pairs = new ArrayList<>();
        body.fields().forEachRemaining(field -> pairs.add(field.getKey() + "=" + (field.getKey().equals(badName)
                ? badValue : encode(field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString()))));
        return String.join("&", pairs);
    }

    private static String fill(String template, Map<String, String> pathValues, Map<String, String> queryValues) {
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        List<String> query = new ArrayList<>();
        queryValues.forEach((name, value) -> query.add(name + "=" + value));
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static String text(JsonNode value, JsonNode parameter) {
        JsonNode example = parameter.path("example");
        return example.isMissingNode() ? (value.isTextual() ? value.asText() : value.toString()) : example.asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }
}
