package org.liaison.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged application (target/quarkus-app, or the native executable with -Dnative) running as a
 * child process exactly as an operator starts it: production profile, an environment holding only
 * what the test passes, a working directory of its own and a free HTTP port.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path ARTIFACT = Path.of(System.getProperty("liaison.packaged-app", "target/quarkus-app/quarkus-run.jar"));

    private final Process process;
    private final Path output;
    private final int port;
    private final int managementPort;

    private PackagedApp(Process process, Path output, int port, int managementPort) {
        this.process = process;
        this.output = output;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Starts the application with exactly these environment variables (plus PATH and JAVA_HOME). */
    public static PackagedApp start(Map<String, String> environment) {
        try {
            Path workDirectory = Files.createTempDirectory("liaison-app");
            Path output = workDirectory.resolve("console.log");
            int port = freePort();
            int managementPort = freePort();
            List<String> ports = List.of("-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort);
            List<String> command = new ArrayList<>();
            if (isJar()) {
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(ports);
                command.addAll(List.of("-jar", ARTIFACT.toAbsolutePath().toString()));
            } else {
                command.add(ARTIFACT.toAbsolutePath().toString());
                command.addAll(ports);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(environment);
            return new PackagedApp(builder.start(), output, port, managementPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isJar() {
        return ARTIFACT.toString().endsWith(".jar");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** The management interface: health, metrics, the OpenAPI document and Swagger UI. */
    public int managementPort() {
        return managementPort;
    }

    /** Everything the application printed so far, stdout and stderr interleaved. */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to end on its own and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("The application was expected to stop within %s but is still running. Output:%n%s", timeout, output());
        }
        return process.exitValue();
    }

    /** Polls /q/health/ready until it answers 200, failing early if the process dies. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("The application stopped with exit code %d before it was ready. Output:%n%s", process.exitValue(), output());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notListeningYet) {
                // The HTTP server opens only once the database is migrated.
            } catch (IOException e) {
                // A connection reset while starting up is as good as "not yet".
            }
            Thread.sleep(250);
        }
        fail("The application was not ready within %s. Output:%n%s", timeout, output());
    }

    /** SIGKILL: the instance dies at once, as on a node failure, without a chance to finish or release anything. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
