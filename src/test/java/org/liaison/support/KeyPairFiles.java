package org.liaison.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;

/**
 * PEM files as an operator makes them with openssl: a fresh RSA key pair of our own, or a copy of the
 * bundled dev-only pair that production must refuse.
 */
public record KeyPairFiles(Path signKey, Path verifyKey, PublicKey publicKey) {

    /** A fresh 2048-bit RSA pair: PKCS#8 private key and X.509 public key, like `openssl genpkey` / `openssl pkey -pubout`. */
    public static KeyPairFiles generate(Path directory) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path sign = write(directory.resolve("jwt-sign.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
        Path verify = write(directory.resolve("jwt-verify.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
        return new KeyPairFiles(sign, verify, pair.getPublic());
    }

    /** A byte-for-byte copy of a bundled dev-only key under an innocent name, so only its content can give it away. */
    public static Path copyOfDevOnlyKey(String name, Path directory) throws IOException {
        try (InputStream key = KeyPairFiles.class.getClassLoader().getResourceAsStream("dev-only-keys/" + name)) {
            if (key == null) {
                throw new IllegalStateException("dev-only-keys/" + name + " is not on the test classpath");
            }
            Path copy = directory.resolve("copied-" + name);
            Files.copy(key, copy);
            return copy;
        }
    }

    private static Path write(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }
}
