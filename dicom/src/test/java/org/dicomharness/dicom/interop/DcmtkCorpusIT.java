package org.dicomharness.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.BulkData;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.data.Value;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dump.DatasetDumper;
import org.dicomharness.dicom.interop.DcmtkCorpus.Entry;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.json.JsonModelWriter;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads a corpus of files made by DCMTK (see {@code corpus.txt}) and proves, file by file, that our reading
 * agrees with DCMTK's: {@code harness dump} lists every element dcmdump lists with the same tag, VR and value
 * (and nothing else), our DICOM JSON Model equals dcm2json's by meaning, and reading then writing a file with
 * {@link WriteOptions#defaults()} gives back the very same bytes.
 *
 * <p>What DCMTK 3.6.7's dcm2json does, found with this corpus: it leaves out group lengths (as F.2.2 asks) and
 * the File Meta Information (it writes that only with {@code +m}, "not conforming"); an empty value has no
 * "Value" (F.2.5) and an empty value among others is null; a person name loses trailing empty components and
 * empty component groups; AT is upper-case hexadecimal; SV and UV beyond 2^53 are strings, smaller ones numbers
 * (F.2.3 allows both); DS and IS are numbers written as they are in the file ({@code 1e3}, {@code 1.50}); OB,
 * OD, OF, OL, OV, OW and UN are InlineBinary, little endian whatever the file's byte order. Where it departs
 * from F.2 (Specific Character Set replaced, all-empty multi-values dropped, no encapsulated Pixel Data) the
 * comparison accepts exactly that and counts it: see {@link JsonComparison.Deviation}. What dcmdump shows
 * differently from PS3.5 is in {@link DumpComparison.Deviation}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DcmtkCorpusIT {

    /** Every transfer syntax the corpus must hold: all native ones and the encapsulated ones DCMTK can write. */
    private static final Set<String> REQUIRED_SYNTAXES = Set.of(
            TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid(),
            TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(),
            TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid(),
            TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.uid(),
            "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.53", "1.2.840.10008.1.2.4.55",
            "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81",
            "1.2.840.10008.1.2.5");

    private static final ReadOptions BULK_DATA_BY_REFERENCE = ReadOptions.defaults()
            .withBulkData(BulkDataPolicy.REFERENCE).withBulkDataThreshold(8);

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private Path dir;
    private List<Entry> corpus;
    private final Tally dumpTally = new Tally();
    private final Tally jsonTally = new Tally();
    private final List<String> roundTrips = new ArrayList<>();
    private final List<String> unpaddedDeflateStreams = new ArrayList<>();

    @BeforeAll
    void buildCorpus(@TempDir Path tempDir) throws IOException {
        Peers.require("dcmdump", "dcmtk");
        Peers.require("dcm2json", "dcmtk");
        Peers.require("dcmodify", "dcmtk");
        dir = tempDir;
        corpus = DcmtkCorpus.build(dir);
    }

    List<Entry> corpus() {
        return corpus;
    }

    @Test
    void corpusHoldsThirtyFilesInEverySyntaxFromEveryTool() throws IOException {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
        Set<String> syntaxes = new TreeSet<>();
        for (Entry e : corpus) {
            syntaxes.add(Part10Reader.read(e.file()).transferSyntax().uid());
        }
        assertThat(syntaxes).as("transfer syntaxes of the corpus").containsAll(REQUIRED_SYNTAXES);
        assertThat(corpus.stream().map(Entry::tool).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("dump2dcm", "dcmconv", "dcmcjpeg", "dcmcjpls", "dcmcrle", "img2dcm");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void harnessDumpAgreesWithDcmdump(Entry entry) throws IOException {
        // As harness dump reads: large values stay in the file (here every OB/OW/OF/... value of 8 bytes or more,
        // so that the dump of bulk data references, byte-swapped or not, is compared too).
        DicomFile file = Part10Reader.read(entry.file(), BULK_DATA_BY_REFERENCE);
        assertThat(file.diagnostics()).as("%s: our reader's diagnostics", entry.name()).isEmpty();
        DataElement pixels = file.dataset().get(Tags.PixelData);
        if (pixels != null && !file.transferSyntax().deflated()) {
            Value kept = pixels.value() instanceof Fragments f ? f.items().get(f.size() - 1) : pixels.value();
            assertThat(kept).as("%s: Pixel Data left in the file", entry.name()).isInstanceOf(BulkData.class);
        }

        ProcessRunner.Result dcmdump = ProcessRunner.run(dir, List.of("dcmdump", "+L", "-Un", entry.file().toString()))
                .check();
        DumpListing theirs = DumpListing.parse(dcmdump.out(DumpListing.charsetOf(file.dataset())));
        DatasetDumper dumper = new DatasetDumper(true);
        DumpListing oursMeta = DumpListing.parse(dumper.dump(file.fileMeta()));
        DumpListing oursData = DumpListing.parse(dumper.dump(file.dataset()));

        DumpComparison.Result meta = DumpComparison.compare(entry.name() + " meta", theirs.meta(), oursMeta.dataset());
        DumpComparison.Result data = DumpComparison.compare(entry.name(), theirs.dataset(), oursData.dataset());
        dumpTally.add(meta.elements() + data.elements(), meta.fragments() + data.fragments(), meta.deviations());
        dumpTally.add(0, 0, data.deviations());
        List<String> mismatches = new ArrayList<>(meta.mismatches());
        mismatches.addAll(data.mismatches());
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " difference(s) between dcmdump and harness dump:\n" + String.join("\n", mismatches));
        }
        assertThat(data.elements()).as("%s: elements compared", entry.name()).isGreaterThan(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void harnessJsonAgreesWithDcm2json(Entry entry) throws IOException {
        DicomFile file = Part10Reader.read(entry.file());
        ObjectNode ours = (ObjectNode) json.readTree(new JsonModelWriter(false).write(file.dataset()));

        Path input = entry.file();
        Map<JsonComparison.Deviation, Integer> accepted = new EnumMap<>(JsonComparison.Deviation.class);
        if (file.dataset().get(Tags.PixelData) != null && file.dataset().get(Tags.PixelData).value() instanceof Fragments) {
            input = dir.resolve(entry.name() + "-without-pixel-data.dcm");
            Files.copy(entry.file(), input);
            ProcessRunner.run(dir, List.of("dcmodify", "-nb", "-ea", "(7fe0,0010)", input.toString())).check();
            ours.remove(String.format("%08X", Tags.PixelData));
            accepted.put(JsonComparison.Deviation.DCMTK_NO_ENCAPSULATED_PIXEL_DATA, 1);
        }
        ProcessRunner.Result dcm2json = ProcessRunner.run(dir, List.of("dcm2json", input.toString())).check();
        JsonNode theirs = json.readTree(dcm2json.out(StandardCharsets.UTF_8));

        JsonComparison.Result result = JsonComparison.compare(entry.name(), theirs, ours,
                !file.transferSyntax().explicitVR(), accepted);
        jsonTally.addJson(result.attributes(), result.deviations());
        if (!result.mismatches().isEmpty()) {
            fail(result.mismatches().size() + " difference(s) between dcm2json and harness dump --json:\n"
                    + String.join("\n", result.mismatches()));
        }
    }

    /**
     * Read with {@link Part10Reader}, write with {@link Part10Writer} and {@link WriteOptions#defaults()} (lengths
     * as read): the bytes must be those of the file. One kind of DCMTK file cannot come back identical, because
     * it is not canonical: DCMTK 3.6.7 leaves a deflate stream of odd length unpadded, where PS3.5 A.5 requires
     * "a single trailing NULL byte"; our writer adds that byte, and nothing else may differ.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readThenWriteGivesTheSameBytes(Entry entry) throws IOException {
        byte[] original = Files.readAllBytes(entry.file());
        DicomFile file = Part10Reader.read(entry.file());
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length);
        Part10Writer.write(out, file.preamble(), file.fileMeta(), file.dataset(), file.transferSyntax(),
                WriteOptions.defaults());
        byte[] written = out.toByteArray();

        // The same with large values left in the file and copied from it while writing (streaming).
        DicomFile referenced = Part10Reader.read(entry.file(), BULK_DATA_BY_REFERENCE);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream(original.length);
        Part10Writer.write(streamed, referenced.preamble(), referenced.fileMeta(), referenced.dataset(),
                referenced.transferSyntax(), WriteOptions.defaults());
        assertThat(firstDifference(written, streamed.toByteArray()))
                .as("%s: first byte where writing from bulk data references differs from writing loaded values",
                        entry.name()).isEqualTo(-1);

        if (file.transferSyntax().deflated() && written.length == original.length + 1
                && (original.length - file.datasetOffset()) % 2 == 1) {
            assertThat(Arrays.copyOf(written, original.length)).as("%s: all but the A.5 padding byte", entry.name())
                    .isEqualTo(original);
            assertThat(written[original.length]).as("%s: the A.5 padding byte", entry.name()).isZero();
            unpaddedDeflateStreams.add(entry.name());
            return;
        }
        int at = firstDifference(original, written);
        assertThat(at).as("%s (%s): first differing byte of %d read and %d written", entry.name(),
                file.transferSyntax().name(), original.length, written.length).isEqualTo(-1);
        roundTrips.add(entry.name());
    }

    @AfterAll
    void summary() {
        System.out.printf("DCMTK corpus: %d files in %s%n", corpus == null ? 0 : corpus.size(), dir);
        System.out.printf("dcmdump agreement: %d elements and %d fragments compared; accepted deviations %s%n",
                dumpTally.elements, dumpTally.fragments, dumpTally.deviations);
        System.out.printf("dcm2json agreement: %d attributes compared; accepted deviations %s%n",
                jsonTally.elements, jsonTally.jsonDeviations);
        System.out.printf("bit-identical round trips: %d; odd deflate stream padded per PS3.5 A.5: %s%n",
                roundTrips.size(), unpaddedDeflateStreams);
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    /** Running totals for the summary. */
    private static final class Tally {
        int elements;
        int fragments;
        final Map<DumpComparison.Deviation, Integer> deviations = new EnumMap<>(DumpComparison.Deviation.class);
        final Map<JsonComparison.Deviation, Integer> jsonDeviations = new EnumMap<>(JsonComparison.Deviation.class);

        synchronized void add(int e, int f, Map<DumpComparison.Deviation, Integer> d) {
            elements += e;
            fragments += f;
            d.forEach((k, v) -> deviations.merge(k, v, Integer::sum));
        }

        synchronized void addJson(int e, Map<JsonComparison.Deviation, Integer> d) {
            elements += e;
            d.forEach((k, v) -> jsonDeviations.merge(k, v, Integer::sum));
        }
    }
}
