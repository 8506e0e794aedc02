package org.liaison.open311;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.response.Response;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks Open311 answers: JSON against the GeoReport v2 JSON Schemas (src/test/resources/open311/schema, copied from
 * shared/open311/schema) or, for documents they do not cover, against extra-schema; XML for well-formedness, its
 * declaration, and element names mirroring the JSON answer exactly (root, list items, every field in order).
 */
final class Open311Documents {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
            "service_request_updates", "request_update", "errors", "error", "attributes", "attribute", "values", "value",
            "endpoints", "endpoint", "formats", "format");

    private Open311Documents() {
    }

    /** Violations of the schema, e.g. "schema/requests.json" or "extra-schema/errors.json". */
    static Set<ValidationMessage> violations(String schema, JsonNode document) {
        JsonSchema compiled = SCHEMAS.getSchema(SchemaLocation.of("classpath:open311/" + schema), FORMATS);
        return compiled.validate(document);
    }

    /** The JSON answer, asserted UTF-8 JSON and valid against the schema. */
    static JsonNode json(Response response, String schema) {
        assertThat(response.contentType()).isEqualToIgnoringCase("application/json;charset=utf-8");
        JsonNode document = read(response.asByteArray());
        assertThat(violations(schema, document)).as("%s against %s", document, schema).isEmpty();
        return document;
    }

    static JsonNode read(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    /** The XML answer, asserted UTF-8 text/xml with its declaration and well-formed, element names as in the JSON. */
    static Document xml(Response response, String root, JsonNode sameAsJson) {
        assertThat(response.contentType()).isEqualToIgnoringCase("text/xml;charset=utf-8");
        byte[] body = response.asByteArray();
        assertThat(new String(body, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        Document document = parse(body);
        assertMirrors(document.getDocumentElement(), root, sameAsJson);
        return document;
    }

    static Document parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    /** The element is the JSON node under this name: list items, fields in order and texts all the same. */
    static void assertMirrors(Element element, String name, JsonNode json) {
        assertThat(element.getTagName()).isEqualTo(name);
        assertThat(element.getNamespaceURI()).isNull();
        List<Element> children = children(element);
        if (json.isArray()) {
            assertThat(children).hasSize(json.size());
            String item = ITEMS.get(name);
            assertThat(item).as("list name %s", name).isNotNull();
            for (int i = 0; i < json.size(); i++) {
                assertMirrors(children.get(i), item, json.get(i));
            }
        } else if (json.isObject()) {
            List<String> fields = new ArrayList<>();
            json.fieldNames().forEachRemaining(fields::add);
            assertThat(children.stream().map(Element::getTagName).toList()).isEqualTo(fields);
            Iterator<Map.Entry<String, JsonNode>> entries = json.fields();
            for (int i = 0; entries.hasNext(); i++) {
                Map.Entry<String, JsonNode> entry = entries.next();
                assertMirrors(children.get(i), entry.getKey(), entry.getValue());
            }
        } else {
            assertThat(children).isEmpty();
            assertThat(element.getTextContent()).isEqualTo(json.isNull() ? "" : json.asText());
        }
    }

    static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
