package org.liaison;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.List;

/** Checks the production environment before Quarkus starts anything, then runs the service. */
@QuarkusMain
public class LiaisonMain {

    public static void main(String... args) {
        if (isProduction()) {
            List<String> problems = ProductionEnvironment.problems(ProductionEnvironment::setting);
            if (!problems.isEmpty()) {
                System.err.println("Liaison cannot start in production: " + String.join("; ", problems) + ".");
                System.exit(1);
            }
        }
        Quarkus.run(args);
    }

    private static boolean isProduction() {
        String profile = ProductionEnvironment.setting("quarkus.profile");
        if (profile == null) {
            profile = System.getenv("QUARKUS_PROFILE");
        }
        return profile == null ? LaunchMode.current() == LaunchMode.NORMAL : profile.contains("prod");
    }
}
