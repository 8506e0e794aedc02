package org.liaison.ops.sweep;

import java.util.List;

/** The bad values the sweep puts in one place at a time: as JSON literals for bodies, URL-encoded for parameters. */
final class BadValues {

    private BadValues() {
    }

    /** JSON texts that replace one field's value. */
    static final List<String> JSON = List.of(
            "\"a\\u0000b\"", "\"\\u001b[31mred\\u0007\"", "\"\\u0085next\"", "\"tab\\tand\\nline\"",
            "\"x\\ud800y\"", "\"\\udc00\"", "\"\\u202eabc\\ufeff\\u200b 😀👍🏽 e\\u0301\\u0302\"",
            "\"" + "路".repeat(20_000) + "\"", "\"   \"",
            "123", "{}", "[]", "true", "null",
            "-2147483649", "99999999999999999999999999", "1e400", "1.5");

    /** Whole bodies that are not what any operation takes. */
    static final List<String> BODIES = List.of(
            "", "{", "{\"a\":", "[1,", "nul", "\"text\"", "[]", "null", "42", "{\"unknown\":1}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"x\":\"" + "x".repeat(100_000) + "\"}");

    /** URL-encoded values for one query or path parameter. */
    static final List<String> PARAMETERS = List.of(
            "a%00b", "%1B%5B31m", "%C2%85", "%E2%80%AE%F0%9F%98%80", "%ED%A0%80%FF",
            "2147483647", "2147483648", "99999999999999999999", "-1", "1e400", "abc", "x".repeat(2_000), "");
}
