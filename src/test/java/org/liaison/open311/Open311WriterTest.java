package org.liaison.open311;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Open311WriterTest {

    private final Open311Writer writer = new Open311Writer(new ObjectMapper());

    @Test
    void xmlHasTheDeclarationListItemsAndEmptyElementsForNull() {
        String xml = new String(writer.write(Open311Format.XML, "service_requests", List.of(
                new Open311Views.CreatedRequest("7K4M9QXTB", "王丽 <代表> & 值班", null))), StandardCharsets.UTF_8);
        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request>"
                + "<service_request_id>7K4M9QXTB</service_request_id><service_notice>王丽 &lt;代表&gt; &amp; 值班</service_notice>"
                + "<account_id/></request></service_requests>");
    }

    @Test
    void jsonIsTheBareListWithNullsKept() {
        String json = new String(writer.write(Open311Format.JSON, "service_requests", List.of(
                new Open311Views.CreatedRequest("7K4M9QXTB", null, null))), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("[{\"service_request_id\":\"7K4M9QXTB\",\"service_notice\":null,\"account_id\":null}]");
    }

    @Test
    void nestedListsAreNamedForTheirItems() {
        String xml = new String(writer.write(Open311Format.XML, "service_definition", new Open311Views.ServiceDefinition("ENV",
                List.of(new Open311Views.Attribute(true, "anonymous", "singlevaluelist", false, null, 1, "d",
                        List.of(new Open311Views.AttributeValue("true", "是")))))), StandardCharsets.UTF_8);
        assertThat(xml).contains("<attributes><attribute><variable>true</variable>")
                .contains("<datatype_description/>")
                .contains("<values><value><key>true</key><name>是</name></value></values>");
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        assertThat(Open311Writer.xmlSafe("a\u0000b\u0007c\td\ne\uFFFEf😀")).isEqualTo("abc\td\nef😀");
        assertThat(Open311Writer.xmlSafe("plain")).isSameAs("plain");
    }

    @Test
    void theSuffixChoosesTheFormat() {
        assertThat(Open311Format.ofPath("/open311/v2/services.XML")).contains(Open311Format.XML);
        assertThat(Open311Format.ofPath("/open311/v2/services")).isEmpty();
        assertThat(Open311Format.XML.mediaType().toString()).isEqualTo("text/xml;charset=utf-8");
    }
}
