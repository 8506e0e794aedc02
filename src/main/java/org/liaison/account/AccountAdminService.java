package org.liaison.account;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.auth.Account;
import org.liaison.auth.AccountRepository;
import org.liaison.auth.PasswordHasher;
import org.liaison.auth.PasswordPolicy;
import org.liaison.auth.RevocationChange;
import org.liaison.auth.Role;
import org.liaison.auth.SessionService;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;
import org.liaison.common.problem.Problem;
import org.liaison.common.problem.ProblemException;
import org.liaison.department.DepartmentRepository;
import org.liaison.deputy.DeputyRepository;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Administrators manage logins: create them, disable and enable them, reset their passwords, end their sessions.
 * Disabling, resetting and ending sessions void every token of the account on every instance within seconds.
 */
@ApplicationScoped
public class AccountAdminService {

    private final AccountRepository accounts;
    private final DeputyRepository deputies;
    private final DepartmentRepository departments;
    private final PasswordHasher hasher;
    private final SessionService sessions;

    AccountAdminService(AccountRepository accounts, DeputyRepository deputies, DepartmentRepository departments,
                        PasswordHasher hasher, SessionService sessions) {
        this.accounts = accounts;
        this.deputies = deputies;
        this.departments = departments;
        this.hasher = hasher;
        this.sessions = sessions;
    }

    @WithTransaction
    public Uni<AccountView> create(CreateAccountRequest request) {
        String username = AccountRepository.normalize(request.username());
        return requireFitsBcrypt(request.password())
                .chain(() -> requireExistingLink(request))
                .chain(() -> accounts.findByUsername(username))
                .chain(existing -> {
                    if (existing != null) {
                        throw ProblemException.conflict("The username " + username + " is taken.");
                    }
                    return hasher.hash(request.password());
                })
                .chain(hash -> {
                    Account account = new Account();
                    account.username = username;
                    account.passwordHash = hash;
                    account.role = request.role();
                    account.deputyId = request.deputyId();
                    account.departmentId = request.departmentId();
                    return accounts.persistAndFlush(account);
                })
                .map(saved -> {
                    Log.infof("Created %s account %d (%s)", saved.role, saved.id, saved.username);
                    return AccountView.of(saved);
                });
    }

    public Uni<AccountView> get(long id) {
        return find(id).map(AccountView::of);
    }

    public Uni<Page<AccountView>> list(String role, String q, Boolean enabled, PageRequest paging) {
        return accounts.search(role, q, enabled, paging).map(page -> page.map(AccountView::of));
    }

    /** Disables a login and ends its sessions; refused for one's own account and for the last enabled administrator. */
    public Uni<AccountView> disable(long id, Long actorAccountId) {
        return revoking(() -> find(id).chain(account -> {
            if (Objects.equals(account.id, actorAccountId)) {
                throw ProblemException.conflict("You cannot disable your own account.");
            }
            if (!account.enabled) {
                return Uni.createFrom().item(new Revoked(account, null));
            }
            Uni<Void> check = Role.ADMIN.equals(account.role)
                    ? accounts.lockEnabledAdmins().map(admins -> requireAnotherAdmin(admins, account)) : Uni.createFrom().voidItem();
            return check.chain(() -> {
                account.enabled = false;
                Log.infof("Account %d disabled by account %s", id, actorAccountId);
                return sessions.endAllWithin(account, "account-disabled");
            }).map(change -> new Revoked(account, change));
        }));
    }

    @WithTransaction
    public Uni<AccountView> enable(long id) {
        return find(id).chain(account -> {
            if (account.enabled) {
                return Uni.createFrom().item(account);
            }
            account.enabled = true;
            Log.infof("Account %d enabled", id);
            return accounts.flush().replaceWith(account);
        }).map(AccountView::of);
    }

    /** Sets a new password and ends every session of the account: whoever knew the old one is signed out. */
    public Uni<Void> resetPassword(long id, PasswordResetRequest request) {
        return requireFitsBcrypt(request.password())
                .chain(() -> revoking(() -> find(id)
                        .call(account -> hasher.hash(request.password()).invoke(hash -> account.passwordHash = hash))
                        .invoke(ignored -> Log.infof("Password of account %d reset", id))
                        .chain(account -> sessions.endAllWithin(account, "password-reset")
                                .map(change -> new Revoked(account, change)))))
                .replaceWithVoid();
    }

    /** Ends every session of the account; its access tokens stop working within seconds. */
    public Uni<Void> endSessions(long id) {
        return revoking(() -> find(id).chain(account -> sessions.endAllWithin(account, "ended-by-admin")
                .map(change -> new Revoked(account, change)))).replaceWithVoid();
    }

    /** An account changed in a transaction, with the revocation to apply here once it has committed. */
    private record Revoked(Account account, RevocationChange change) {
    }

    private Uni<AccountView> revoking(Supplier<Uni<Revoked>> work) {
        return Panache.withTransaction(work).map(done -> {
            if (done.change() != null) {
                sessions.applyCommitted(List.of(done.change()));
            }
            return AccountView.of(done.account());
        });
    }

    private static Uni<Void> requireFitsBcrypt(String password) {
        List<Problem.FieldError> errors = PasswordPolicy.lengthErrors("password", password);
        return errors.isEmpty() ? Uni.createFrom().voidItem() : Uni.createFrom().failure(ProblemException.invalid(errors));
    }

    private Uni<Account> find(long id) {
        return accounts.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Account " + id));
    }

    private static Void requireAnotherAdmin(List<Account> enabledAdmins, Account target) {
        if (enabledAdmins.stream().noneMatch(admin -> !admin.id.equals(target.id))) {
            throw ProblemException.conflict("This is the last enabled administrator; enable or create another one first.");
        }
        return null;
    }

    /** A deputy account must name an existing deputy, a department account an existing department, an admin neither. */
    private Uni<Void> requireExistingLink(CreateAccountRequest request) {
        List<Problem.FieldError> errors = AccountRules.linkErrors(request.role(), request.deputyId(), request.departmentId());
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        if (request.deputyId() != null) {
            return deputies.findById(request.deputyId()).map(deputy -> requireFound(deputy, "deputyId", "deputy"));
        }
        if (request.departmentId() != null) {
            return departments.findById(request.departmentId()).map(department -> requireFound(department, "departmentId", "department"));
        }
        return Uni.createFrom().voidItem();
    }

    private static Void requireFound(Object found, String field, String what) {
        if (found == null) {
            throw ProblemException.invalid(field, "must be an existing " + what);
        }
        return null;
    }
}
