package org.liaison.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Blocking;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt hashing and checking, always on a worker thread: each takes tens of milliseconds of CPU. */
@ApplicationScoped
public class PasswordHasher {

    static final int COST = 10;

    /**
     * A hash to compare against when the username is unknown, so timing does not reveal which usernames exist.
     * In a holder class: made on a worker at the first unknown username, not on the main thread at start, where
     * this one bcrypt was a tenth of the start's CPU samples (bench/README.md, "Start time and memory").
     */
    private static final class Decoy {
        static final String HASH = BcryptUtil.bcryptHash("decoy-password-never-valid", COST);
    }

    /** Hashes a password that {@link PasswordPolicy#fitsBcrypt} accepts; a longer one is a programming error. */
    public Uni<String> hash(String password) {
        if (!PasswordPolicy.fitsBcrypt(password)) {
            return Uni.createFrom().failure(new IllegalArgumentException("password longer than bcrypt reads"));
        }
        return Blocking.run(() -> BcryptUtil.bcryptHash(password, COST));
    }

    /**
     * Checks the password against the hash, or against a decoy when there is no hash. A password longer than
     * bcrypt reads never matches: bcrypt would compare only its first 72 bytes.
     */
    public Uni<Boolean> matches(String password, String hashOrNull) {
        boolean readable = PasswordPolicy.fitsBcrypt(password);
        return Blocking.run(() -> check(readable ? password : "", hashOrNull == null ? Decoy.HASH : hashOrNull)
                && hashOrNull != null && readable);
    }

    private static boolean check(String password, String hash) {
        try {
            Password decoded = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            return factory.verify(factory.translate(decoded), password.toCharArray());
        } catch (Exception e) {
            return false;
        }
    }
}
