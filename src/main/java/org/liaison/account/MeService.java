package org.liaison.account;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.auth.Account;
import org.liaison.auth.AccountRepository;
import org.liaison.auth.LoginThrottle;
import org.liaison.auth.PasswordHasher;
import org.liaison.auth.PasswordPolicy;
import org.liaison.auth.Role;
import org.liaison.auth.SessionService;
import org.liaison.auth.TokenClaims;
import org.liaison.common.problem.Problem;
import org.liaison.common.problem.ProblemException;
import org.liaison.department.DepartmentMapper;
import org.liaison.department.DepartmentRepository;
import org.liaison.deputy.DeputyMapper;
import org.liaison.deputy.DeputyRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The signed-in account's own view of itself: who it is, its sessions, its password. */
@ApplicationScoped
public class MeService {

    static final int NEXT_CONTACT_DAYS = 3;

    private final AccountRepository accounts;
    private final DeputyRepository deputies;
    private final DepartmentRepository departments;
    private final ServedVenues servedVenues;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;

    MeService(AccountRepository accounts, DeputyRepository deputies, DepartmentRepository departments,
              ServedVenues servedVenues, SessionService sessions, PasswordHasher hasher, LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.deputies = deputies;
        this.departments = departments;
        this.servedVenues = servedVenues;
        this.sessions = sessions;
        this.hasher = hasher;
        this.clock = clock;
        this.throttle = throttle;
    }

    @WithSession
    public Uni<MeView> me(TokenClaims caller) {
        return account(caller).chain(account -> {
            if (Role.DEPUTY.equals(account.role) && account.deputyId != null) {
                return deputyProfile(account.deputyId).map(deputy -> new MeView(account.id, account.username, account.role, deputy, null));
            }
            if (Role.DEPARTMENT.equals(account.role) && account.departmentId != null) {
                return departments.findById(account.departmentId).map(department -> new MeView(account.id, account.username,
                        account.role, null, department == null ? null : DepartmentMapper.toView(department)));
            }
            return Uni.createFrom().item(new MeView(account.id, account.username, account.role, null, null));
        });
    }

    public Uni<List<SessionView>> sessions(TokenClaims caller) {
        return sessions.openSessions(requireAccountId(caller))
                .map(open -> open.stream().map(session -> SessionView.of(session, caller.sessionId())).toList());
    }

    public Uni<Void> endSession(TokenClaims caller, long sessionId) {
        return sessions.endOwn(requireAccountId(caller), sessionId, SessionService.ENDED_BY_USER);
    }

    /**
     * Replaces the caller's password after checking the current one (wrong guesses count like failed logins)
     * and ends every other session of the account; the one asking stays signed in.
     */
    public Uni<Void> changePassword(TokenClaims caller, PasswordChangeRequest request, String address) {
        return Panache.withTransaction(() -> account(caller)
                .chain(account -> {
                    List<Problem.FieldError> errors = PasswordPolicy.errors("newPassword", request.newPassword(), account.username);
                    if (!errors.isEmpty()) {
                        throw ProblemException.invalid(errors);
                    }
                    // only guesses of the current password count, like failed logins; a refused new password does not
                    return throttle.admit(account.username, address)
                            .chain(() -> hasher.matches(request.currentPassword(), account.passwordHash)).chain(matches -> {
                        if (!matches) {
                            throw ProblemException.invalid("currentPassword", "is not the current password");
                        }
                        return throttle.succeeded(account.username, address).chain(() -> hasher.hash(request.newPassword()));
                    }).chain(hash -> {
                        account.passwordHash = hash;
                        Log.infof("Account %d changed its password", account.id);
                        return sessions.endOthersWithin(account.id, caller.sessionId(), "password-changed");
                    });
                }))
                .invoke(sessions::applyCommitted)
                .replaceWithVoid();
    }

    private Uni<Account> account(TokenClaims caller) {
        long id = requireAccountId(caller);
        return accounts.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Account " + id));
    }

    private static long requireAccountId(TokenClaims caller) {
        if (caller.accountId() == null) {
            throw ProblemException.notFound("The token's account");
        }
        return caller.accountId();
    }

    private Uni<MeView.DeputyProfile> deputyProfile(long deputyId) {
        LocalDate today = LocalDate.now(clock);
        return deputies.findById(deputyId).chain(deputy -> servedVenues.of(deputyId).map(rows -> {
            List<MeView.ServedVenue> venues = rows.stream().map(row -> DutyDays.describe(row, today, NEXT_CONTACT_DAYS)).toList();
            return new MeView.DeputyProfile(deputy == null ? null : DeputyMapper.toView(deputy), today,
                    venues.stream().filter(MeView.ServedVenue::onDutyToday).toList(), venues);
        }));
    }
}
