package org.dicomharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harness run --profile}: a profile that would silently change the run is refused before anything runs. */
class RunProfileTest {

    @Test
    void anExclusionWithoutAReasonIsRefusedWithTheFileAndTheRule(@TempDir Path dir) throws IOException {
        Path profile = Files.writeString(dir.resolve("pacs.yaml"), """
                name: Some PACS
                target: PACS@127.0.0.1:104
                exclude:
                  - tag: "@mpps"
                """);
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Harness.run("run", "--profile", profile.toString(), "--report", dir.resolve("report").toString());
        } finally {
            System.setErr(oldErr);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(profile.toString()).contains("@mpps has no reason");
        assertThat(dir.resolve("report")).as("nothing ran").doesNotExist();
    }
}
