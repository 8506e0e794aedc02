package org.liaison.auth.admin;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.auth.Account;
import org.liaison.auth.AccountRepository;
import org.liaison.auth.PasswordHasher;
import org.liaison.auth.Role;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;
import org.liaison.common.problem.Problem;
import org.liaison.common.problem.ProblemException;
import org.liaison.department.DepartmentRepository;
import org.liaison.deputy.DeputyRepository;

import java.util.List;
import java.util.Objects;

/** Administrators manage logins: create them, disable and enable them, reset their passwords. */
@ApplicationScoped
public class AccountAdminService {

    private final AccountRepository accounts;
    private final DeputyRepository deputies;
    private final DepartmentRepository departments;
    private final PasswordHasher hasher;

    AccountAdminService(AccountRepository accounts, DeputyRepository deputies, DepartmentRepository departments,
                        PasswordHasher hasher) {
        this.accounts = accounts;
        this.deputies = deputies;
        this.departments = departments;
        this.hasher = hasher;
    }

    @WithTransaction
    public Uni<AccountView> create(CreateAccountRequest request) {
        String username = AccountRepository.normalize(request.username());
        return requireExistingLink(request)
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

    /** Disables a login; refused for one's own account and for the last enabled administrator. */
    @WithTransaction
    public Uni<AccountView> disable(long id, Long actorAccountId) {
        return find(id).chain(account -> {
            if (Objects.equals(account.id, actorAccountId)) {
                throw ProblemException.conflict("You cannot disable your own account.");
            }
            if (!account.enabled) {
                return Uni.createFrom().item(account);
            }
            Uni<Void> check = Role.ADMIN.equals(account.role)
                    ? accounts.lockEnabledAdmins().map(admins -> requireAnotherAdmin(admins, account)) : Uni.createFrom().voidItem();
            return check.chain(() -> {
                account.enabled = false;
                Log.infof("Account %d disabled by account %s", id, actorAccountId);
                return accounts.flush();
            }).replaceWith(account);
        }).map(AccountView::of);
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

    @WithTransaction
    public Uni<Void> resetPassword(long id, PasswordResetRequest request) {
        return find(id)
                .chain(account -> hasher.hash(request.password()).invoke(hash -> account.passwordHash = hash))
                .invoke(ignored -> Log.infof("Password of account %d reset", id))
                .replaceWithVoid();
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
