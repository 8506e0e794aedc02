package org.liaison.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of one question, in the order they first came (the counters' rows come ordered), keyed by their key
 * texts (a row's first columns). Labels come only with the labelled rows (their last columns): the bucket rows, many
 * per group, leave them out so the database looks each name up once per group, not once per bucket.
 */
final class StatsGroups {

    /** One group: its key texts, their labels (null where none came), its sums. */
    record Group(List<String> texts, List<String> labels, FigureSums sums) {
    }

    private final int width;
    private final Map<List<String>, FigureSums> sums = new LinkedHashMap<>();
    private final Map<List<String>, List<String>> labels = new HashMap<>();

    StatsGroups(int width) {
        this.width = width;
    }

    /** The group of a row with its labels in its last columns, made if new. */
    FigureSums labelled(Object[] row) {
        List<String> key = texts(row, 0);
        labels.putIfAbsent(key, texts(row, row.length - width));
        return of(key);
    }

    /** The group of a row without labels, made if new. */
    FigureSums unlabelled(Object[] row) {
        return of(texts(row, 0));
    }

    /** How many value columns a labelled row has between its key and its labels. */
    int values(Object[] row) {
        return row.length - 2 * width;
    }

    boolean isEmpty() {
        return sums.isEmpty();
    }

    Collection<FigureSums> sums() {
        return sums.values();
    }

    List<Group> list() {
        List<Group> groups = new ArrayList<>(sums.size());
        sums.forEach((key, group) -> groups.add(new Group(key, labels.getOrDefault(key, nulls()), group)));
        return groups;
    }

    private FigureSums of(List<String> key) {
        return sums.computeIfAbsent(key, k -> new FigureSums());
    }

    private List<String> texts(Object[] row, int from) {
        List<String> texts = new ArrayList<>(width);
        for (int i = from; i < from + width; i++) {
            texts.add(row[i] == null ? null : row[i].toString());
        }
        return texts;
    }

    private List<String> nulls() {
        List<String> none = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            none.add(null);
        }
        return none;
    }
}
