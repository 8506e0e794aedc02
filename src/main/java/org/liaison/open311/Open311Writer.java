package org.liaison.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes an Open311 document as JSON or as XML from one Jackson tree, so both formats carry the same names. The
 * XML follows the specification's examples (the Spark convention read backwards): a list is an element named
 * for the list holding one element per item (services/service, attributes/attribute, ...), null is an empty
 * element, no namespace, UTF-8 with its declaration.
 */
@ApplicationScoped
public class Open311Writer {

    private static final Map<String, String> ITEM_NAMES = Map.of(
            "services", "service",
            "service_requests", "request",
            "service_request_updates", "request_update",
            "errors", "error",
            "attributes", "attribute",
            "values", "value",
            "endpoints", "endpoint",
            "formats", "format");

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final ObjectMapper json;

    Open311Writer(ObjectMapper json) {
        this.json = json;
    }

    /** The answer: the document in the format, with its UTF-8 content type. */
    public Response.ResponseBuilder response(int status, Open311Format format, String root, Object document) {
        return Response.status(status).entity(write(format, root, document)).type(format.mediaType());
    }

    /** The document under the given root element name (ignored by JSON, which is the bare list or object). */
    public byte[] write(Open311Format format, String root, Object document) {
        JsonNode tree = json.valueToTree(document);
        try {
            return format == Open311Format.JSON ? json.writeValueAsBytes(tree) : xml(root, tree);
        } catch (JsonProcessingException | XMLStreamException e) {
            throw new IllegalStateException("An Open311 document could not be written", e);
        }
    }

    private static byte[] xml(String root, JsonNode tree) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter writer = XML.createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("utf-8", "1.0");
        element(writer, root, tree);
        writer.writeEndDocument();
        writer.close();
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter writer, String name, JsonNode node) throws XMLStreamException {
        if (node == null || node.isNull() || (node.isContainerNode() && node.isEmpty())) {
            writer.writeEmptyElement(name);
            return;
        }
        writer.writeStartElement(name);
        if (node.isArray()) {
            String item = ITEM_NAMES.getOrDefault(name, "item");
            for (JsonNode child : node) {
                element(writer, item, child);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                element(writer, field.getKey(), field.getValue());
            }
        } else {
            writer.writeCharacters(xmlSafe(node.asText()));
        }
        writer.writeEndElement();
    }

    /** Drops the few characters XML 1.0 cannot carry at all (most control characters), which StAX would pass on. */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }
}
