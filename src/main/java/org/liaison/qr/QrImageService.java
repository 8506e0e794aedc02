package org.liaison.qr;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Blocking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** QR images of public codes: rendered on a worker, once per code revision, format and size on each instance. */
@ApplicationScoped
public class QrImageService {

    private final PublicCodeService publicCodes;
    private final QrImageCache cache;

    QrImageService(PublicCodeService publicCodes, QrConfig config) {
        this.publicCodes = publicCodes;
        this.cache = new QrImageCache(config.cacheEntries());
    }

    /** The image's bytes. Call after all database work: a cache miss renders on a worker thread. */
    public Uni<byte[]> render(PublicCode code, QrImageRequest wanted) {
        QrImageCache.Key key = new QrImageCache.Key(code.ownerKind, code.ownerId, code.revision, wanted.format(), wanted.size());
        Optional<byte[]> cached = cache.peek(key);
        if (cached.isPresent()) {
            return Uni.createFrom().item(cached.get());
        }
        String url = publicCodes.url(code);
        return Blocking.run(() -> cache.get(key, () -> wanted.format() == QrFormat.PNG
                ? QrRenderer.png(url, wanted.size())
                : QrRenderer.svg(url, wanted.size()).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The entity tag of an image: it changes exactly when the image would, i.e. with the code (and the
     * address it is printed in), its revision, the format or the size. Hashed so the code itself does not
     * travel in cache headers.
     */
    public String etag(PublicCode code, QrImageRequest wanted) {
        String identity = publicCodes.url(code) + ":" + code.revision + ":" + wanted.format() + ":" + wanted.size();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Images rendered so far on this instance (cache misses). */
    public long renders() {
        return cache.renders();
    }
}
