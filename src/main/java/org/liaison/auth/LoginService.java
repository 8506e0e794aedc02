package org.liaison.auth;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.problem.ProblemException;

/**
 * Checks credentials and opens a device session. Every attempt is counted before the password is checked (so
 * parallel guesses cannot all pass), and failures never say which part was wrong.
 */
@ApplicationScoped
public class LoginService {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final LoginThrottle throttle;

    LoginService(AccountRepository accounts, PasswordHasher hasher, SessionService sessions, LoginThrottle throttle) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    public Uni<TokenResponse> login(TokenRequest request, String clientAddress) {
        String username = AccountRepository.normalize(request.username());
        return throttle.admit(username, clientAddress).chain(() -> accounts.findByUsername(username)).flatMap(account -> {
            String hash = account != null && account.enabled ? account.passwordHash : null;
            return hasher.matches(request.password(), hash).flatMap(ok -> {
                if (!ok) {
                    Log.infof("Failed login for a username from %s", clientAddress);
                    throw new ProblemException(401, "invalid-credentials", "Invalid credentials",
                            "The username or password is wrong, or the account is disabled.", null, null, null);
                }
                return throttle.succeeded(username, clientAddress)
                        .chain(() -> sessions.open(account, request.deviceLabel(), clientAddress));
            });
        });
    }
}
