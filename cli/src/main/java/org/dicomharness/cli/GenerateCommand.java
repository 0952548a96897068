package org.dicomharness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dicomharness.testdata.CorpusSpec;
import org.dicomharness.testdata.GeneratedCorpus;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;
import org.dicomharness.testdata.TestStudy;
import org.dicomharness.testdata.WrittenFile;
import org.dicomharness.testdata.corpus.Corpora;
import org.dicomharness.testdata.syntax.OutputSyntax;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code harness generate}: writes deterministic synthetic studies (and, on request, the negative-test
 * corpora) as DICOM files.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = {
    "Write deterministic, PHI-free synthetic DICOM studies: the same seed gives the same bytes.",
    "Sequences and items have defined lengths, as DCMTK-based archives (Orthanc, dcmqrscp) send them back.",
    "Example: harness generate --modality CT --studies 3 --syntax jpeg-baseline --out DIR",
    "Exit code 0 on success, 2 when the options or the output folder are unusable."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-m", "--modality"}, split = ",", paramLabel = "KIND",
            description = "modality or object kind, repeatable or comma-separated: CT, MR, CR, DX, MG, US, NM, PT, "
                    + "ECG, SR, KO, SC, PDF, RDSR, ENHANCED-CT, ENHANCED-MR, or ALL")
    List<String> modalities = new ArrayList<>();

    @Option(names = "--studies", defaultValue = "1", description = "number of studies, one synthetic patient each "
            + "(default: ${DEFAULT-VALUE})")
    int studies;

    @Option(names = "--series", defaultValue = "1", description = "series of each kind per study "
            + "(default: ${DEFAULT-VALUE})")
    int series;

    @Option(names = "--instances", defaultValue = "3", description = "instances per series (default: ${DEFAULT-VALUE})")
    int instances;

    @Option(names = "--syntax", defaultValue = "explicit", paramLabel = "SYNTAX",
            description = "transfer syntax: implicit, explicit, big-endian, deflated, rle, jpeg-baseline, jpeg2000, "
                    + "jpeg-lossless, jpeg-ls, or a transfer syntax UID (default: ${DEFAULT-VALUE})")
    String syntax;

    @Option(names = "--seed", defaultValue = "1", description = "seed of every UID, date and pixel "
            + "(default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--corpus", split = ",", paramLabel = "NAME",
            description = "also write negative-test corpora: malformed, charsets, vendor-quirks, or all")
    List<String> corpora = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "print only the summary")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<ObjectKind> kinds = kinds();
        List<Corpora.Kind> corpusKinds = corpusKinds();
        if (kinds.isEmpty() && corpusKinds.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name what to generate with --modality (e.g. CT) "
                    + "or --corpus (e.g. malformed)");
        }
        OutputSyntax target = parse(() -> OutputSyntax.parse(syntax));
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!kinds.isEmpty()) {
            CorpusSpec corpusSpec = parse(() -> new CorpusSpec(seed, studies, kinds, series, instances));
            // Study by study: generate, write, let go, so long runs hold one study in memory.
            StudyGenerator generator = new StudyGenerator(corpusSpec.seed());
            int written = 0;
            int fallback = 0;
            for (int i = 0; i < studies; i++) {
                TestStudy study = generator.generate(i, corpusSpec.kinds(), series, instances);
                int number = i + 1;
                List<WrittenFile> files = GeneratedCorpus.writeStudy(out, study, target, f -> progress(err,
                        "study " + number + "/" + studies + ": " + out.relativize(f.path())
                                + (f.inRequestedSyntax() ? "" : "  (" + f.note() + ")")));
                written += files.size();
                fallback += (int) files.stream().filter(f -> !f.inRequestedSyntax()).count();
            }
            stdout.println("wrote " + written + " file(s) to " + out + " in " + target.transferSyntax().name()
                    + (fallback > 0 ? "; " + fallback + " in Explicit VR Little Endian (see the notes above)" : "")
                    + "; seed " + seed);
        }
        for (Corpora.Kind k : corpusKinds) {
            List<Path> written = Corpora.write(out, k, seed);
            stdout.println("wrote corpus " + k.folder() + ": " + (written.size() - 1) + " file(s) and "
                    + out.relativize(written.get(written.size() - 1)));
        }
        return ExitCodes.OK;
    }

    private void progress(PrintStream err, String line) {
        if (!quiet) {
            err.println(line);
        }
    }

    private List<ObjectKind> kinds() {
        Set<ObjectKind> kinds = new LinkedHashSet<>();
        for (String m : modalities) {
            if (m.equalsIgnoreCase("ALL")) {
                kinds.addAll(List.of(ObjectKind.values()));
            } else {
                kinds.addAll(parse(() -> ObjectKind.forOption(m)));
            }
        }
        return List.copyOf(kinds);
    }

    private List<Corpora.Kind> corpusKinds() {
        Set<Corpora.Kind> kinds = new LinkedHashSet<>();
        for (String c : corpora) {
            if (c.equalsIgnoreCase("all")) {
                kinds.addAll(List.of(Corpora.Kind.values()));
                continue;
            }
            Corpora.Kind found = null;
            for (Corpora.Kind k : Corpora.Kind.values()) {
                if (k.folder().equalsIgnoreCase(c.trim())) {
                    found = k;
                }
            }
            if (found == null) {
                throw new ParameterException(spec.commandLine(), "unknown corpus '" + c
                        + "'; use malformed, charsets, vendor-quirks or all");
            }
            kinds.add(found);
        }
        return List.copyOf(kinds);
    }

    /** Turns the library's IllegalArgumentException into a usage error with the same message. */
    private <T> T parse(java.util.function.Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
