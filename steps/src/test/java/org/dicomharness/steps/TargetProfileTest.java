package org.dicomharness.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TargetProfileTest {

    private static TargetProfile parse(String yaml) throws IOException {
        return TargetProfile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void readsTheTargetItsPortsAndTheExclusionsAsATagExpression() throws IOException {
        TargetProfile p = parse("""
                name: Some PACS
                target: PACS@10.0.0.5:104
                viewerPort: 11199
                hl7: 10.0.0.5:2575
                exclude:
                  - tag: "@mpps"
                    reason: no MPPS SCP in its conformance statement
                  - tag: "@policy-duplicates-reject"
                    reason: keeps the first copy
                """);
        assertThat(p.target()).isEqualTo("PACS@10.0.0.5:104");
        assertThat(p.viewerPort()).isEqualTo(11199);
        assertThat(p.modalityPort()).isNull();
        assertThat(p.hl7()).isEqualTo("10.0.0.5:2575");
        assertThat(p.tagExpression()).isEqualTo("not @mpps and not @policy-duplicates-reject");
        assertThat(parse("name: X\ntarget: A@h:1\n").tagExpression()).isEmpty();
    }

    @Test
    void refusesWhatWouldSilentlyChangeTheRun() {
        assertThatThrownBy(() -> parse("name: X\ntarget: A@h:1\nexclude:\n  - tag: \"@mpps\"\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("test.yaml").hasMessageContaining("no reason");
        assertThatThrownBy(() -> parse("name: X\ntarget: A@h:1\nexclude:\n  - tag: mpps\n    reason: r\n"))
                .hasMessageContaining("not a Gherkin tag");
        assertThatThrownBy(() -> parse("name: X\ntarget: A@h:1\nexcludes: []\n"))
                .hasMessageContaining("unknown key 'excludes'");
        assertThatThrownBy(() -> parse("name: X\ntarget: PACS-at-host\n"))
                .hasMessageContaining("AET@host:port");
        assertThatThrownBy(() -> parse("name: X\ntarget: A@h:1\nviewerPort: 70000\n"))
                .hasMessageContaining("viewerPort: 70000 is not a TCP port");
        assertThatThrownBy(() -> parse("name: X\ntarget: A@h:1\nhl7: 2575\n"))
                .hasMessageContaining("hl7: '2575' is not of the form host:port");
        assertThatThrownBy(() -> TargetProfile.load(Path.of("no-such-profile.yaml")))
                .hasMessageContaining("no such target profile");
    }

    @Test
    void everyProfileInTheRepositoryLoads() throws IOException {
        List<Path> profiles;
        try (Stream<Path> files = Files.list(Path.of("..", "targets"))) {
            profiles = files.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        assertThat(profiles).isNotEmpty();
        for (Path p : profiles) {
            assertThat(TargetProfile.load(p).exclusions()).as("%s", p).allSatisfy(e ->
                    assertThat(e.reason()).isNotBlank());
        }
    }
}
