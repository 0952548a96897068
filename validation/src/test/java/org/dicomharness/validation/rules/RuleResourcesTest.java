package org.dicomharness.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed rule resources are exactly what tools/codegen/GenerateValidationRules.java makes from the
 * standard's tables: regenerates them into a temporary folder and compares. Skipped where the tables
 * (../shared/dicom-standard) are not beside the repository.
 */
class RuleResourcesTest {

    private static final List<String> FILES = List.of("iods.tsv", "functional-groups.tsv", "attributes.tsv",
            "tables.tsv", "conditions.tsv", "value-sets.tsv", "sr-templates.tsv", "context-groups.tsv");

    @TempDir
    Path out;

    @Test
    void committedResourcesMatchTheGenerator() throws IOException {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        Path standard = repo.resolveSibling("shared").resolve("dicom-standard");
        assumeTrue(Files.isDirectory(standard), "the standard's tables are not at " + standard);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessRunner.run(repo, List.of(java.toString(), "tools/codegen/GenerateValidationRules.java",
                standard.toString(), out.toString())).check();
        Path committed = repo.resolve("validation/src/main/resources/org/dicomharness/validation/rules");
        for (String file : FILES) {
            assertThat(Files.readString(out.resolve(file))).as(file + " differs from the generator's output; "
                    + "run java tools/codegen/GenerateValidationRules.java ../shared/dicom-standard")
                    .isEqualTo(Files.readString(committed.resolve(file)));
        }
    }
}
