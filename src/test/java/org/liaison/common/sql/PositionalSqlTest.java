package org.liaison.common.sql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionalSqlTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "select :a => select $1",
            "select :a, :b, :a => select $1, $2, $1",
            "select cast(:day as date) => select cast($1 as date)",
            "select x::text from t where y = :y => select x::text from t where y = $1",
            "select ':not' || :real => select ':not' || $1",
            "select 'it''s :no' || :yes => select 'it''s :no' || $1",
            "select \"col:x\" from t where a = :a => select \"col:x\" from t where a = $1",
            "select kind || ':' || id from w where k = :kind and i = :id => select kind || ':' || id from w where k = $1 and i = $2",
            "insert into t values (:accept_seconds, :notePublic) => insert into t values ($1, $2)",
            "select 1 => select 1",
            "select a from t where b = :b::bigint => select a from t where b = $1::bigint",
            "select :x1, :x2, :x10 => select $1, $2, $3",
            "select ': x', : => select ': x', :",
    })
    void namedParametersBecomeNumberedOnes(String named, String positional) {
        assertThat(PositionalSql.parse(named).sql()).isEqualTo(positional);
    }

    @Test
    void valuesFollowTheFirstOccurrenceOfEachName() {
        PositionalSql sql = PositionalSql.parse("select :b, :a, :b, :c");
        assertThat(sql.names()).containsExactly("b", "a", "c");
        Map<String, Object> values = new HashMap<>();
        values.put("a", 1);
        values.put("b", "two");
        values.put("c", null);
        assertThat(sql.tuple(values).size()).isEqualTo(3);
        assertThat(sql.tuple(values).getValue(0)).isEqualTo("two");
        assertThat(sql.tuple(values).getValue(1)).isEqualTo(1);
        assertThat(sql.tuple(values).getValue(2)).isNull();
    }

    @Test
    void instantsAndEnumsAreSentAsTheDriverTakesThem() {
        Instant at = Instant.parse("2026-12-01T08:00:00.123456Z");
        PositionalSql sql = PositionalSql.parse("select :at, :kind");
        Map<String, Object> values = Map.of("at", at, "kind", Thread.State.NEW);
        assertThat(sql.tuple(values).getValue(0)).isEqualTo(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        assertThat(sql.tuple(values).getValue(1)).isEqualTo("NEW");
    }

    @Test
    void aMissingValueIsAProgrammingErrorNamedAsSuch() {
        assertThatThrownBy(() -> PositionalSql.parse("select :a, :b").tuple(Map.of("a", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":b");
    }

    @Test
    void theSameTextIsParsedOnce() {
        String text = "select :only from " + List.of("t").get(0);
        assertThat(PositionalSql.of(text)).isSameAs(PositionalSql.of(text));
    }
}
