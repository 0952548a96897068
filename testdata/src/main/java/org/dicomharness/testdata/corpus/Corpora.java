package org.dicomharness.testdata.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the negative-test and edge-case corpora to disk, each in its own folder with a machine-readable
 * {@code catalogue.yaml} naming every file and what it exercises (for the malformed corpus: the defect id,
 * its layer and the rule it breaks).
 */
public final class Corpora {

    /** The corpora by name. */
    public enum Kind {
        MALFORMED, CHARSETS, VENDOR_QUIRKS;

        public String folder() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private Corpora() {
    }

    /** Writes {@code kind} under {@code dir/<kind>} and returns the files written (catalogue last). */
    public static List<Path> write(Path dir, Kind kind, long seed) throws IOException {
        Path folder = dir.resolve(kind.folder());
        Files.createDirectories(folder);
        List<CorpusFile> files = switch (kind) {
            case MALFORMED -> new MalformedCorpus(seed).files();
            case CHARSETS -> new CharacterSetCorpus(seed).files();
            case VENDOR_QUIRKS -> new VendorQuirkCorpus(seed).files();
        };
        List<Path> written = new ArrayList<>();
        List<Map<String, String>> catalogue = new ArrayList<>();
        for (CorpusFile f : files) {
            Path p = folder.resolve(f.fileName());
            Files.write(p, f.bytes());
            written.add(p);
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("file", f.fileName());
            if (kind == Kind.MALFORMED) {
                defectOf(f.fileName()).ifPresent(d -> {
                    entry.put("defect", d.id());
                    entry.put("layer", d.layer().name());
                    entry.put("rule", d.rule());
                });
            }
            entry.put("description", f.description());
            catalogue.add(entry);
        }
        Path yaml = folder.resolve("catalogue.yaml");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("corpus", kind.folder());
        root.put("seed", seed);
        root.put("files", catalogue);
        new ObjectMapper(new YAMLFactory()).writeValue(yaml.toFile(), root);
        written.add(yaml);
        return written;
    }

    private static java.util.Optional<Defect> defectOf(String fileName) {
        for (Defect d : Defect.values()) {
            if (fileName.endsWith("-" + d.id() + ".dcm")) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }
}
