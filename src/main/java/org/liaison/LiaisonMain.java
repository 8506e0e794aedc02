package org.liaison;

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

    /**
     * Production is anything but dev mode and tests: an explicit profile decides (a "staging" profile is checked
     * like production), otherwise the class loader does. LaunchMode is not yet known here in dev mode, but dev
     * mode and tests always load the application through QuarkusClassLoader, and the packaged fast-jar never does.
     */
    static boolean isProduction() {
        String profile = ProductionEnvironment.setting("quarkus.profile");
        if (profile == null) {
            profile = System.getenv("QUARKUS_PROFILE");
        }
        return isProduction(profile, LiaisonMain.class.getClassLoader().getClass().getName());
    }

    static boolean isProduction(String profile, String classLoader) {
        if (profile != null && !profile.isBlank()) {
            return java.util.Arrays.stream(profile.split(",")).map(String::strip)
                    .noneMatch(name -> name.equals("dev") || name.equals("test"));
        }
        return !classLoader.equals("io.quarkus.bootstrap.classloading.QuarkusClassLoader");
    }
}
