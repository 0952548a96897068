package org.dicomharness.simulators.roundtrip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.simulators.DatasetDigest;
import org.dicomharness.simulators.modality.Sendable;
import org.dicomharness.simulators.viewer.ExpectedObject;
import org.dicomharness.testdata.GeneratedCorpus;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;
import org.dicomharness.testdata.TestStudy;
import org.dicomharness.testdata.WrittenFile;
import org.dicomharness.testdata.syntax.OutputSyntax;

/**
 * Every kind of object testdata generates ({@link ObjectKind}), one instance each, in one study per transfer syntax,
 * written exactly as {@code harness generate} writes them. The study index is the syntax's ordinal, so no UID is
 * shared between syntaxes and a peer stores each object once. A kind the syntax cannot hold (no Pixel Data to
 * compress; JPEG Baseline is 8-bit only) is not in that syntax's study: testdata would write it in Explicit VR Little
 * Endian, which the native study covers already; the reason is kept for the table.
 */
final class EveryKindCorpus {

    /** One generated file and the digest of its data set (PS3.10 7.1: what follows the File Meta Information). */
    record Entry(ObjectKind kind, OutputSyntax syntax, Path file, String sopClassUid, String sopInstanceUid,
                 DatasetDigest digest) {

        ExpectedObject expected() {
            return new ExpectedObject(sopInstanceUid, digest.transferSyntaxUid(), digest.sha256(),
                    () -> Part10Reader.read(file).dataset());
        }

        Sendable sendable() {
            return Sendable.file(file);
        }
    }

    private final Map<OutputSyntax, List<Entry>> entries;
    private final Map<OutputSyntax, Map<ObjectKind, String>> absent;
    private final Map<OutputSyntax, String> studies;

    private EveryKindCorpus(Map<OutputSyntax, List<Entry>> entries, Map<OutputSyntax, Map<ObjectKind, String>> absent,
                            Map<OutputSyntax, String> studies) {
        this.entries = entries;
        this.absent = absent;
        this.studies = studies;
    }

    static EveryKindCorpus write(Path dir, long seed, List<OutputSyntax> syntaxes) throws IOException {
        StudyGenerator generator = new StudyGenerator(seed);
        Map<OutputSyntax, List<Entry>> entries = new EnumMap<>(OutputSyntax.class);
        Map<OutputSyntax, Map<ObjectKind, String>> absent = new EnumMap<>(OutputSyntax.class);
        Map<OutputSyntax, String> studies = new EnumMap<>(OutputSyntax.class);
        for (OutputSyntax syntax : syntaxes) {
            TestStudy study = generator.generate(syntax.ordinal(), List.of(ObjectKind.values()), 1, 1);
            studies.put(syntax, study.studyInstanceUid());
            List<Entry> in = new ArrayList<>();
            Map<ObjectKind, String> out = new LinkedHashMap<>();
            for (WrittenFile f : GeneratedCorpus.writeStudy(dir.resolve(syntax.option()), study, syntax, w -> { })) {
                if (!f.inRequestedSyntax()) {
                    out.put(f.kind(), f.note());
                    continue;
                }
                DicomFile header = Part10Reader.read(f.path(), ReadOptions.defaults()
                        .withBulkData(BulkDataPolicy.STOP_BEFORE_PIXEL_DATA));
                in.add(new Entry(f.kind(), syntax, f.path(), header.dataset().getString(Tags.SOPClassUID),
                        header.dataset().getString(Tags.SOPInstanceUID), DatasetDigest.ofFile(f.path())));
            }
            entries.put(syntax, List.copyOf(in));
            absent.put(syntax, out);
        }
        return new EveryKindCorpus(entries, absent, studies);
    }

    List<OutputSyntax> syntaxes() {
        return List.copyOf(entries.keySet());
    }

    List<Entry> entries(OutputSyntax syntax) {
        return entries.get(syntax);
    }

    /** Kinds not in the syntax's study, with testdata's reason. */
    Map<ObjectKind, String> absent(OutputSyntax syntax) {
        return absent.get(syntax);
    }

    String studyInstanceUid(OutputSyntax syntax) {
        return studies.get(syntax);
    }

    List<Sendable> sendables(OutputSyntax syntax) {
        return entries(syntax).stream().map(Entry::sendable).toList();
    }

    List<ExpectedObject> expected(OutputSyntax syntax) {
        return entries(syntax).stream().map(Entry::expected).toList();
    }

    /** The distinct SOP Classes of the syntax's study, in kind order. */
    List<String> sopClasses(OutputSyntax syntax) {
        return entries(syntax).stream().map(Entry::sopClassUid).distinct().toList();
    }

    int size() {
        return entries.values().stream().mapToInt(List::size).sum();
    }
}
