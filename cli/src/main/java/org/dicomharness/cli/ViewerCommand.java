package org.dicomharness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.LocalAe;
import org.dicomharness.simulators.SimulatorResult;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.viewer.ExpectedObject;
import org.dicomharness.simulators.viewer.InstanceVerdict;
import org.dicomharness.simulators.viewer.Query;
import org.dicomharness.simulators.viewer.QueryLevel;
import org.dicomharness.simulators.viewer.QueryModel;
import org.dicomharness.simulators.viewer.QueryResult;
import org.dicomharness.simulators.viewer.ReceivedObject;
import org.dicomharness.simulators.viewer.RetrieveOptions;
import org.dicomharness.simulators.viewer.RetrieveReport;
import org.dicomharness.simulators.viewer.VerificationReport;
import org.dicomharness.simulators.viewer.VerifyOptions;
import org.dicomharness.simulators.viewer.ViewerConfig;
import org.dicomharness.simulators.viewer.ViewerSimulator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code harness viewer}: queries a target as an image display would, optionally retrieves what matched (C-MOVE to
 * its own Storage SCP, or C-GET) and checks that what came back is what a folder of files holds.
 */
@Command(name = "viewer", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = {
    "Act as a viewer against TARGET: C-FIND at a level of the Patient or Study Root model; with --move or --get, "
        + "retrieve the matches and list what arrived; with --verify DIR, compare it with the DICOM files in DIR.",
    "Example: harness viewer REFPACS@127.0.0.1:11112 --level STUDY -m PatientID=P1 --move --listen-port 11113",
    "For --move the target must know our AE (--aet) at 127.0.0.1 and the listen port.",
    "Exit code 0 when every operation succeeded and verified, 1 otherwise, 2 on a usage error."})
final class ViewerCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET", description = "the Query/Retrieve SCP, AET@host:port")
    String target;

    @Option(names = "--aet", defaultValue = "HARNESS_VIEW", description = "our AE title, also the C-MOVE destination "
            + "(default: ${DEFAULT-VALUE})")
    String aeTitle;

    @Option(names = "--model", description = "PATIENT (Patient Root) or STUDY (Study Root; default, except at "
            + "PATIENT level)")
    String model;

    @Option(names = {"-L", "--level"}, defaultValue = "STUDY", description = "PATIENT, STUDY, SERIES or IMAGE "
            + "(default: ${DEFAULT-VALUE})")
    String level;

    @Option(names = {"-m", "--match"}, paramLabel = "Key=Value", description = "a matching key by keyword or tag "
            + "(PatientID=P1, StudyDate=20240101-, 0020000D=1.2.3); Key= asks for it as a return key")
    List<String> keys = new ArrayList<>();

    @Option(names = {"-r", "--return"}, paramLabel = "Key", description = "a further return key")
    List<String> returnKeys = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Retrieve retrieve;

    static final class Retrieve {
        @Option(names = "--move", description = "C-MOVE the matches to our own Storage SCP", required = true)
        boolean move;

        @Option(names = "--get", description = "C-GET the matches on the query association", required = true)
        boolean get;
    }

    @Option(names = "--listen-port", defaultValue = "0", description = "port of our Storage SCP for --move "
            + "(default: a free port, printed)")
    int listenPort;

    @Option(names = "--sop-class", paramLabel = "UID", description = "--get: Storage SOP Classes to receive "
            + "(default: those the harness generates)")
    List<String> sopClasses = new ArrayList<>();

    @Option(names = "--verify", paramLabel = "DIR", description = "compare what was retrieved with the DICOM files "
            + "in DIR (SOP Instance UID by UID)")
    Path verify;

    @Option(names = "--verify-mode", defaultValue = "data-set", description = "bit-exact (same bytes), data-set "
            + "(same bytes or same canonical encoding) or attributes (same values, patient and accession coercion "
            + "allowed) (default: ${DEFAULT-VALUE})")
    String verifyMode;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "where retrieved objects are written "
            + "(default: a temporary folder, kept and printed)")
    Path out;

    @Option(names = "--trace", paramLabel = "FILE", description = "write the PDU traces here")
    Path trace;

    @Override
    public Integer call() throws IOException {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Target qr = parse(() -> Target.parse(target));
        Query query = query();
        VerifyOptions options = verifyOptions();
        if (verify != null && retrieve == null) {
            throw new ParameterException(spec.commandLine(), "--verify needs --move or --get: it compares what was "
                    + "retrieved");
        }
        LocalAe local = parse(() -> LocalAe.of(aeTitle));
        Path dir = out != null ? Files.createDirectories(out) : Files.createTempDirectory("harness-viewer");
        List<SimulatorResult> results = new ArrayList<>();
        boolean ok;
        try (ViewerSimulator viewer = new ViewerSimulator(ViewerConfig.of(aeTitle, dir).withLocal(local)
                .withListen("127.0.0.1", listenPort))) {
            QueryResult found = viewer.find(qr, query);
            results.add(found);
            printMatches(stdout, found);
            ok = found.succeeded();
            if (ok && retrieve != null) {
                RetrieveReport report;
                if (retrieve.move) {
                    stdout.println("receiving as " + viewer.startStorage() + " (the target must know this destination)");
                    report = viewer.move(qr, query);
                } else {
                    report = viewer.get(qr, query, sopClasses.isEmpty() ? RetrieveOptions.defaults()
                            : RetrieveOptions.of(sopClasses, RetrieveOptions.ALL_SYNTAXES));
                }
                results.add(report);
                printRetrieve(stdout, report, dir);
                ok = report.succeeded();
                if (verify != null) {
                    VerificationReport v = viewer.verify(ExpectedObject.fromDirectory(verify), report, options);
                    for (InstanceVerdict iv : v.instances()) {
                        stdout.println("  " + iv);
                    }
                    stdout.println(v.summary().lines().findFirst().orElse(""));
                    ok &= v.succeeded();
                }
            }
        }
        if (trace != null) {
            StringBuilder sb = new StringBuilder();
            results.forEach(r -> sb.append(r.traces()));
            Files.writeString(trace, sb.toString(), StandardCharsets.UTF_8);
            stdout.println("PDU traces written to " + trace);
        }
        stdout.println(ok ? "PASSED" : "FAILED");
        return ok ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private Query query() {
        QueryLevel lv = parse(() -> QueryLevel.parse(level));
        QueryModel m = model != null ? parse(() -> QueryModel.parse(model))
                : lv == QueryLevel.PATIENT ? QueryModel.PATIENT_ROOT : QueryModel.STUDY_ROOT;
        Query q = parse(() -> Query.of(m, lv));
        for (String k : keys) {
            int eq = k.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "matching key '" + k + "' is not Key=Value "
                        + "(e.g. PatientID=P1)");
            }
            Query before = q;
            q = parse(() -> before.key(k.substring(0, eq), k.substring(eq + 1)));
        }
        for (String k : returnKeys) {
            Query before = q;
            q = parse(() -> before.key(k, ""));
        }
        // The keys a viewer shows at each level, unless asked for already (PS3.4 C.6.1.1 / C.6.2.1 tables).
        return switch (lv) {
            case PATIENT -> q.returnKeys(Tags.PatientName, Tags.PatientID, Tags.PatientBirthDate);
            case STUDY -> q.returnKeys(Tags.PatientName, Tags.PatientID, Tags.StudyDate, Tags.AccessionNumber,
                    Tags.StudyDescription, Tags.ModalitiesInStudy);
            case SERIES -> q.returnKeys(Tags.Modality, Tags.SeriesNumber, Tags.SeriesDescription);
            case IMAGE -> q.returnKeys(Tags.SOPClassUID, Tags.InstanceNumber);
        };
    }

    private VerifyOptions verifyOptions() {
        return switch (verifyMode.toLowerCase(Locale.ROOT)) {
            case "bit-exact" -> VerifyOptions.bitExact();
            case "data-set" -> VerifyOptions.dataSet();
            case "attributes" -> VerifyOptions.attributes();
            default -> throw new ParameterException(spec.commandLine(), "--verify-mode '" + verifyMode + "' is not "
                    + "bit-exact, data-set or attributes");
        };
    }

    private static void printMatches(PrintStream out, QueryResult result) {
        out.println(result.summary());
        int n = 0;
        for (Dataset match : result.matches()) {
            n++;
            StringBuilder sb = new StringBuilder(String.format("%4d", n));
            for (DataElement e : match) {
                if (e.tag() == Tags.QueryRetrieveLevel || e.tag() == Tags.SpecificCharacterSet || !e.vr().isString()) {
                    continue;
                }
                String v = match.getString(e.tag(), "");
                if (!v.isEmpty()) {
                    sb.append("  ").append(ElementDictionary.standard().keywordOf(e.tag())).append('=').append(v);
                }
            }
            out.println(sb);
        }
    }

    private static void printRetrieve(PrintStream out, RetrieveReport report, Path dir) {
        out.println(report.summary());
        for (ReceivedObject r : report.received()) {
            out.println("  " + r.sopInstanceUid() + "  " + r.transferSyntaxUid() + "  sha256 " + r.sha256()
                    .substring(0, 16) + "  " + dir.relativize(r.file()));
        }
        if (!report.received().isEmpty()) {
            out.println("objects written under " + dir);
        }
    }

    private <T> T parse(java.util.function.Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
