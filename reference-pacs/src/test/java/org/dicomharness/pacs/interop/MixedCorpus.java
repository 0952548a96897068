package org.dicomharness.pacs.interop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.testdata.GeneratedCorpus;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;
import org.dicomharness.testdata.WrittenFile;
import org.dicomharness.testdata.syntax.OutputSyntax;

/**
 * One study per transfer syntax the generators produce (implicit, explicit LE and BE, deflated, RLE, JPEG Baseline,
 * JPEG 2000, and JPEG Lossless SV1 / JPEG-LS through DCMTK's encoders), each with a CT, MR, multi-frame US, SC, SR
 * and encapsulated PDF object. Objects a syntax cannot hold (no Pixel Data, 16-bit samples for JPEG Baseline) are
 * written in Explicit VR Little Endian, as {@link WrittenFile#note()} says. Files are in storescu's wire encoding
 * ({@link WireEncoding}), so their data set bytes are the bytes that go on the wire.
 *
 * @param dir   where the files are, one folder per syntax
 * @param files every file written, in study order
 */
record MixedCorpus(Path dir, List<WrittenFile> files) {

    static final long SEED = 20240415L;
    static final List<ObjectKind> KINDS = List.of(ObjectKind.CT, ObjectKind.MR, ObjectKind.US_MULTIFRAME,
            ObjectKind.SC, ObjectKind.SR, ObjectKind.PDF);

    static MixedCorpus write(Path dir) throws IOException {
        Peers.require("dcmcjpeg", "dcmtk");
        Peers.require("dcmcjpls", "dcmtk");
        StudyGenerator generator = new StudyGenerator(SEED);
        List<WrittenFile> files = new ArrayList<>();
        int study = 0;
        for (OutputSyntax syntax : OutputSyntax.values()) {
            files.addAll(GeneratedCorpus.writeStudy(dir.resolve(syntax.option()),
                    generator.generate(study++, KINDS, 1, 1), syntax, f -> { }));
        }
        for (WrittenFile f : files) {
            WireEncoding.rewriteAsStorescuSends(f.path());
        }
        return new MixedCorpus(dir, List.copyOf(files));
    }

    /** The files by SOP Instance UID. */
    Map<String, WrittenFile> bySopInstanceUid() throws IOException {
        Map<String, WrittenFile> out = new LinkedHashMap<>();
        for (WrittenFile f : files) {
            out.put(DataSets.header(f.path()).fileMeta().getString(Tags.MediaStorageSOPInstanceUID), f);
        }
        return out;
    }

    /** The Study Instance UIDs, one per syntax, in corpus order. */
    List<String> studyInstanceUids() {
        return files.stream().map(f -> f.source().getString(Tags.StudyInstanceUID)).distinct().toList();
    }

    /** The study written in {@code syntax}. */
    String studyInstanceUid(OutputSyntax syntax) {
        Path folder = dir.resolve(syntax.option());
        return files.stream().filter(f -> f.path().startsWith(folder)).findFirst()
                .map(f -> f.source().getString(Tags.StudyInstanceUID)).orElseThrow();
    }
}
