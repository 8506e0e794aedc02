package org.liaison.venue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules of the venue tree (家站点): a HOME is a root, a STATION hangs under a HOME, a POINT under
 * a STATION. An active venue has an active parent, so deactivating a venue with active venues under
 * it is refused, and so is reactivating a venue under an inactive parent; the public pages and routing
 * can then trust that an active venue's whole chain is active. Moving a venue or changing its kind
 * must keep its existing children (active or not) correctly nested.
 */
public final class VenueHierarchy {

    /** The state a venue would have after a create or an update. */
    public record Placement(Long id, VenueKind kind, Long parentId, boolean active) {
    }

    /** Why a placement is refused: a bad parentId in the request (400) or a clash with existing venues (409). */
    public record Violation(boolean conflict, String field, String message) {

        static Violation invalid(String message) {
            return new Violation(false, "parentId", message);
        }

        static Violation conflict(String message) {
            return new Violation(true, null, message);
        }
    }

    private VenueHierarchy() {
    }

    /**
     * Checks a proposed placement.
     *
     * @param current     the venue as stored, or null when it is being created
     * @param proposed    its kind, parent and active flag after the change
     * @param parentChain the proposed parent followed by its ancestors; empty when there is no parent or it does not exist
     * @param children    the venues now directly under it (empty on create)
     */
    public static Optional<Violation> check(Venue current, Placement proposed, List<Venue> parentChain, List<Venue> children) {
        VenueKind required = proposed.kind().requiredParent();
        if (required == null && proposed.parentId() != null) {
            return Optional.of(Violation.invalid("a HOME is the root of its hierarchy and has no parent"));
        }
        if (required != null && proposed.parentId() == null) {
            return Optional.of(Violation.invalid("a " + proposed.kind() + " needs a parent " + required));
        }
        if (proposed.parentId() != null && proposed.parentId().equals(proposed.id())) {
            return Optional.of(Violation.invalid("a venue cannot be its own parent"));
        }
        if (proposed.parentId() != null && (parentChain.isEmpty() || !proposed.parentId().equals(parentChain.get(0).id))) {
            return Optional.of(Violation.invalid("no such venue"));
        }
        Venue parent = parentChain.isEmpty() ? null : parentChain.get(0);
        if (parent != null && parent.kind != required) {
            return Optional.of(Violation.invalid("the parent of a " + proposed.kind() + " must be a " + required
                    + ", but venue " + parent.id + " is a " + parent.kind));
        }
        if (proposed.id() != null && parentChain.stream().anyMatch(ancestor -> proposed.id().equals(ancestor.id))) {
            return Optional.of(Violation.conflict("Venue " + proposed.id() + " would become its own ancestor."));
        }
        boolean parentChanged = current == null || !Objects.equals(current.parentId, proposed.parentId());
        boolean activating = proposed.active() && (current == null || !current.active);
        if (parent != null && !parent.active && proposed.active() && (parentChanged || activating)) {
            return Optional.of(Violation.conflict("The parent venue " + parent.id
                    + " is inactive; an active venue needs an active parent, so reactivate the parent first."));
        }
        if (current != null && current.kind != proposed.kind()) {
            List<Venue> misplaced = children.stream().filter(child -> child.kind.requiredParent() != proposed.kind()).toList();
            if (!misplaced.isEmpty()) {
                return Optional.of(Violation.conflict("Venue " + current.id + " cannot become a " + proposed.kind()
                        + ": the venues under it (" + ids(misplaced) + ") need a parent "
                        + misplaced.get(0).kind.requiredParent() + "; move them first."));
            }
        }
        if (current != null && current.active && !proposed.active()) {
            List<Venue> active = children.stream().filter(child -> child.active).toList();
            if (!active.isEmpty()) {
                return Optional.of(Violation.conflict("Venue " + current.id + " still has " + active.size()
                        + " active venue(s) under it (" + ids(active) + "); deactivate or move them first."));
            }
        }
        return Optional.empty();
    }

    private static String ids(List<Venue> venues) {
        return venues.stream().limit(10).map(venue -> String.valueOf(venue.id)).collect(Collectors.joining(", "))
                + (venues.size() > 10 ? ", ..." : "");
    }
}
