package org.liaison.venue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.venue.VenueKind.HOME;
import static org.liaison.venue.VenueKind.POINT;
import static org.liaison.venue.VenueKind.STATION;

class VenueHierarchyTest {

    private static Venue venue(long id, VenueKind kind, Long parentId, boolean active) {
        Venue venue = new Venue();
        venue.id = id;
        venue.kind = kind;
        venue.parentId = parentId;
        venue.active = active;
        return venue;
    }

    private static final Venue HOME_1 = venue(1, HOME, null, true);
    private static final Venue STATION_2 = venue(2, STATION, 1L, true);
    private static final Venue POINT_3 = venue(3, POINT, 2L, true);
    private static final Venue INACTIVE_HOME_9 = venue(9, HOME, null, false);

    private static Optional<VenueHierarchy.Violation> create(VenueKind kind, Long parentId, List<Venue> parentChain) {
        return VenueHierarchy.check(null, new VenueHierarchy.Placement(null, kind, parentId, true), parentChain, List.of());
    }

    @Test
    void correctlyNestedNewVenuesAreAccepted() {
        assertThat(create(HOME, null, List.of())).isEmpty();
        assertThat(create(STATION, 1L, List.of(HOME_1))).isEmpty();
        assertThat(create(POINT, 2L, List.of(STATION_2, HOME_1))).isEmpty();
    }

    @ParameterizedTest(name = "{0} under {1} → {2}")
    @CsvSource({
            "HOME, 1, a HOME is the root of its hierarchy and has no parent",
            "STATION, , a STATION needs a parent HOME",
            "POINT, , a POINT needs a parent STATION",
            "STATION, 2, 'the parent of a STATION must be a HOME, but venue 2 is a STATION'",
            "POINT, 1, 'the parent of a POINT must be a STATION, but venue 1 is a HOME'",
            "STATION, 3, 'the parent of a STATION must be a HOME, but venue 3 is a POINT'",
            "POINT, 3, 'the parent of a POINT must be a STATION, but venue 3 is a POINT'",
            "POINT, 404, no such venue"
    })
    void wronglyNestedNewVenuesAreFieldErrorsOnParentId(VenueKind kind, Long parentId, String message) {
        List<Venue> chain = parentId == null || parentId == 404 ? List.of()
                : parentId == 1 ? List.of(HOME_1) : parentId == 2 ? List.of(STATION_2, HOME_1) : List.of(POINT_3, STATION_2, HOME_1);
        assertThat(create(kind, parentId, chain)).contains(new VenueHierarchy.Violation(false, "parentId", message));
    }

    @Test
    void newVenuesGoUnderActiveParentsOnly() {
        Optional<VenueHierarchy.Violation> violation = create(STATION, 9L, List.of(INACTIVE_HOME_9));
        assertThat(violation).get().extracting(VenueHierarchy.Violation::conflict).isEqualTo(true);
        assertThat(violation.get().message()).contains("parent venue 9 is inactive");
    }

    @Test
    void aVenueCannotBeItsOwnParent() {
        Optional<VenueHierarchy.Violation> violation = VenueHierarchy.check(STATION_2,
                new VenueHierarchy.Placement(2L, STATION, 2L, true), List.of(STATION_2, HOME_1), List.of(POINT_3));
        assertThat(violation).contains(new VenueHierarchy.Violation(false, "parentId", "a venue cannot be its own parent"));
    }

    @Test
    void aVenueCannotBecomeItsOwnAncestorEvenInDataThatBreaksTheKindRules() {
        // A corrupt tree where HOME 7 hangs under STATION 2: moving 2 under 7 would close a loop.
        Venue corruptHome = venue(7, HOME, 2L, true);
        Optional<VenueHierarchy.Violation> violation = VenueHierarchy.check(STATION_2,
                new VenueHierarchy.Placement(2L, STATION, 7L, true), List.of(corruptHome, STATION_2), List.of());
        assertThat(violation).get().extracting(VenueHierarchy.Violation::conflict).isEqualTo(true);
        assertThat(violation.get().message()).isEqualTo("Venue 2 would become its own ancestor.");
    }

    @ParameterizedTest(name = "{0} with a {1} under it becomes {2}: {3}")
    @CsvSource({
            "STATION, POINT, POINT, true",
            "STATION, POINT, HOME, true",
            "HOME, STATION, STATION, true",
            "STATION, POINT, STATION, false"
    })
    void changingTheKindMustKeepEveryChildCorrectlyNested(VenueKind kind, VenueKind childKind, VenueKind newKind, boolean refused) {
        Venue current = venue(5, kind, kind == HOME ? null : 1L, true);
        Venue inactiveChild = venue(6, childKind, 5L, false);
        Long newParent = newKind == HOME ? null : newKind == STATION ? 1L : 2L;
        List<Venue> chain = newParent == null ? List.of() : newParent == 1 ? List.of(HOME_1) : List.of(STATION_2, HOME_1);
        Optional<VenueHierarchy.Violation> violation = VenueHierarchy.check(current,
                new VenueHierarchy.Placement(5L, newKind, newParent, true), chain, List.of(inactiveChild));
        assertThat(violation.isPresent()).isEqualTo(refused);
        violation.ifPresent(v -> assertThat(v.conflict()).isTrue());
        violation.ifPresent(v -> assertThat(v.message()).contains("(6)").contains("move them first"));
    }

    @Test
    void childlessVenueMayChangeKind() {
        Venue station = venue(5, STATION, 1L, true);
        assertThat(VenueHierarchy.check(station, new VenueHierarchy.Placement(5L, POINT, 2L, true),
                List.of(STATION_2, HOME_1), List.of())).isEmpty();
        assertThat(VenueHierarchy.check(station, new VenueHierarchy.Placement(5L, HOME, null, true),
                List.of(), List.of())).isEmpty();
    }

    @Test
    void deactivationIsRefusedWhileActiveVenuesAreUnderIt() {
        Venue inactivePoint = venue(4, POINT, 2L, false);
        Optional<VenueHierarchy.Violation> violation = VenueHierarchy.check(STATION_2,
                new VenueHierarchy.Placement(2L, STATION, 1L, false), List.of(HOME_1), List.of(POINT_3, inactivePoint));
        assertThat(violation).get().extracting(VenueHierarchy.Violation::conflict).isEqualTo(true);
        assertThat(violation.get().message()).isEqualTo(
                "Venue 2 still has 1 active venue(s) under it (3); deactivate or move them first.");
        assertThat(VenueHierarchy.check(STATION_2, new VenueHierarchy.Placement(2L, STATION, 1L, false),
                List.of(HOME_1), List.of(inactivePoint))).isEmpty();
    }

    @Test
    void deactivationUnderAnInactiveParentIsFine() {
        Venue station = venue(5, STATION, 9L, true);
        assertThat(VenueHierarchy.check(station, new VenueHierarchy.Placement(5L, STATION, 9L, false),
                List.of(INACTIVE_HOME_9), List.of())).isEmpty();
    }

    @Test
    void reactivationNeedsAnActiveParent() {
        Venue inactiveStation = venue(5, STATION, 9L, false);
        Optional<VenueHierarchy.Violation> violation = VenueHierarchy.check(inactiveStation,
                new VenueHierarchy.Placement(5L, STATION, 9L, true), List.of(INACTIVE_HOME_9), List.of());
        assertThat(violation).get().extracting(VenueHierarchy.Violation::conflict).isEqualTo(true);
        assertThat(VenueHierarchy.check(inactiveStation, new VenueHierarchy.Placement(5L, STATION, 1L, true),
                List.of(HOME_1), List.of())).as("reactivated and moved under an active home").isEmpty();
    }

    @Test
    void editingAnInactiveVenueUnderAnInactiveParentIsFine() {
        Venue inactiveStation = venue(5, STATION, 9L, false);
        assertThat(VenueHierarchy.check(inactiveStation, new VenueHierarchy.Placement(5L, STATION, 9L, false),
                List.of(INACTIVE_HOME_9), List.of())).isEmpty();
    }

    @Test
    void movingAStationToAnotherHomeKeepsItsPoints() {
        Venue otherHome = venue(8, HOME, null, true);
        assertThat(VenueHierarchy.check(STATION_2, new VenueHierarchy.Placement(2L, STATION, 8L, true),
                List.of(otherHome), List.of(POINT_3))).isEmpty();
    }
}
