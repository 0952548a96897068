package org.dicomharness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.dump.DatasetDumper;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.DicomParseException;
import org.dicomharness.dicom.io.ParseDiagnostic;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.dicom.json.JsonModelWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code harness dump FILE...}: lists every element of DICOM files, as text or as the DICOM JSON Model. */
@Command(name = "dump", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = {
    "List every data element of DICOM files, like dcmdump; with --json, the DICOM JSON Model (PS3.18 F.2).",
    "Exit code 0 when every file was read, 2 when one could not be read."})
final class DumpCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DICOM files (Part 10, or bare data sets)")
    List<Path> files;

    @Option(names = "--json", description = "write the DICOM JSON Model (binary values as InlineBinary)")
    boolean json;

    @Option(names = {"-L", "--all"}, description = "print long values whole instead of shortening them")
    boolean all;

    @Option(names = "--no-meta", description = "leave out the File Meta Information")
    boolean noMeta;

    @Option(names = "--lenient", description = "tolerate odd value lengths (reported as warnings)")
    boolean lenient;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int exit = ExitCodes.OK;
        for (Path file : files) {
            try {
                dump(file, out);
            } catch (NoSuchFileException e) {
                System.err.println("harness dump: " + file + ": no such file");
                exit = ExitCodes.UNREADABLE_INPUT;
            } catch (DicomParseException e) {
                System.err.println("harness dump: " + file + ": " + e.getMessage());
                exit = ExitCodes.UNREADABLE_INPUT;
            } catch (IOException | DicomDataException e) {
                System.err.println("harness dump: " + file + ": " + e.getMessage());
                exit = ExitCodes.UNREADABLE_INPUT;
            }
        }
        out.flush();
        return exit;
    }

    private void dump(Path file, PrintStream out) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory; give the files inside it");
        }
        ReadOptions options = ReadOptions.defaults().withBulkData(json ? BulkDataPolicy.LOAD : BulkDataPolicy.REFERENCE)
                .withBulkDataThreshold(64 * 1024).withLenient(lenient);
        DicomFile dicom = Part10Reader.read(file, options);
        if (json) {
            new JsonModelWriter(true).write(dicom.dataset(), out);
            out.println();
            return;
        }
        if (files.size() > 1) {
            out.println("# file: " + file);
        }
        for (ParseDiagnostic d : dicom.diagnostics()) {
            out.println("# warning: " + d);
        }
        DatasetDumper dumper = new DatasetDumper(all);
        if (!noMeta && !dicom.fileMeta().isEmpty()) {
            out.println("# Dicom-Meta-Information-Header");
            out.println("# Used TransferSyntax: Little Endian Explicit");
            out.print(dumper.dump(dicom.fileMeta()));
            out.println();
        }
        out.println("# Dicom-Data-Set");
        out.println("# Used TransferSyntax: " + dicom.transferSyntax().name());
        out.print(dumper.dump(dicom.dataset()));
    }
}
