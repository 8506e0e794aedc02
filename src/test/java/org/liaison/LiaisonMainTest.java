package org.liaison;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every profile but dev and test gets the production checks, so none can start on the dev-only keys. */
class LiaisonMainTest {

    private static final String PACKAGED = "jdk.internal.loader.ClassLoaders$AppClassLoader";
    private static final String QUARKUS = "io.quarkus.bootstrap.classloading.QuarkusClassLoader";

    @ParameterizedTest(name = "profile {0} → checked {1}")
    @CsvSource({"prod, true", "staging, true", "preprod, true", "'prod,staging', true",
            "dev, false", "test, false", "'dev,local', false"})
    void anExplicitProfileDecides(String profile, boolean checked) {
        assertThat(LiaisonMain.isProduction(profile, QUARKUS)).isEqualTo(checked);
    }

    @ParameterizedTest(name = "no profile, {0} → checked {1}")
    @CsvSource({PACKAGED + ", true", QUARKUS + ", false"})
    void withoutAProfileThePackagedApplicationIsProduction(String classLoader, boolean checked) {
        assertThat(LiaisonMain.isProduction(null, classLoader)).isEqualTo(checked);
    }
}
