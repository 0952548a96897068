package org.dicomharness.simulators.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.LengthEncoding;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.simulators.modality.Sendable;
import org.dicomharness.simulators.modality.SentObject;

/**
 * The assertion the retrieve tests share: every object sent came back as the same data set. DCMTK-based peers
 * (dcmqrscp, Orthanc) send a stored object by writing it again with sequences and items of explicit length, so an
 * object that had a sequence of undefined length comes back with other bytes but the same canonical SHA-256
 * (SAME_CONTENT); every other object (the generated ones: their lengths are defined) must come back bit-identical,
 * with the very SHA-256 the modality sent.
 */
final class SameDataSets {

    private SameDataSets() {
    }

    static void assertSame(List<SentObject> sent, VerificationReport v) {
        assertThat(sent).as("objects sent").isNotEmpty();
        assertThat(v.succeeded()).as(v.summary()).isTrue();
        assertThat(v.instances()).hasSize(sent.size());
        for (SentObject o : sent) {
            InstanceVerdict iv = v.instance(o.sopInstanceUid()).orElseThrow();
            assertThat(iv.receivedSyntax()).isEqualTo(o.negotiatedSyntax());
            if (hasUndefinedLength(load(o))) {
                assertThat(iv.verdict()).as(iv.toString()).isIn(InstanceVerdict.Verdict.IDENTICAL,
                        InstanceVerdict.Verdict.SAME_CONTENT);
            } else {
                assertThat(iv.verdict()).as(iv.toString()).isEqualTo(InstanceVerdict.Verdict.IDENTICAL);
                assertThat(iv.receivedSha256()).isEqualTo(o.sha256());
            }
        }
    }

    private static Dataset load(SentObject o) {
        try {
            return o.sent().load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites the files in place with sequences and items of undefined length, as some modalities send them (the
     * generated files have defined lengths, see testdata's {@code DefinedLengths}): a DCMTK peer sends such an object
     * back with defined lengths, so it comes back with the same content but other bytes.
     */
    static void rewriteWithUndefinedLengths(List<Sendable> objects) throws IOException {
        for (Sendable s : objects) {
            Path file = ((Sendable.FileObject) s).path();
            DicomFile f = Part10Reader.read(file);
            Part10Writer.write(file, f.dataset(), f.transferSyntax(), WriteOptions.defaults()
                    .withLengths(LengthEncoding.UNDEFINED));
            assertThat(hasUndefinedLength(Part10Reader.read(file).dataset())).as(file + " has a sequence").isTrue();
        }
    }

    static boolean hasUndefinedLength(Dataset ds) {
        for (DataElement e : ds) {
            if (e.value() instanceof Sequence s) {
                if (s.hasUndefinedLength()) {
                    return true;
                }
                for (Dataset item : s) {
                    if (item.hasUndefinedLength() || hasUndefinedLength(item)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
