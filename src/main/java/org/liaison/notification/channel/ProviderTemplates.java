package org.liaison.notification.channel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An SMS provider's approved template per template key, written key=id,key=id (one environment variable). */
final class ProviderTemplates {

    private ProviderTemplates() {
    }

    static Map<String, String> parse(Optional<String> value) {
        Map<String, String> templates = new LinkedHashMap<>();
        for (String pair : value.orElse("").split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                templates.put(parts[0].trim(), parts[1].trim());
            }
        }
        return Map.copyOf(templates);
    }
}
