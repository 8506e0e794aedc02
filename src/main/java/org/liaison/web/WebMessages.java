package org.liaison.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The text of the resident pages, one bundle per language (messages/web_zh.properties, messages/web_en.properties,
 * UTF-8). Templates read it as {m.key}; an English key missing falls back to the Chinese text.
 */
@ApplicationScoped
public class WebMessages {

    private final Map<String, String> zh = load("zh", Map.of());
    private final Map<String, String> en = load("en", zh);

    public Map<String, String> of(String lang) {
        return WebLocale.EN.equals(lang) ? en : zh;
    }

    public String get(String lang, String key) {
        return of(lang).getOrDefault(key, key);
    }

    private static Map<String, String> load(String lang, Map<String, String> fallback) {
        String resource = "messages/web_" + lang + ".properties";
        try (InputStream in = WebMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> messages = new TreeMap<>(fallback);
            properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
            return Map.copyOf(messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
