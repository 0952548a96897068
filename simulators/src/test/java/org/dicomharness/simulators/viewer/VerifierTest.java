package org.dicomharness.simulators.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.LengthEncoding;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.simulators.DatasetDigest;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each verdict of the verification, on files written here with one change each. */
class VerifierTest {

    @TempDir
    Path tmp;

    private Dataset ct;
    private ExpectedObject sent;

    @BeforeEach
    void writeSent() throws Exception {
        ct = new StudyGenerator(3).generate(0, List.of(ObjectKind.CT), 1, 1).instances().get(0);
        assertThat(SameDataSets.hasUndefinedLength(ct)).as("the generated CT has a sequence of undefined length")
                .isTrue();
        sent = ExpectedObject.ofFile(write("sent.dcm", ct, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                WriteOptions.defaults()));
    }

    private Path write(String name, Dataset ds, TransferSyntax ts, WriteOptions options) throws Exception {
        Path f = tmp.resolve(name);
        Part10Writer.write(f, ds, ts, options);
        return f;
    }

    private ReceivedObject received(Path f) throws Exception {
        DatasetDigest d = DatasetDigest.ofFile(f);
        Dataset ds = Part10Reader.read(f).dataset();
        return new ReceivedObject(ds.getString(Tags.SOPClassUID), ds.getString(Tags.SOPInstanceUID),
                d.transferSyntaxUid(), f, d.sha256(), d.bytes(), "PEER", null);
    }

    private InstanceVerdict verify(Path back, VerifyOptions options) throws Exception {
        VerificationReport r = Verifier.verify(List.of(sent), List.of(received(back)), options);
        assertThat(r.instances()).hasSize(1);
        return r.instances().get(0);
    }

    @Test
    void sameBytesAreIdentical() throws Exception {
        Path back = write("back.dcm", ct, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        InstanceVerdict v = verify(back, VerifyOptions.bitExact());
        assertThat(v.verdict()).isEqualTo(InstanceVerdict.Verdict.IDENTICAL);
        assertThat(v.receivedSha256()).isEqualTo(sent.sha256());
    }

    @Test
    void definedLengthsAreTheSameContentButNotBitExact() throws Exception {
        Path back = write("back.dcm", ct, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                WriteOptions.defaults().withLengths(LengthEncoding.DEFINED));
        InstanceVerdict v = verify(back, VerifyOptions.bitExact());
        assertThat(v.verdict()).isEqualTo(InstanceVerdict.Verdict.SAME_CONTENT);
        assertThat(v.receivedSha256()).isNotEqualTo(sent.sha256());
        assertThat(Verifier.verify(List.of(sent), List.of(received(back)), VerifyOptions.bitExact()).succeeded()).isFalse();
        assertThat(Verifier.verify(List.of(sent), List.of(received(back)), VerifyOptions.dataSet()).succeeded()).isTrue();
    }

    @Test
    void anotherSyntaxWithTheSameValuesIsEquivalent() throws Exception {
        Path back = write("back.dcm", ct, TransferSyntax.of("1.2.840.10008.1.2.2"), WriteOptions.defaults());
        InstanceVerdict v = verify(back, VerifyOptions.attributes());
        assertThat(v.verdict()).isEqualTo(InstanceVerdict.Verdict.EQUIVALENT);
        assertThat(v.differences()).isEmpty();
        assertThat(Verifier.verify(List.of(sent), List.of(received(back)), VerifyOptions.dataSet()).succeeded()).isFalse();
    }

    @Test
    void aChangedValueIsNamedPreciselyAndFails() throws Exception {
        Dataset changed = ct.copy();
        changed.setString(Tags.SeriesDescription, VR.LO, "Edited by the archive");
        changed.setInt(Tags.Rows, VR.US, ct.getInt(Tags.Rows, 0));
        byte[] pixels = changed.getBytes(Tags.PixelData);
        pixels[10] ^= 1;
        changed.setBytes(Tags.PixelData, VR.OW, pixels);
        InstanceVerdict v = verify(write("back.dcm", changed, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                WriteOptions.defaults()), VerifyOptions.attributes());
        assertThat(v.verdict()).isEqualTo(InstanceVerdict.Verdict.DIFFERENT);
        assertThat(v.differences()).extracting(AttributeDifference::path)
                .containsExactly("(0008,103E) SeriesDescription", "(7FE0,0010) PixelData");
        assertThat(v.differences().get(0).sent()).isEqualTo(ct.getString(Tags.SeriesDescription));
        assertThat(v.differences().get(0).received()).isEqualTo("Edited by the archive");
        assertThat(v.differences().get(0).kind()).isEqualTo(AttributeDifference.Kind.CHANGED);
    }

    @Test
    void coercedPatientIdentityIsAllowedInAttributeModeOnly() throws Exception {
        Dataset coerced = ct.copy();
        coerced.setString(Tags.PatientID, VR.LO, "MERGED-1");
        Dataset original = coerced.newSequence(Tags.OriginalAttributesSequence).addItem();
        original.setString(Tags.ReasonForTheAttributeModification, VR.CS, "COERCE");
        Path back = write("back.dcm", coerced, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        InstanceVerdict v = verify(back, VerifyOptions.attributes());
        assertThat(v.verdict()).isEqualTo(InstanceVerdict.Verdict.EQUIVALENT);
        assertThat(v.differences()).hasSize(2).allMatch(AttributeDifference::allowed);
        assertThat(v.differences()).anySatisfy(d -> {
            assertThat(d.path()).isEqualTo("(0400,0561) OriginalAttributesSequence");
            assertThat(d.kind()).isEqualTo(AttributeDifference.Kind.ADDED);
        });
        InstanceVerdict strict = verify(back, VerifyOptions.attributes(List.of()));
        assertThat(strict.verdict()).isEqualTo(InstanceVerdict.Verdict.DIFFERENT);
        assertThat(strict.disallowed()).hasSize(2);
    }

    @Test
    void aChangeInsideASequenceItemShowsItsPath() throws Exception {
        Dataset changed = ct.copy();
        String seq = null;
        for (var e : changed) {
            if (e.value() instanceof org.dicomharness.dicom.data.Sequence s && !s.isEmpty()
                    && s.get(0).contains(Tags.CodeMeaning)) {
                s.get(0).setString(Tags.CodeMeaning, VR.LO, "Changed meaning");
                seq = org.dicomharness.dicom.Tag.format(e.tag());
                break;
            }
        }
        assertThat(seq).as("the generated CT has a code sequence").isNotNull();
        InstanceVerdict v = verify(write("back.dcm", changed, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                WriteOptions.defaults()), VerifyOptions.attributes());
        assertThat(v.differences()).singleElement().satisfies(d -> {
            assertThat(d.path()).endsWith("[1] > (0008,0104) CodeMeaning");
            assertThat(d.received()).isEqualTo("Changed meaning");
        });
    }

    @Test
    void missingAndUnexpectedInstances() throws Exception {
        Dataset other = new StudyGenerator(4).generate(0, List.of(ObjectKind.CT), 1, 1).instances().get(0);
        Path back = write("other.dcm", other, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        VerificationReport r = Verifier.verify(List.of(sent), List.of(received(back)), VerifyOptions.attributes());
        assertThat(r.succeeded()).isFalse();
        assertThat(r.count(InstanceVerdict.Verdict.MISSING)).isEqualTo(1);
        assertThat(r.count(InstanceVerdict.Verdict.UNEXPECTED)).isEqualTo(1);
        assertThat(Verifier.verify(List.of(), List.of(), VerifyOptions.dataSet()).succeeded()).isFalse();
    }
}
