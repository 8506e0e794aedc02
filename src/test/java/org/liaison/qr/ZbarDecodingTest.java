package org.liaison.qr;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A second opinion from an independent decoder (zbar), so the PNGs are not only readable by the library that drew them. */
class ZbarDecodingTest {

    private static final String URL = "https://liaison.example.gov.cn/v/7K4M9QXTB";
    private static String zbarimg;

    @BeforeAll
    static void findZbar() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "zbarimg");
            if (Files.isExecutable(candidate)) {
                zbarimg = candidate.toString();
                return;
            }
        }
        System.out.println("[ZbarDecodingTest] SKIPPED: zbarimg is not on PATH; install zbar-tools to decode the PNGs independently.");
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 512, 2048})
    void zbarReadsThePng(int size, @TempDir Path directory) throws Exception {
        assumeTrue(zbarimg != null, "zbarimg is not on PATH: install zbar-tools (apt-get install -y zbar-tools) to run this check");
        Path png = directory.resolve("qr-" + size + ".png");
        Files.write(png, QrRenderer.png(URL, size));
        Process process = new ProcessBuilder(zbarimg, "--quiet", "--raw", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo(URL);
    }
}
