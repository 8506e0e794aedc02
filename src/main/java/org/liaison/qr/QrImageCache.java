package org.liaison.qr;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered QR images, least recently used first out. A code's image never changes (rotation makes a
 * new revision, hence a new key), so entries never go stale; the bound only caps memory. Several
 * threads asking for the same missing image at once wait for one rendering instead of each doing it.
 */
final class QrImageCache {

    /** One rendered image: whose code, which revision, in which format and size. */
    record Key(OwnerKind kind, long ownerId, int revision, QrFormat format, int size) {
    }

    private final Map<Key, byte[]> entries;
    private final Map<Key, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();
    private final AtomicLong renders = new AtomicLong();

    QrImageCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached image, without rendering; cheap enough for the event loop. */
    Optional<byte[]> peek(Key key) {
        synchronized (entries) {
            return Optional.ofNullable(entries.get(key));
        }
    }

    /** The cached image, or {@code render}'s result, rendered once however many threads ask. Blocks: call on a worker. */
    byte[] get(Key key, Supplier<byte[]> render) {
        Optional<byte[]> cached = peek(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
            return theirs.join();
        }
        try {
            byte[] image = peek(key).orElseGet(() -> {
                renders.incrementAndGet();
                return render.get();
            });
            synchronized (entries) {
                entries.put(key, image);
            }
            mine.complete(image);
            return image;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /** How many images were rendered since start; a hit renders nothing. */
    long renders() {
        return renders.get();
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
