package org.liaison.notification;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.sql.SqlStatement;
import org.liaison.common.sql.TxStatements;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which template keys a category's cases send: liaison.notify.templates for all, unless
 * liaison.notify.category-templates."CODE" names others for that category ("none": no message at all). The
 * category's code is read only when some category is configured.
 */
@ApplicationScoped
public class TemplateChoice {

    private final Set<String> defaults;
    private final Map<String, Set<String>> byCategory;

    TemplateChoice(NotifyConfig config) {
        this.defaults = parse(config.templates());
        this.byCategory = config.categoryTemplates().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> parse(entry.getValue())));
    }

    /** The keys enabled for the category, read in the case's transaction. */
    public Uni<Set<String>> enabled(long categoryId, TxStatements statements) {
        if (byCategory.isEmpty()) {
            return Uni.createFrom().item(defaults);
        }
        return statements.query(SqlStatement.of("select code from category where id = :id").set("id", categoryId))
                .map(rows -> rows.isEmpty() ? defaults : byCategory.getOrDefault((String) rows.get(0)[0], defaults));
    }

    /** "all", "none" or comma-separated keys, each of which must be a known template. */
    static Set<String> parse(String value) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.equalsIgnoreCase("all")) {
            return Set.copyOf(NotificationPlan.KEYS);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String key : trimmed.split(",")) {
            String k = key.trim();
            if (k.isEmpty() || k.equalsIgnoreCase("none")) {
                continue;
            }
            if (!NotificationPlan.KEYS.contains(k)) {
                throw new IllegalStateException("Unknown notification template '" + k + "'; known: " + NotificationPlan.KEYS);
            }
            keys.add(k);
        }
        return Set.copyOf(keys);
    }
}
