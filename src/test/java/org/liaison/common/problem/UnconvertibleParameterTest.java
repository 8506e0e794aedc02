package org.liaison.common.problem;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UnconvertibleParameterTest {

    private static MultiMap query(String... namesAndValues) {
        MultiMap query = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }

    /** What the parameter converter throws for {@code badValue}, named against this request. */
    private static Optional<String> name(String badValue, String path, MultiMap query) {
        try {
            Long.parseLong(badValue);
        } catch (NumberFormatException failure) {
            return UnconvertibleParameter.name(failure, path, query);
        }
        throw new AssertionError(badValue + " parsed");
    }

    @Test
    void theQueryParameterHoldingTheQuotedValueIsNamed() {
        assertThat(name("soon", "/api/deputy/assignments", query("status", "ASSIGNED", "since", "soon"))).contains("since");
        assertThat(name("99999999999999999999", "/api/admin/categories", query("page", "99999999999999999999", "size", "20")))
                .contains("page");
        assertThat(name("", "/api/deputy/assignments", query("q", "x", "since", ""))).contains("since");
        assertThat(name("1e400", "/api/admin/queue", query("since", "1e400"))).contains("since");
    }

    @Test
    void aPathSegmentIsNotAQueryParameter() {
        assertThat(name("abc", "/api/admin/categories/abc", query())).isEmpty();
        assertThat(name("abc", "/api/admin/categories/abc", query("q", "abc"))).isEmpty();
        assertThat(name("abc", "/api/admin/categories", query("page", "1"))).isEmpty();
    }

    @Test
    void aValueHeldOnlyUnderAnOddNameIsNotEchoed() {
        assertThat(name("abc", "/api/x", query("<script>", "abc"))).isEmpty();
        assertThat(name("abc", "/api/x", query("x".repeat(41), "abc"))).isEmpty();
        assertThat(name("abc", "/api/x", query("x".repeat(40), "abc"))).contains("x".repeat(40));
    }

    @Test
    void aMessageWithoutAQuotedValueNamesNothing() {
        assertThat(UnconvertibleParameter.name(new IllegalArgumentException("bad"), "/api/x", query("since", "bad"))).isEmpty();
        assertThat(UnconvertibleParameter.name(new IllegalArgumentException(), "/api/x", query("since", "x"))).isEmpty();
        assertThat(UnconvertibleParameter.name(new IllegalArgumentException("\""), "/api/x", query("since", ""))).isEmpty();
    }
}
