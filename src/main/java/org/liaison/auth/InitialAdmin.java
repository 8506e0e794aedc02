package org.liaison.auth;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Makes sure an administrator exists. On a first production start there is none, so
 * ADMIN_USERNAME and ADMIN_PASSWORD must be given; there is never a default password.
 */
@ApplicationScoped
public class InitialAdmin {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AuthConfig config;

    InitialAdmin(AccountRepository accounts, PasswordHasher hasher, AuthConfig config) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event, LaunchMode mode) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> ensureAdmin(mode == LaunchMode.NORMAL));
    }

    /** A refusal to start that is one clear line: no stack trace to scroll through. */
    static final class StartupRefused extends IllegalStateException {
        StartupRefused(String message) {
            super(message);
            setStackTrace(new StackTraceElement[0]);
        }
    }

    @WithTransaction
    Uni<Void> ensureAdmin(boolean production) {
        // Locked before counting: a second instance waits here until the first one's admin is committed.
        return accounts.lockFirstAdminCreation().chain(accounts::countAdmins).flatMap(count -> {
            if (count > 0) {
                return Uni.createFrom().voidItem();
            }
            String username = config.initialAdminUsername().map(String::trim).orElse("");
            String password = config.initialAdminPassword().orElse("");
            if (username.isEmpty() || password.length() < MIN_PASSWORD_LENGTH || !PasswordPolicy.fitsBcrypt(password)) {
                if (production) {
                    throw new StartupRefused("Liaison cannot start in production: no administrator exists yet; set ADMIN_USERNAME "
                            + "and ADMIN_PASSWORD (at least " + MIN_PASSWORD_LENGTH + " characters, at most "
                            + PasswordPolicy.BCRYPT_MAX_BYTES + " bytes) for the first start.");
                }
                return Uni.createFrom().voidItem();
            }
            return hasher.hash(password).flatMap(hash -> {
                Account admin = new Account();
                admin.username = AccountRepository.normalize(username);
                admin.passwordHash = hash;
                admin.role = Role.ADMIN;
                Log.infof("Created the first administrator '%s' from ADMIN_USERNAME", admin.username);
                return accounts.persist(admin).replaceWithVoid();
            });
        });
    }
}
