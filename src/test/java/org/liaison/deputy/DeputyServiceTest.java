package org.liaison.deputy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.common.problem.ProblemException;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What other features build on: the active-deputy lookup, the batch lookup and the public projection. */
@QuarkusTest
class DeputyServiceTest {

    @Inject
    DeputyService service;

    @Inject
    DeputyRepository repository;

    @Test
    void findActiveReturnsActiveDeputiesAndAnswers404ForOthers() throws Throwable {
        long active = DeputyFixtures.create();
        long inactive = DeputyFixtures.createInactive();

        Deputy found = VertxContextSupport.subscribeAndAwait(() -> service.findActive(active));
        assertThat(found.id).isEqualTo(active);
        assertThat(found.phone).isEqualTo(DeputyFixtures.PHONE);

        for (Long id : new Long[]{inactive, 987654321L, null}) {
            assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> service.findActive(id)))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
    }

    @Test
    void findByIdsSkipsUnknownIdsAndAcceptsNone() throws Throwable {
        long first = DeputyFixtures.create();
        long second = DeputyFixtures.create();

        List<Deputy> found = VertxContextSupport.subscribeAndAwait(() -> repository.findByIds(List.of(first, second, 987654321L)));
        assertThat(found).extracting(d -> d.id).containsExactlyInAnyOrder(first, second);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> repository.findByIds(List.of()))).isEmpty();
    }

    @Test
    void publicViewNeverCarriesThePhone() {
        assertThat(Arrays.stream(DeputyPublicView.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("id", "name", "level", "constituency", "title", "biography", "photoUrl", "topics")
                .doesNotContain("phone");

        Deputy deputy = new Deputy();
        deputy.id = 7L;
        deputy.name = "王丽";
        deputy.level = DeputyLevel.MUNICIPAL;
        deputy.phone = "13800000001";
        deputy.topicList(List.of("HOUSING", "养老"));
        DeputyPublicView view = DeputyMapper.toPublicView(deputy);
        assertThat(view.topics()).containsExactly("HOUSING", "养老");
        assertThat(view.toString()).doesNotContain("13800000001");
    }
}
