package org.liaison.qr;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.common.ReadableCode;
import org.liaison.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.liaison.qr.QrFixtures.await;

@QuarkusTest
class PublicCodeServiceTest {

    @Inject
    PublicCodeService service;
    @Inject
    QrFixtures fixtures;

    private long freshVenue() {
        return fixtures.venue("服务测试联系点 " + UUID.randomUUID(), null);
    }

    @Test
    void firstRequestIssuesRevisionOneAndLaterRequestsReturnTheSameCode() {
        long venue = freshVenue();
        PublicCode first = await(() -> service.liveCode(OwnerKind.VENUE, venue));
        PublicCode again = await(() -> service.liveCode(OwnerKind.VENUE, venue));
        assertThat(first.revision).isEqualTo(1);
        assertThat(first.isLive()).isTrue();
        assertThat(ReadableCode.normalize(first.code, PublicCodeService.CODE_LENGTH)).contains(first.code);
        assertThat(again.code).isEqualTo(first.code);
        assertThat(service.url(first)).isEqualTo("http://localhost:8080/v/" + first.code);
        assertThat(fixtures.codeRows(OwnerKind.VENUE, venue)).containsExactly(1, 1);
    }

    @Test
    void tenConcurrentFirstRequestsIssueExactlyOneCode() throws Exception {
        for (int round = 0; round < 3; round++) {
            long venue = freshVenue();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(10);
            try {
                List<Future<String>> codes = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    codes.add(pool.submit(() -> {
                        start.await();
                        return await(() -> service.liveCode(OwnerKind.VENUE, venue)).code;
                    }));
                }
                start.countDown();
                List<String> seen = new ArrayList<>();
                for (Future<String> code : codes) {
                    seen.add(code.get(30, TimeUnit.SECONDS));
                }
                assertThat(seen).hasSize(10).containsOnly(seen.get(0));
                assertThat(fixtures.codeRows(OwnerKind.VENUE, venue)).containsExactly(1, 1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void rotationRetiresTheOldCodeWith410AndTheNewOneResolves() {
        long venue = freshVenue();
        PublicCode old = await(() -> service.liveCode(OwnerKind.VENUE, venue));
        PublicCode fresh = await(() -> service.rotate(OwnerKind.VENUE, venue));
        assertThat(fresh.revision).isEqualTo(2);
        assertThat(fresh.code).isNotEqualTo(old.code);
        assertThat(await(() -> service.liveCode(OwnerKind.VENUE, venue)).code).isEqualTo(fresh.code);
        assertThat(fixtures.codeRows(OwnerKind.VENUE, venue)).containsExactly(2, 1);

        ProblemException gone = failure(OwnerKind.VENUE, old.code);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.getMessage()).isEqualTo("This poster has been replaced by a new one; scan the new QR code at the venue.");
        PublicCode resolved = await(() -> service.resolve(OwnerKind.VENUE, fresh.code));
        assertThat(resolved.ownerId).isEqualTo(venue);
        assertThat(resolved.revision).isEqualTo(2);

        PublicCode third = await(() -> service.rotate(OwnerKind.VENUE, venue));
        assertThat(third.revision).isEqualTo(3);
        assertThat(failure(OwnerKind.VENUE, fresh.code).status()).isEqualTo(410);
    }

    @Test
    void concurrentRotationsRunOneAfterTheOtherAndLeaveOneLiveCode() throws Exception {
        for (int round = 0; round < 3; round++) {
            long venue = freshVenue();
            await(() -> service.liveCode(OwnerKind.VENUE, venue));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Integer>> revisions = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    revisions.add(pool.submit(() -> {
                        start.await();
                        return await(() -> service.rotate(OwnerKind.VENUE, venue)).revision;
                    }));
                }
                start.countDown();
                List<Integer> seen = new ArrayList<>();
                for (Future<Integer> revision : revisions) {
                    seen.add(revision.get(30, TimeUnit.SECONDS));
                }
                assertThat(seen).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7);
                assertThat(fixtures.codeRows(OwnerKind.VENUE, venue)).containsExactly(7, 1);
                assertThat(await(() -> service.liveCode(OwnerKind.VENUE, venue)).revision).isEqualTo(7);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void rotatingAnOwnerWithoutCodeIssuesRevisionOne() {
        long venue = freshVenue();
        assertThat(await(() -> service.rotate(OwnerKind.VENUE, venue)).revision).isEqualTo(1);
    }

    @Test
    void typedCodesAreForgivingButTyposMalformedAndForeignCodesAre404() {
        long venue = freshVenue();
        String code = await(() -> service.liveCode(OwnerKind.VENUE, venue)).code;
        String typed = " " + ReadableCode.grouped(code).toLowerCase(Locale.ROOT) + " ";
        assertThat(await(() -> service.resolve(OwnerKind.VENUE, typed)).code).isEqualTo(code);

        char wrong = code.charAt(0) == '7' ? '8' : '7';
        for (String bad : new String[]{wrong + code.substring(1), "", "hello", code + "X", null}) {
            ProblemException unknown = failure(OwnerKind.VENUE, bad);
            assertThat(unknown.status()).as(String.valueOf(bad)).isEqualTo(404);
            assertThat(unknown.getMessage()).isEqualTo("No venue has this code; check the code on the poster.");
        }
        assertThat(failure(OwnerKind.DEPUTY, code).status()).isEqualTo(404);
        assertThat(failure(OwnerKind.VENUE, ReadableCode.generate(PublicCodeService.CODE_LENGTH)).status()).isEqualTo(404);
    }

    @Test
    void deputiesHaveTheirOwnCodesUnderD() {
        long deputy = fixtures.deputy("测试代表 " + UUID.randomUUID());
        PublicCode code = await(() -> service.liveCode(OwnerKind.DEPUTY, deputy));
        assertThat(service.url(code)).isEqualTo("http://localhost:8080/d/" + code.code);
        assertThat(await(() -> service.resolve(OwnerKind.DEPUTY, code.code)).ownerId).isEqualTo(deputy);
        assertThat(failure(OwnerKind.VENUE, code.code).status()).isEqualTo(404);
    }

    @Test
    void unknownOwnersAre404AndGetNoCode() {
        for (OwnerKind kind : OwnerKind.values()) {
            ProblemException live = catchThrowableOfType(ProblemException.class, () -> await(() -> service.liveCode(kind, 987_654_321L)));
            ProblemException rotate = catchThrowableOfType(ProblemException.class, () -> await(() -> service.rotate(kind, 987_654_321L)));
            assertThat(live.status()).isEqualTo(404);
            assertThat(rotate.status()).isEqualTo(404);
            assertThat(fixtures.codeRows(kind, 987_654_321L)).containsExactly(0, 0);
        }
    }

    private ProblemException failure(OwnerKind kind, String typed) {
        return catchThrowableOfType(ProblemException.class, () -> await(() -> service.resolve(kind, typed)));
    }
}
