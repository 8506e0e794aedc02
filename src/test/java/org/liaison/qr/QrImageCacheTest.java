package org.liaison.qr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrImageCacheTest {

    private static QrImageCache.Key key(int revision) {
        return new QrImageCache.Key(OwnerKind.VENUE, 7, revision, QrFormat.PNG, 512);
    }

    @Test
    void aHitRendersNothing() {
        QrImageCache cache = new QrImageCache(10);
        assertThat(cache.peek(key(1))).isEmpty();
        byte[] first = cache.get(key(1), () -> new byte[]{1});
        byte[] second = cache.get(key(1), () -> new byte[]{2});
        assertThat(second).isSameAs(first);
        assertThat(cache.peek(key(1))).containsSame(first);
        assertThat(cache.renders()).isEqualTo(1);
    }

    @Test
    void evictsTheLeastRecentlyUsedBeyondCapacity() {
        QrImageCache cache = new QrImageCache(3);
        for (int revision = 1; revision <= 3; revision++) {
            cache.get(key(revision), () -> new byte[0]);
        }
        cache.peek(key(1));
        cache.get(key(4), () -> new byte[0]);
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.peek(key(1))).isPresent();
        assertThat(cache.peek(key(2))).isEmpty();
        assertThat(cache.peek(key(3))).isPresent();
        assertThat(cache.peek(key(4))).isPresent();
    }

    @Test
    void concurrentMissesRenderOnce() throws Exception {
        QrImageCache cache = new QrImageCache(10);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.get(key(1), () -> {
                        sleep(100);
                        return new byte[]{42};
                    });
                }));
            }
            start.countDown();
            for (Future<byte[]> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).containsExactly(42);
            }
            assertThat(cache.renders()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRenderIsNotCached() {
        QrImageCache cache = new QrImageCache(10);
        assertThatThrownBy(() -> cache.get(key(1), () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(cache.peek(key(1))).isEmpty();
        assertThat(cache.get(key(1), () -> new byte[]{1})).containsExactly(1);
    }

    @Test
    void keysTellRevisionsFormatsAndSizesApart() {
        QrImageCache cache = new QrImageCache(10);
        cache.get(new QrImageCache.Key(OwnerKind.VENUE, 7, 1, QrFormat.PNG, 512), () -> new byte[]{1});
        assertThat(cache.peek(new QrImageCache.Key(OwnerKind.VENUE, 7, 1, QrFormat.SVG, 512))).isEmpty();
        assertThat(cache.peek(new QrImageCache.Key(OwnerKind.VENUE, 7, 1, QrFormat.PNG, 513))).isEmpty();
        assertThat(cache.peek(new QrImageCache.Key(OwnerKind.DEPUTY, 7, 1, QrFormat.PNG, 512))).isEmpty();
        assertThat(cache.peek(new QrImageCache.Key(OwnerKind.VENUE, 7, 2, QrFormat.PNG, 512))).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
