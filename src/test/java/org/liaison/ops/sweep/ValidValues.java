package org.liaison.ops.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/** A valid-looking value for a schema of the OpenAPI document: its example, else its first enum value, else by type. */
final class ValidValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode schemas;

    ValidValues(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    JsonNode resolve(JsonNode schema) {
        for (int depth = 0; depth < 10 && schema.has("$ref"); depth++) {
            String ref = schema.get("$ref").asText();
            schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0 && !schema.has("properties")) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    JsonNode of(JsonNode schema) {
        return of(schema, 0);
    }

    private JsonNode of(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        if (raw.has("example")) {
            return raw.get("example");
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "integer" -> JSON.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number" -> JSON.numberNode(1.5);
            case "boolean" -> JSON.booleanNode(true);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (depth < 4) {
                    array.add(of(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                if (depth < 4) {
                    Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                    while (properties.hasNext()) {
                        Map.Entry<String, JsonNode> property = properties.next();
                        if (!property.getValue().path("readOnly").asBoolean()) {
                            object.set(property.getKey(), of(property.getValue(), depth + 1));
                        }
                    }
                }
                yield object;
            }
            default -> JSON.textNode(switch (schema.path("format").asText()) {
                case "date" -> "2026-12-15";
                case "date-time" -> "2026-12-15T09:00:00Z";
                case "duration" -> "PT1H";
                case "uuid" -> "00000000-0000-4000-8000-000000000000";
                default -> "ABC";
            });
        };
    }
}
