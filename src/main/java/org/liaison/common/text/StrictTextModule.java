package org.liaison.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every string read from JSON passes {@link TextRules}, so no request body anywhere can carry a NUL or an escape
 * sequence to a service or the database. Fields marked {@link FreeText} (and the elements of such lists) keep
 * newlines and tabs. One place instead of an annotation on every field that someone would forget.
 */
@Singleton
public class StrictTextModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("liaison-strict-text").addDeserializer(String.class, new Strings(false)));
    }

    static final class Strings extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean freeText;

        Strings(boolean freeText) {
            super(String.class);
            this.freeText = freeText;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean free = property != null && property.getAnnotation(FreeText.class) != null;
            return free == freeText ? this : new Strings(free);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null) {
                var problem = TextRules.problem(value, freeText);
                if (problem.isPresent()) {
                    throw new UnacceptableTextException(parser, problem.get());
                }
            }
            return value;
        }
    }
}
