package org.dicomharness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.validation.IodValidator;
import org.dicomharness.validation.ValidationReport;
import org.dicomharness.validation.Waivers;
import org.dicomharness.validation.report.FileResult;
import org.dicomharness.validation.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code harness validate FILE|DIR...}: checks DICOM files against the IOD of their SOP class (PS3.3). */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = {
    "Validate DICOM files against the IOD of their SOP class: modules, attribute Types at every level, VR/VM,",
    "value formats, enumerated values, functional groups, dose SR templates. Each finding cites its rule.",
    "Exit code 0 when every file passed, 1 when one has errors no waiver accepts, 2 when one could not be read."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "DICOM files, or folders searched recursively")
    List<Path> inputs;

    @Option(names = "--waivers", paramLabel = "FILE", description = "YAML file of accepted findings (rule, path, "
            + "optional sopClass and ae, reason)")
    Path waiversFile;

    @Option(names = "--format", paramLabel = "text|json|junit", defaultValue = "text",
            description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--info", description = "also list INFO findings (conditions not evaluated) in text output")
    boolean info;

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat;
        try {
            reportFormat = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("harness validate: --format must be text, json or junit, not '" + format + "'");
            return ExitCodes.UNREADABLE_INPUT;
        }
        Waivers waivers = Waivers.none();
        if (waiversFile != null) {
            try {
                waivers = Waivers.load(waiversFile);
            } catch (NoSuchFileException e) {
                System.err.println("harness validate: waiver file " + waiversFile + " does not exist");
                return ExitCodes.UNREADABLE_INPUT;
            } catch (IOException e) {
                System.err.println("harness validate: " + e.getMessage());
                return ExitCodes.UNREADABLE_INPUT;
            }
        }
        IodValidator validator = new IodValidator();
        List<FileResult> results = new ArrayList<>();
        for (Path file : files()) {
            results.add(validate(validator, waivers, file));
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        reportFormat.write(results, out, info);
        out.flush();
        if (results.stream().anyMatch(r -> !r.readable())) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        return results.stream().allMatch(FileResult::passed) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private static FileResult validate(IodValidator validator, Waivers waivers, Path file) {
        try {
            // Pixel Data and other large values stay in the file: their lengths are all the checks need.
            DicomFile dicom = Part10Reader.read(file, ReadOptions.defaults().withBulkData(BulkDataPolicy.REFERENCE)
                    .withBulkDataThreshold(64 * 1024));
            String sender = dicom.fileMeta().getString(Tags.SourceApplicationEntityTitle);
            ValidationReport report = validator.validate(dicom.dataset()).withWaivers(waivers, sender);
            return FileResult.of(file.toString(), report);
        } catch (NoSuchFileException e) {
            return FileResult.unreadable(file.toString(), "no such file");
        } catch (IOException | DicomDataException e) {
            return FileResult.unreadable(file.toString(), e.getMessage());
        }
    }
}
