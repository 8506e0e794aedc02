package org.liaison.caseflow.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every (context × status × action × actor) and checks the state machine against the table below, written
 * separately from the machine's own rules. Tokens: DEPUTY = the assigned deputy; QUEUE_ADMIN = an administrator
 * while the case is in the administrators' queue; ADMIN = an administrator always; DEPARTMENT = the department of
 * the open referral; SYSTEM_IF_DEPUTY = the system while a deputy holds the case; SYSTEM_IF_QUEUE = the system
 * while the case is in the administrators' queue. "=" means the status stays.
 */
class CaseLegalMovesTest {

    private static final String LEGAL_MOVES = """
            SUBMITTED      ROUTE             SYSTEM                              ASSIGNED
            SUBMITTED      ASSIGN            ADMIN                               ASSIGNED
            SUBMITTED      REJECT            ADMIN                               REJECTED
            SUBMITTED      WITHDRAW          RESIDENT                            WITHDRAWN
            SUBMITTED      ADD_MESSAGE       RESIDENT ADMIN                      =
            SUBMITTED      SUPERVISE         ADMIN                               =
            SUBMITTED      URGE              ADMIN                               =
            ASSIGNED       ACCEPT            DEPUTY QUEUE_ADMIN                  ACCEPTED
            ASSIGNED       DECLINE           DEPUTY                              ASSIGNED
            ASSIGNED       ESCALATE          SYSTEM_IF_DEPUTY                    ASSIGNED
            ASSIGNED       EXPIRE            SYSTEM_IF_QUEUE                     CLOSED
            ASSIGNED       ASSIGN            ADMIN                               ASSIGNED
            ASSIGNED       REJECT            DEPUTY ADMIN                        REJECTED
            ASSIGNED       WITHDRAW          RESIDENT                            WITHDRAWN
            ASSIGNED       ADD_MESSAGE       RESIDENT DEPUTY ADMIN               =
            ASSIGNED       SUPERVISE         ADMIN                               =
            ASSIGNED       URGE              ADMIN                               =
            ACCEPTED       START_WORK        DEPUTY QUEUE_ADMIN                  IN_PROGRESS
            ACCEPTED       REQUEST_INFO      DEPUTY QUEUE_ADMIN                  AWAITING_INFO
            ACCEPTED       REFER             DEPUTY QUEUE_ADMIN                  REFERRED
            ACCEPTED       RESPOND           DEPUTY QUEUE_ADMIN                  RESPONDED
            ACCEPTED       ASSIGN            ADMIN                               ASSIGNED
            ACCEPTED       REJECT            DEPUTY ADMIN                        REJECTED
            ACCEPTED       MARK_OVERDUE      SYSTEM                              =
            ACCEPTED       WITHDRAW          RESIDENT                            WITHDRAWN
            ACCEPTED       ADD_MESSAGE       RESIDENT DEPUTY ADMIN               =
            ACCEPTED       SUPERVISE         ADMIN                               =
            ACCEPTED       URGE              ADMIN                               =
            IN_PROGRESS    REQUEST_INFO      DEPUTY QUEUE_ADMIN                  AWAITING_INFO
            IN_PROGRESS    REFER             DEPUTY QUEUE_ADMIN                  REFERRED
            IN_PROGRESS    RESPOND           DEPUTY QUEUE_ADMIN                  RESPONDED
            IN_PROGRESS    ASSIGN            ADMIN                               ASSIGNED
            IN_PROGRESS    REJECT            DEPUTY ADMIN                        REJECTED
            IN_PROGRESS    MARK_OVERDUE      SYSTEM                              =
            IN_PROGRESS    WITHDRAW          RESIDENT                            WITHDRAWN
            IN_PROGRESS    ADD_MESSAGE       RESIDENT DEPUTY ADMIN               =
            IN_PROGRESS    SUPERVISE         ADMIN                               =
            IN_PROGRESS    URGE              ADMIN                               =
            AWAITING_INFO  PROVIDE_INFO      RESIDENT                            IN_PROGRESS
            AWAITING_INFO  START_WORK        DEPUTY QUEUE_ADMIN                  IN_PROGRESS
            AWAITING_INFO  REJECT            DEPUTY ADMIN                        REJECTED
            AWAITING_INFO  MARK_OVERDUE      SYSTEM                              =
            AWAITING_INFO  EXPIRE            SYSTEM                              CLOSED
            AWAITING_INFO  WITHDRAW          RESIDENT                            WITHDRAWN
            AWAITING_INFO  ADD_MESSAGE       RESIDENT DEPUTY ADMIN               =
            AWAITING_INFO  SUPERVISE         ADMIN                               =
            AWAITING_INFO  URGE              ADMIN                               =
            REFERRED       DEPARTMENT_REPLY  DEPARTMENT                          IN_PROGRESS
            REFERRED       RECALL_REFERRAL   DEPUTY QUEUE_ADMIN                  IN_PROGRESS
            REFERRED       REJECT            ADMIN                               REJECTED
            REFERRED       MARK_OVERDUE      SYSTEM                              =
            REFERRED       WITHDRAW          RESIDENT                            WITHDRAWN
            REFERRED       ADD_MESSAGE       RESIDENT DEPUTY ADMIN DEPARTMENT    =
            REFERRED       SUPERVISE         ADMIN                               =
            REFERRED       URGE              ADMIN                               =
            RESPONDED      RATE              RESIDENT                            CLOSED
            RESPONDED      CLOSE_UNRATED     SYSTEM                              CLOSED
            RESPONDED      WITHDRAW          RESIDENT                            WITHDRAWN
            RESPONDED      ADD_MESSAGE       RESIDENT DEPUTY ADMIN               =
            RESPONDED      SUPERVISE         ADMIN                               =
            RESPONDED      URGE              ADMIN                               =
            REOPENED       START_WORK        DEPUTY QUEUE_ADMIN                  IN_PROGRESS
            REOPENED       REQUEST_INFO      DEPUTY QUEUE_ADMIN                  AWAITING_INFO
            REOPENED       REFER             DEPUTY QUEUE_ADMIN                  REFERRED
            REOPENED       RESPOND           DEPUTY QUEUE_ADMIN                  RESPONDED
            REOPENED       ASSIGN            ADMIN                               ASSIGNED
            REOPENED       REJECT            ADMIN                               REJECTED
            REOPENED       MARK_OVERDUE      SYSTEM                              =
            REOPENED       WITHDRAW          RESIDENT                            WITHDRAWN
            REOPENED       ADD_MESSAGE       RESIDENT DEPUTY ADMIN               =
            REOPENED       SUPERVISE         ADMIN                               =
            REOPENED       URGE              ADMIN                               =
            """;

    private static final long DEPUTY = 7;
    private static final long DEPARTMENT = 30;

    /** Who holds the case. SUBMITTED cases are only ever NOT_ROUTED; every other status is tried both ways. */
    enum Context {
        NOT_ROUTED, DEPUTY_HOLDS, ADMINISTRATORS_QUEUE
    }

    enum Who {
        RESIDENT(Actor.resident()),
        ASSIGNED_DEPUTY(Actor.deputy(DEPUTY)),
        OTHER_DEPUTY(Actor.deputy(8)),
        REFERRED_DEPARTMENT(Actor.department(DEPARTMENT)),
        OTHER_DEPARTMENT(Actor.department(31)),
        ADMIN(Actor.admin()),
        SYSTEM(Actor.system());

        final Actor actor;

        Who(Actor actor) {
            this.actor = actor;
        }
    }

    record Move(CaseStatus from, CaseAction action, List<String> who, String to) {
    }

    private static final List<Move> MOVES = LEGAL_MOVES.lines().map(String::trim).filter(l -> !l.isEmpty())
            .map(line -> {
                String[] cells = line.split("\\s+");
                return new Move(CaseStatus.valueOf(cells[0]), CaseAction.valueOf(cells[1]),
                        Arrays.asList(cells).subList(2, cells.length - 1), cells[cells.length - 1]);
            }).toList();

    private final CaseStateMachine machine = new CaseStateMachine();

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            for (Context context : contextsFor(status)) {
                for (CaseAction action : CaseAction.values()) {
                    for (Who who : Who.values()) {
                        all.add(Arguments.of(context, status, action, who));
                    }
                }
            }
        }
        return all.stream();
    }

    static Stream<Arguments> everyActorInEveryState() {
        List<Arguments> all = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            for (Context context : contextsFor(status)) {
                for (Who who : Who.values()) {
                    all.add(Arguments.of(context, status, who));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} {2} by {3} ({0})")
    @MethodSource("everyCombination")
    void everyMoveIsLegalExactlyWhenTheTableSaysSo(Context context, CaseStatus status, CaseAction action, Who who) {
        CaseSnapshot snapshot = snapshot(context, status);
        Move move = expectedMove(context, status, action, who);

        assertThat(machine.isAllowed(snapshot, action, who.actor)).isEqualTo(move != null);
        if (move != null) {
            Transition transition = action == CaseAction.RATE
                    ? machine.rate(snapshot, who.actor, Rating.SATISFIED)
                    : machine.apply(snapshot, action, who.actor);
            CaseStatus expectedTo = move.to().equals("=") ? status : CaseStatus.valueOf(move.to());
            assertThat(transition.from()).isEqualTo(status);
            assertThat(transition.action()).isEqualTo(action);
            assertThat(transition.to()).isEqualTo(expectedTo);
        } else {
            assertThatThrownBy(() -> {
                if (action == CaseAction.RATE) {
                    machine.rate(snapshot, who.actor, Rating.SATISFIED);
                } else {
                    machine.apply(snapshot, action, who.actor);
                }
            }).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                assertThat(e.status()).isEqualTo(status);
                assertThat(e.action()).isEqualTo(action);
                assertThat(e.actor()).isEqualTo(who.actor);
                assertThat(e.allowedActions()).isEqualTo(expectedAllowed(context, status, who));
            });
        }
    }

    @ParameterizedTest(name = "{1} by {2} ({0})")
    @MethodSource("everyActorInEveryState")
    void allowedActionsAreExactlyTheTableRows(Context context, CaseStatus status, Who who) {
        assertThat(machine.allowedActions(snapshot(context, status), who.actor))
                .isEqualTo(expectedAllowed(context, status, who));
    }

    @Test
    void everyRowOfTheTableIsReachable() {
        for (Move move : MOVES) {
            boolean someoneMay = false;
            for (Context context : contextsFor(move.from())) {
                for (Who who : Who.values()) {
                    someoneMay |= machine.isAllowed(snapshot(context, move.from()), move.action(), who.actor);
                }
            }
            assertThat(someoneMay).as(move.toString()).isTrue();
        }
        assertThat(MOVES).hasSize(72);
    }

    private static List<Context> contextsFor(CaseStatus status) {
        return status == CaseStatus.SUBMITTED ? List.of(Context.NOT_ROUTED)
                : List.of(Context.DEPUTY_HOLDS, Context.ADMINISTRATORS_QUEUE);
    }

    /** The department id is set in every status: a stale referral must not let a department act. */
    private static CaseSnapshot snapshot(Context context, CaseStatus status) {
        Long deputy = context == Context.DEPUTY_HOLDS ? DEPUTY : null;
        return new CaseSnapshot(status, deputy, DEPARTMENT, 0);
    }

    private static Set<CaseAction> expectedAllowed(Context context, CaseStatus status, Who who) {
        EnumSet<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseAction.values()) {
            if (expectedMove(context, status, action, who) != null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private static Move expectedMove(Context context, CaseStatus status, CaseAction action, Who who) {
        for (Move move : MOVES) {
            if (move.from() == status && move.action() == action
                    && move.who().stream().anyMatch(token -> matches(token, context, who))) {
                return move;
            }
        }
        return null;
    }

    private static boolean matches(String token, Context context, Who who) {
        return switch (token) {
            case "RESIDENT" -> who == Who.RESIDENT;
            case "DEPUTY" -> who == Who.ASSIGNED_DEPUTY && context == Context.DEPUTY_HOLDS;
            case "QUEUE_ADMIN" -> who == Who.ADMIN && context == Context.ADMINISTRATORS_QUEUE;
            case "ADMIN" -> who == Who.ADMIN;
            case "DEPARTMENT" -> who == Who.REFERRED_DEPARTMENT;
            case "SYSTEM" -> who == Who.SYSTEM;
            case "SYSTEM_IF_DEPUTY" -> who == Who.SYSTEM && context == Context.DEPUTY_HOLDS;
            case "SYSTEM_IF_QUEUE" -> who == Who.SYSTEM && context == Context.ADMINISTRATORS_QUEUE;
            default -> throw new IllegalArgumentException("unknown token " + token);
        };
    }
}
