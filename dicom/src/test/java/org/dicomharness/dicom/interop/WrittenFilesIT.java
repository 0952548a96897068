package org.dicomharness.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.data.Value;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dump.DatasetDumper;
import org.dicomharness.dicom.interop.Dciodvfy.Finding;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.LengthEncoding;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files written by our {@link Part10Writer}, in every syntax it writes and with defined and undefined sequence
 * and item lengths, are read by DCMTK's dcmdump without a warning and with the same elements we wrote, and
 * dicom3tools' dciodvfy finds no PS3.5 encoding error in them (dciodvfy cannot read Deflated Explicit VR Little
 * Endian: PEERS.md). The data sets come from the DCMTK corpus: four Secondary Capture images complete for their
 * IOD (so dciodvfy must find no error at all), extended with sequences nested three levels deep; the every-VR
 * data set (a Hanging Protocol that is not complete for its IOD, so only encoding findings count); and the
 * encapsulated files, whose fragments we copy into files of our own, one with an Extended Offset Table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WrittenFilesIT {

    /** Sources complete for their IOD: dciodvfy must report no error of any kind. */
    private static final Set<String> IOD_COMPLETE = Set.of("ct16-ele", "ct12-ele", "mf8-ele", "rgb8-ele",
            "ct16-jpeg-sv1", "ct16-jpeg-sv1-frags", "ct16-jpeg-p14", "ct16-jpls", "ct16-rle", "ct12-jpeg-extended",
            "ct12-jpls-near", "mf8-jpeg-baseline-nobot", "mf8-rle", "mf8-jpls-nobot", "rgb8-jpeg-baseline",
            "rgb8-rle", "eot-rle");
    private static final List<String> NATIVE_SOURCES = List.of("ct16-ele", "ct12-ele", "mf8-ele", "rgb8-ele",
            "vrs-ele", "latin1-ele");
    private static final List<String> ENCAPSULATED_SOURCES = List.of("ct16-jpeg-sv1", "ct16-jpeg-sv1-frags",
            "ct16-jpeg-p14", "ct16-jpls", "ct16-rle", "ct12-jpeg-extended", "ct12-jpls-near",
            "mf8-jpeg-baseline-nobot", "mf8-rle", "mf8-jpls-nobot", "rgb8-jpeg-baseline", "rgb8-rle", "eot-rle");
    private static final List<TransferSyntax> NATIVE_SYNTAXES = List.of(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
            TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);

    private Path dir;
    private final Map<String, Path> corpus = new TreeMap<>();
    private int written;
    private final Map<Dciodvfy.Kind, Integer> findings = new TreeMap<>();
    private final Set<String> iodErrors = new TreeSet<>();

    @BeforeAll
    void buildCorpus(@TempDir Path tempDir) throws IOException {
        Peers.require("dcmdump", "dcmtk");
        Peers.require("dciodvfy", "dicom3tools");
        dir = tempDir;
        for (DcmtkCorpus.Entry e : DcmtkCorpus.build(dir)) {
            corpus.put(e.name(), e.file());
        }
    }

    Stream<Arguments> nativeCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String source : NATIVE_SOURCES) {
            for (TransferSyntax syntax : NATIVE_SYNTAXES) {
                for (LengthEncoding lengths : List.of(LengthEncoding.DEFINED, LengthEncoding.UNDEFINED)) {
                    cases.add(Arguments.of(source, syntax, lengths));
                }
            }
        }
        return cases.stream();
    }

    Stream<Arguments> encapsulatedCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String source : ENCAPSULATED_SOURCES) {
            for (LengthEncoding lengths : List.of(LengthEncoding.DEFINED, LengthEncoding.UNDEFINED)) {
                cases.add(Arguments.of(source, lengths));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}, {2} lengths")
    @MethodSource("nativeCases")
    void nativeFilesWeWriteAreReadCleanly(String source, TransferSyntax syntax, LengthEncoding lengths)
            throws IOException {
        DicomFile original = Part10Reader.read(corpus.get(source));
        Dataset dataset = original.dataset().copy();
        if (IOD_COMPLETE.contains(source)) {
            addNestedSequences(dataset);
        }
        Path file = dir.resolve("ours-" + source + "-" + syntax.uid() + "-" + lengths + ".dcm");
        Part10Writer.write(file, dataset, syntax, WriteOptions.defaults().withLengths(lengths));
        check(source, file, dataset, syntax, lengths);
    }

    @ParameterizedTest(name = "{0}, {1} lengths")
    @MethodSource("encapsulatedCases")
    void encapsulatedFilesWeWriteAreReadCleanly(String source, LengthEncoding lengths) throws IOException {
        DicomFile original = Part10Reader.read(corpus.get(source));
        Dataset dataset = original.dataset().copy();
        addNestedSequences(dataset);
        if (dataset.getStrings(Tags.ImageType).length == 1) {
            // dcmcjpeg's lossy encoding leaves Image Type with the one value DERIVED; PS3.3 C.7.6.1 wants 2-n.
            dataset.setString(Tags.ImageType, "DERIVED", "SECONDARY");
        }
        Path file = dir.resolve("ours-" + source + "-" + lengths + ".dcm");
        Part10Writer.write(file, dataset, original.transferSyntax(), WriteOptions.defaults().withLengths(lengths));
        check(source, file, dataset, original.transferSyntax(), lengths);
    }

    /**
     * Our own Extended Offset Table (PS3.5 A.4, Table A.4-1): the RLE frames of mf8-rle with an empty Basic
     * Offset Table, written by us; DCMTK must read it without a word and decode every frame to the pixels it
     * started from.
     */
    @Test
    void extendedOffsetTableWeWriteIsReadAndDecodedByDcmtk() throws IOException {
        Peers.require("dcmdrle", "dcmtk");
        DicomFile rle = Part10Reader.read(corpus.get("mf8-rle"));
        Dataset dataset = rle.dataset().copy();
        Fragments source = (Fragments) dataset.get(Tags.PixelData).value();
        Fragments withEot = Fragments.withEmptyOffsetTable();
        List<Long> offsets = new ArrayList<>();
        List<Long> frameLengths = new ArrayList<>();
        long offset = 0;
        for (Value fragment : source.items().subList(1, source.size())) {
            withEot.add(fragment);
            offsets.add(offset);
            frameLengths.add(fragment.length());
            offset += 8 + fragment.length();
        }
        dataset.put(Tags.PixelData, VR.OB, withEot);
        dataset.put(Tags.ExtendedOffsetTable, VR.OV, ByteValue.wrap(littleEndian64(offsets)));
        dataset.put(Tags.ExtendedOffsetTableLengths, VR.OV, ByteValue.wrap(littleEndian64(frameLengths)));
        Path file = dir.resolve("ours-eot.dcm");
        Part10Writer.write(file, dataset, rle.transferSyntax(), WriteOptions.defaults());
        check("mf8-rle with Extended Offset Table", file, dataset, rle.transferSyntax(), LengthEncoding.PRESERVE);

        Path decoded = dir.resolve("ours-eot-decoded.dcm");
        ProcessRunner.run(dir, List.of("dcmdrle", file.toString(), decoded.toString())).check();
        byte[] pixels = Part10Reader.read(decoded).dataset().getBytes(Tags.PixelData);
        assertThat(pixels).as("frames DCMTK decoded from our file").isEqualTo(CorpusInputs.frames8());
    }

    /** The fragments we copy must still decode to the pixels DCMTK compressed. */
    @Test
    void jpegLosslessFragmentsWeCopyDecodeToTheOriginalPixels() throws IOException {
        Peers.require("dcmdjpeg", "dcmtk");
        DicomFile jpeg = Part10Reader.read(corpus.get("ct16-jpeg-sv1-frags"));
        assertThat(((Fragments) jpeg.dataset().get(Tags.PixelData).value()).size())
                .as("the source has several fragments per frame").isGreaterThan(2);
        Path file = dir.resolve("ours-jpeg-copy.dcm");
        Part10Writer.write(file, jpeg.dataset(), jpeg.transferSyntax(), WriteOptions.defaults());
        Path decoded = dir.resolve("ours-jpeg-decoded.dcm");
        ProcessRunner.run(dir, List.of("dcmdjpeg", file.toString(), decoded.toString())).check();
        assertThat(Part10Reader.read(decoded).dataset().getBytes(Tags.PixelData)).isEqualTo(CorpusInputs.signed16());
    }

    /** The classification of dciodvfy's findings must see encoding errors where there are some. */
    @Test
    void dciodvfyFindsTheEncodingErrorsOfABrokenFile() throws IOException {
        Dataset dataset = Part10Reader.read(corpus.get("ct16-ele")).dataset().copy();
        dataset.setString(Tags.StudyDate, VR.DA, "2024-1-1");
        Path file = dir.resolve("broken.dcm");
        Part10Writer.write(file, dataset, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        byte[] bytes = Files.readAllBytes(file);
        replaceFirst(bytes, new byte[] {0x10, 0x00, 0x10, 0x00, 'P', 'N'}, new byte[] {0x10, 0x00, 0x10, 0x00, 'L', 'O'});
        bytes[140] += 2; // (0002,0000) File Meta Information Group Length, first value byte
        Files.write(file, bytes);
        List<Finding> encoding = Dciodvfy.of(Dciodvfy.run(dir, file), Dciodvfy.Kind.ENCODING);
        assertThat(encoding).as("encoding findings in a file with a bad DA, a wrong VR and a wrong group length")
                .anyMatch(f -> f.line().contains("Value invalid for this VR"))
                .anyMatch(f -> f.line().contains("Explicit value representation doesn't match"))
                .anyMatch(f -> f.line().contains("Bad group length"));
    }

    @AfterAll
    void summary() {
        System.out.printf("files we wrote, checked by dcmdump and dciodvfy: %d; dciodvfy findings by kind: %s%n",
                written, findings);
        System.out.printf("dciodvfy errors (all IOD content, in sources not complete for their IOD):%n  %s%n",
                String.join("\n  ", iodErrors));
    }

    // ------------------------------------------------------------------ checks

    private void check(String source, Path file, Dataset dataset, TransferSyntax syntax, LengthEncoding lengths)
            throws IOException {
        written++;
        String what = source + " written by us as " + syntax.name() + " with " + lengths + " lengths";
        ProcessRunner.Result dcmdump = ProcessRunner.run(dir, List.of("dcmdump", "+L", "-Un", file.toString()));
        assertThat(dcmdump.exitCode()).as("%s: dcmdump exit code; stderr: %s", what, dcmdump.err()).isZero();
        assertThat(withoutCp246Notices(dcmdump.err(), dataset, syntax)).as("%s: dcmdump stderr", what).isEmpty();
        assertThat(dcmdump.out()).as("%s: dcmdump output", what).doesNotContain("W: ", "E: ");

        // DCMTK sees what we wrote: its listing equals ours of the file read back, and that equals the data set
        // we wrote, but for the recorded length encoding the writer was told to replace.
        DicomFile reread = Part10Reader.read(file);
        assertThat(reread.diagnostics()).as("%s: our reader's diagnostics", what).isEmpty();
        DatasetDumper dumper = new DatasetDumper(true);
        DumpListing theirs = DumpListing.parse(dcmdump.out(DumpListing.charsetOf(reread.dataset())));
        List<String> mismatches = new ArrayList<>(DumpComparison.compare(what, theirs.dataset(),
                DumpListing.parse(dumper.dump(reread.dataset())).dataset()).mismatches());
        mismatches.addAll(DumpComparison.compare(what + " meta", theirs.meta(),
                DumpListing.parse(dumper.dump(reread.fileMeta())).dataset()).mismatches());
        if (!mismatches.isEmpty()) {
            fail("dcmdump does not list what we wrote:\n" + String.join("\n", mismatches));
        }
        List<String> lost = new ArrayList<>();
        compareValues("", dataset, reread.dataset(), !syntax.explicitVR(), lost);
        assertThat(lost).as("%s: differences between the data set written and the one read back", what).isEmpty();

        if (syntax.deflated()) {
            return; // dciodvfy cannot read Deflated Explicit VR Little Endian (PEERS.md)
        }
        List<Finding> report = Dciodvfy.run(dir, file);
        report.forEach(f -> findings.merge(f.kind(), 1, Integer::sum));
        Dciodvfy.errors(report).forEach(f -> iodErrors.add(source.split(" ")[0] + ": " + f.line()));
        assertThat(Dciodvfy.of(report, Dciodvfy.Kind.ENCODING)).as("%s: dciodvfy encoding findings", what).isEmpty();
        if (IOD_COMPLETE.contains(source.split(" ")[0])) {
            assertThat(Dciodvfy.errors(report)).as("%s: dciodvfy errors (the source is complete for its IOD)", what)
                    .isEmpty();
        }
    }

    /**
     * Request Attributes (0040,0275) > Scheduled Protocol Code (0040,0008) > Protocol Context (0040,0440) >
     * Concept Name Code (0040,A043): four levels, all allowed in a Secondary Capture Image (PS3.3 C.7.3.1,
     * Table 10-9, Table 10-2).
     */
    static void addNestedSequences(Dataset dataset) {
        Sequence requests = dataset.newSequence(Tags.RequestAttributesSequence);
        Dataset request = requests.addItem();
        request.setString(Tags.RequestedProcedureID, "RP-0001");
        request.setString(Tags.ScheduledProcedureStepID, "SPS-0001");
        Dataset protocol = request.newSequence(Tags.ScheduledProtocolCodeSequence).addItem();
        code(protocol, "P-1", "Harness protocol");
        Dataset context = protocol.newSequence(Tags.ProtocolContextSequence).addItem();
        context.setString(Tags.ValueType, "TEXT");
        code(context.newSequence(Tags.ConceptNameCodeSequence).addItem(), "C-1", "Comment");
        context.setString(Tags.TextValue, VR.UT, "written by the harness");
    }

    private static void code(Dataset item, String value, String meaning) {
        item.setString(Tags.CodeValue, value);
        item.setString(Tags.CodingSchemeDesignator, "99HARNESS");
        item.setString(Tags.CodeMeaning, meaning);
    }

    /**
     * The data set read back must hold the values written, byte for byte, in the same structure. In Implicit VR
     * the file carries no VR, so there (and only there) a private element comes back as UN (PS3.5 6.2.2), Pixel
     * Data as OW (PS3.5 A.1: OB or OW is read as OW), and a private sequence of defined length as the UN bytes
     * of its items, which is all any reader without the private dictionary can see (dcmdump shows the same).
     */
    private static void compareValues(String path, Dataset written, Dataset read, boolean implicit, List<String> out) {
        List<Integer> writtenTags = written.elements().stream().map(DataElement::tag).toList();
        List<Integer> readTags = read.elements().stream().map(DataElement::tag).toList();
        if (!writtenTags.equals(readTags)) {
            out.add(path + ": tags written " + hex(writtenTags) + " vs read " + hex(readTags));
            return;
        }
        for (DataElement w : written) {
            DataElement r = read.get(w.tag());
            String where = path + Tag.format(w.tag());
            boolean privateTag = Tag.isPrivate(w.tag());
            boolean vrMayChange = implicit && (privateTag && r.vr() == VR.UN
                    || w.tag() == Tags.PixelData && w.vr() == VR.OB && r.vr() == VR.OW);
            if (w.vr() != r.vr() && !vrMayChange && !(w.value() instanceof Sequence && r.value() instanceof Sequence)) {
                out.add(where + ": VR written " + w.vr() + " vs read " + r.vr());
            } else if (w.value() instanceof Sequence ws && r.value() instanceof Sequence rs) {
                if (ws.size() != rs.size()) {
                    out.add(where + ": " + ws.size() + " items written vs " + rs.size() + " read");
                    continue;
                }
                for (int i = 0; i < ws.size(); i++) {
                    compareValues(where + "[" + (i + 1) + "]/", ws.get(i), rs.get(i), implicit, out);
                }
            } else if (w.value() instanceof Sequence && implicit && privateTag && r.value() instanceof ByteValue) {
                continue; // a private sequence of defined length, seen as UN bytes (see above)
            } else if (w.value() instanceof Fragments wf && r.value() instanceof Fragments rf) {
                if (!wf.items().equals(rf.items())) {
                    out.add(where + ": fragments differ");
                }
            } else if (!w.value().equals(r.value())) {
                out.add(where + ": value written " + w.value() + " vs read " + r.value());
            }
        }
    }

    private static String hex(List<Integer> tags) {
        return tags.stream().map(Tag::format).toList().toString();
    }

    /**
     * A private sequence written in Implicit VR with undefined length makes dcmdump say "Found element (0009,1005)
     * with VR UN and undefined length, reading a sequence with transfer syntax LittleEndianImplicit (CP-246)".
     * That is DCMTK noting that its dictionary does not know the element and that it reads it as a sequence,
     * which is what PS3.5 7.5 and 6.2.2 prescribe for it; the file is as it should be (and undefined length is
     * what lets a reader without the private dictionary find the items at all). Only that notice, on a private
     * sequence we wrote in Implicit VR, is taken out of dcmdump's stderr.
     */
    private static String withoutCp246Notices(String stderr, Dataset dataset, TransferSyntax syntax) {
        if (syntax.explicitVR()) {
            return stderr;
        }
        StringBuilder rest = new StringBuilder();
        Pattern notice = Pattern.compile(
                "W: Found element \\(([0-9a-f]{4}),([0-9a-f]{4})\\) with VR UN and undefined length, reading a sequence "
                + "with transfer syntax LittleEndianImplicit \\(CP-246\\)");
        for (String line : stderr.split("\n")) {
            Matcher m = notice.matcher(line.strip());
            boolean privateSequence = m.matches() && isPrivateSequence(dataset,
                    (Integer.parseInt(m.group(1), 16) << 16) | Integer.parseInt(m.group(2), 16));
            if (!line.isBlank() && !privateSequence) {
                rest.append(line).append('\n');
            }
        }
        return rest.toString();
    }

    private static boolean isPrivateSequence(Dataset dataset, int tag) {
        DataElement e = dataset.get(tag);
        return Tag.isPrivate(tag) && e != null && e.value() instanceof Sequence;
    }

    private static byte[] littleEndian64(List<Long> values) {
        ByteBuffer buf = ByteBuffer.allocate(values.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        values.forEach(buf::putLong);
        return buf.array();
    }

    private static void replaceFirst(byte[] bytes, byte[] what, byte[] with) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (bytes[i + k] != what[k]) {
                    continue outer;
                }
            }
            System.arraycopy(with, 0, bytes, i, with.length);
            return;
        }
        throw new AssertionError("byte pattern to replace not found");
    }
}
