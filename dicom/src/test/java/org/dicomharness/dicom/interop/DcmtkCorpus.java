package org.dicomharness.dicom.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;

/**
 * Builds the corpus of DICOM files made by DCMTK that the interop tests read: runs the recipes of
 * {@code corpus.txt} (dump2dcm, dcmconv, dcmcjpeg, dcmcjpls, dcmcrle, img2dcm) in a directory, on the dump
 * texts kept next to it and on the pixel data {@link CorpusInputs} draws. Nothing binary is committed.
 */
final class DcmtkCorpus {

    private static final String RESOURCES = "/org/dicomharness/dicom/interop/";
    private static final String ENCODING_DIRECTIVE = "# encoding:";

    /** One corpus file and the command line that made it. */
    record Entry(String name, Path file, List<String> command) {

        String tool() {
            return command.get(0);
        }

        @Override
        public String toString() {
            return name + " (" + String.join(" ", command) + ")";
        }
    }

    private DcmtkCorpus() {
    }

    /** The recipes of {@code corpus.txt}, without running them. */
    static List<String[]> recipes() {
        List<String[]> recipes = new ArrayList<>();
        for (String line : resourceText("corpus.txt").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            recipes.add(trimmed.split("\\s+"));
        }
        return recipes;
    }

    /** The DCMTK programs the recipes run, so that a test can require them before building. */
    static Set<String> tools() {
        Set<String> tools = new TreeSet<>();
        for (String[] recipe : recipes()) {
            tools.add(recipe[1]);
        }
        return tools;
    }

    /** Makes every corpus file in {@code dir}; fails naming the recipe whose tool failed. */
    static List<Entry> build(Path dir) throws IOException {
        for (String tool : tools()) {
            Peers.require(tool, "dcmtk");
        }
        CorpusInputs.writeAll(dir);
        List<Entry> entries = new ArrayList<>();
        for (String[] recipe : recipes()) {
            String name = recipe[0];
            Path out = dir.resolve(name + ".dcm");
            List<String> command = new ArrayList<>();
            for (String arg : Arrays.asList(recipe).subList(1, recipe.length)) {
                if (arg.endsWith(".dump")) {
                    copyDump(arg, dir);
                }
                command.add(arg.equals("{out}") ? out.getFileName().toString() : arg);
            }
            ProcessRunner.Result result = ProcessRunner.run(dir, command);
            if (result.exitCode() != 0 || !Files.isRegularFile(out)) {
                throw new AssertionError("corpus file " + name + ": '" + String.join(" ", command) + "' exited with "
                        + result.exitCode() + "\n" + result.err());
            }
            entries.add(new Entry(name, out, List.copyOf(command)));
        }
        return entries;
    }

    /** Copies a dump text, re-encoded in the character set its "# encoding:" line names (else UTF-8). */
    private static void copyDump(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
            return;
        }
        String text = resourceText(name);
        Charset charset = StandardCharsets.UTF_8;
        for (String line : text.split("\n")) {
            if (line.startsWith(ENCODING_DIRECTIVE)) {
                charset = Charset.forName(line.substring(ENCODING_DIRECTIVE.length()).strip());
            }
        }
        if (!charset.newEncoder().canEncode(text)) {
            throw new AssertionError(name + " holds characters that " + charset + " cannot encode");
        }
        Files.write(target, text.getBytes(charset));
    }

    static String resourceText(String name) {
        try (InputStream in = DcmtkCorpus.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new AssertionError("test resource " + RESOURCES + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
