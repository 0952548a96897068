package org.dicomharness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dicomharness.simulators.LocalAe;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.modality.AcquisitionSpec;
import org.dicomharness.simulators.modality.CommitmentOptions;
import org.dicomharness.simulators.modality.ModalityConfig;
import org.dicomharness.simulators.modality.ModalitySimulator;
import org.dicomharness.simulators.modality.ProposalPolicy;
import org.dicomharness.simulators.modality.SendOptions;
import org.dicomharness.simulators.modality.WorkflowPlan;
import org.dicomharness.simulators.modality.WorkflowResult;
import org.dicomharness.simulators.modality.WorklistQuery;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.syntax.OutputSyntax;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code harness modality}: runs the simulated modality's acquisition workflow against a target and prints one line
 * per step (IHE Scheduled Workflow: worklist, MPPS, storage, storage commitment).
 */
@Command(name = "modality", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = {
    "Act as an acquisition modality against TARGET: query the worklist (--worklist), report MPPS IN PROGRESS (--mpps),"
        + " send generated objects, MPPS COMPLETED or DISCONTINUED, request storage commitment (--commit) and wait "
        + "for the report; print the status of every step.",
    "Each of --worklist, --mpps and --commit uses TARGET, or the AET@host:port given to it.",
    "Example: harness modality REFPACS@127.0.0.1:11112 --modality CT --studies 1 --worklist --mpps --commit",
    "Exit code 0 when every step passed, 1 when one failed, 2 on a usage error."})
final class ModalityCommand implements Callable<Integer> {

    private static final String SAME = "TARGET";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET", description = "the Storage SCP, AET@host:port")
    String target;

    @Option(names = "--aet", defaultValue = "HARNESS_MOD", description = "our AE title: Calling AE, Performed Station "
            + "AE, and the AE the target sends commitment reports to (default: ${DEFAULT-VALUE})")
    String aeTitle;

    @Option(names = {"-m", "--modality"}, split = ",", paramLabel = "KIND", description = "what is acquired: "
            + "CT, MR, CR, DX, MG, US, NM, PT, ECG, SR, KO, SC, PDF, RDSR, ENHANCED-CT, ENHANCED-MR (default: CT)")
    List<String> modalities = new ArrayList<>(List.of("CT"));

    @Option(names = "--studies", defaultValue = "1", description = "procedures to perform: worklist items taken in "
            + "order, or unscheduled patients (default: ${DEFAULT-VALUE})")
    int studies;

    @Option(names = "--series", defaultValue = "1", description = "series of each kind (default: ${DEFAULT-VALUE})")
    int series;

    @Option(names = "--instances", defaultValue = "3", description = "instances per series (default: ${DEFAULT-VALUE})")
    int instances;

    @Option(names = "--syntax", defaultValue = "explicit", description = "transfer syntax of the objects: implicit, "
            + "explicit, big-endian, deflated, rle, jpeg-baseline, jpeg2000, jpeg-lossless, jpeg-ls "
            + "(default: ${DEFAULT-VALUE}); a refused compressed syntax falls back to native unless --no-fallback")
    String syntax;

    @Option(names = "--no-fallback", description = "do not fall back to another syntax when the object's is refused")
    boolean noFallback;

    @Option(names = "--worklist", arity = "0..1", fallbackValue = SAME, paramLabel = "AET@host:port",
            description = "query the Modality Worklist first (on TARGET unless given)")
    String worklist;

    @Option(names = "--station", paramLabel = "AE", description = "worklist: match Scheduled Station AE Title (the "
            + "default matches the step's Modality only)")
    String station;

    @Option(names = "--mpps", arity = "0..1", fallbackValue = SAME, paramLabel = "AET@host:port",
            description = "report the Performed Procedure Step (on TARGET unless given)")
    String mpps;

    @Option(names = "--discontinue", description = "end the step DISCONTINUED instead of COMPLETED")
    boolean discontinue;

    @Option(names = "--commit", arity = "0..1", fallbackValue = SAME, paramLabel = "AET@host:port",
            description = "request storage commitment (on TARGET unless given) and wait for the report")
    String commit;

    @Option(names = "--listen-port", defaultValue = "0", description = "port of our SCP for commitment reports on a "
            + "new association; the target must know our AE there (default: a free port, printed)")
    int listenPort;

    @Option(names = "--report-on-new-association", description = "release the N-ACTION association at once, so "
            + "that the report must come on a new association")
    boolean newAssociation;

    @Option(names = "--timeout", defaultValue = "30", description = "seconds to wait for the commitment report "
            + "(default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--associations", defaultValue = "1", description = "parallel storage associations "
            + "(default: ${DEFAULT-VALUE})")
    int associations;

    @Option(names = "--seed", description = "seed of the generated objects' UIDs and pixels (default: new each run)")
    Long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "keep the acquired files here (default: a "
            + "temporary folder, deleted afterwards)")
    Path out;

    @Option(names = "--trace", paramLabel = "FILE", description = "write the PDU trace of every association here")
    Path trace;

    @Override
    public Integer call() throws IOException {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Target storage = target(target);
        List<ObjectKind> kinds = kinds();
        OutputSyntax outputSyntax = parse(() -> OutputSyntax.parse(syntax));
        AcquisitionSpec acquisition = parse(() -> new AcquisitionSpec(kinds, series, instances, outputSyntax,
                seed != null ? seed : System.nanoTime()));
        LocalAe local = parse(() -> LocalAe.of(aeTitle));
        ProposalPolicy proposals = ProposalPolicy.defaults().withFallback(!noFallback);
        ModalityConfig config = parse(() -> ModalityConfig.of(aeTitle).withLocal(local).withProposals(proposals)
                .withListen("127.0.0.1", listenPort));
        if (studies < 1 || associations < 1 || timeout < 1) {
            throw new ParameterException(spec.commandLine(), "--studies, --associations and --timeout must be at "
                    + "least 1");
        }
        Path work = out != null ? Files.createDirectories(out) : Files.createTempDirectory("harness-modality");
        try (ModalitySimulator modality = new ModalitySimulator(config)) {
            CommitmentOptions commitmentOptions = CommitmentOptions.defaults().withTimeout(Duration.ofSeconds(timeout));
            if (newAssociation) {
                commitmentOptions = commitmentOptions.reportOnNewAssociation();
            }
            if (commit != null) {
                Target self = modality.startListener();
                stdout.println("listening for storage commitment reports as " + self);
            }
            WorklistQuery query = WorklistQuery.forModality(acquisition.modality());
            if (station != null) {
                query = query.withStationAeTitle(station);
            }
            WorkflowPlan plan = new WorkflowPlan(optional(worklist, storage), query, optional(mpps, storage), storage,
                    optional(commit, storage), acquisition, studies, discontinue,
                    SendOptions.defaults().withAssociations(associations), commitmentOptions, work);
            WorkflowResult result = modality.runWorkflow(plan);
            stdout.print(result.table());
            stdout.println(result.succeeded() ? "PASSED: every step succeeded" : "FAILED: " + result.summary());
            if (trace != null) {
                Files.writeString(trace, result.traces(), StandardCharsets.UTF_8);
                stdout.println("PDU traces written to " + trace);
            }
            if (out != null) {
                stdout.println("acquired files kept in " + out);
            }
            return result.succeeded() ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            if (out == null) {
                deleteTree(work);
            }
        }
    }

    private Target optional(String value, Target same) {
        if (value == null) {
            return null;
        }
        return value.equals(SAME) ? same : target(value);
    }

    private Target target(String text) {
        return parse(() -> Target.parse(text));
    }

    private List<ObjectKind> kinds() {
        Set<ObjectKind> kinds = new LinkedHashSet<>();
        for (String m : modalities) {
            kinds.addAll(parse(() -> ObjectKind.forOption(m)));
        }
        return List.copyOf(kinds);
    }

    private <T> T parse(java.util.function.Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
