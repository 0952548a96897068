package org.dicomharness.validation.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.validation.Finding;
import org.dicomharness.validation.IodValidator;
import org.dicomharness.validation.Severity;
import org.dicomharness.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement with dicom3tools' {@code dciodvfy} on a corpus of at least 200 files built here: every dciodvfy error
 * must be matched by one of our errors on the same attribute, or explained (a check we deliberately do not make,
 * or a dciodvfy false positive with the PS3.3 rule quoted). Writes the agreement table to
 * {@code target/validation-agreement.md}, and to {@code docs/validation-agreement.md} when run with
 * {@code -Dagreement.update=true} (see {@code tools/validation/agreement.sh}).
 */
class DciodvfyAgreementIT {

    @TempDir
    Path corpusDir;

    @Test
    void everyDciodvfyErrorIsMatchedOrExplained() throws IOException {
        Path dciodvfy = Peers.require("dciodvfy", "dicom3tools");
        Peers.require("img2dcm", "dcmtk");
        Peers.require("dump2dcm", "dcmtk");
        Peers.require("dcmdump", "dcmtk");
        Peers.require("dcmconv", "dcmtk");
        List<CorpusFile> corpus = new CorpusBuilder(corpusDir).build();
        IodValidator validator = new IodValidator();
        List<AgreementRow> rows = new ArrayList<>();
        for (CorpusFile file : corpus) {
            ProcessRunner.Result result = ProcessRunner.run(corpusDir, List.of(dciodvfy.toString(),
                    file.path().toString()), Map.of(), 60);
            List<DciodvfyError> theirs = DciodvfyError.parse(result.err());
            ValidationReport ours = validator.validate(Part10Reader.read(file.path(),
                    ReadOptions.defaults().withBulkData(BulkDataPolicy.REFERENCE)).dataset());
            rows.add(AgreementRow.compare(file, theirs, ours, KnownDifferences.ALL));
        }
        AgreementTable table = new AgreementTable(rows);
        String markdown = table.markdown();
        Path module = Path.of("").toAbsolutePath();
        Files.createDirectories(module.resolve("target"));
        Files.writeString(module.resolve("target/validation-agreement.md"), markdown, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("agreement.update")) {
            Files.writeString(module.resolveSibling("docs").resolve("validation-agreement.md"), markdown,
                    StandardCharsets.UTF_8);
        }

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        assertThat(corpus.stream().filter(f -> f.origin() == CorpusFile.Origin.BROKEN)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(corpus.stream().filter(f -> f.origin() == CorpusFile.Origin.BROKEN).map(CorpusFile::category)
                .distinct()).containsExactlyInAnyOrder(Mutations.MISSING_TYPE_1, Mutations.EMPTY_TYPE_1,
                Mutations.MISSING_TYPE_2, Mutations.BAD_VR, Mutations.BAD_FORMAT, Mutations.WRONG_ENUM,
                Mutations.BROKEN_ITEM, Mutations.MISSING_FG);
        assertThat(table.unexplained()).as("dciodvfy errors neither matched by ours nor explained; see "
                + "target/validation-agreement.md").isEmpty();
        assertThat(rows.stream().filter(r -> r.file().origin() == CorpusFile.Origin.BROKEN && r.ours().passed()))
                .as("broken files our validator let pass").isEmpty();
        assertThat(rows.stream().filter(r -> r.file().origin() == CorpusFile.Origin.GENERATED
                && !r.ours().passed())).as("valid generated files our validator failed").isEmpty();
    }

    /**
     * One of our errors matches a dciodvfy error when it is about the same attribute (at any nesting level) and, for
     * the kinds of message dciodvfy words uniformly, says the same kind of thing: absent for "Missing attribute",
     * empty for "Empty attribute", a wrong VR for "Invalid Value Representation", a value outside the enumerated
     * values for "Unrecognized enumerated value", a PS3.5 value format for "Value invalid for this VR".
     */
    static boolean matches(Finding f, DciodvfyError e) {
        if (f.severity() != Severity.ERROR || e.tag() == -1
                || f.path().segments().stream().noneMatch(s -> s.tag() == e.tag())) {
            return false;
        }
        String m = e.message();
        if (m.startsWith("Missing attribute")) {
            return f.found().startsWith("absent");
        }
        if (m.startsWith("Empty attribute") || m.startsWith("Attribute present but empty")) {
            return f.found().contains("empty");
        }
        if (m.startsWith("Invalid Value Representation")) {
            return f.found().startsWith("VR ");
        }
        if (m.startsWith("Unrecognized enumerated value")) {
            return f.expected().startsWith("an enumerated value");
        }
        if (m.startsWith("Value invalid for this VR")) {
            return f.rule().document().equals("PS3.5");
        }
        return true;
    }
}
