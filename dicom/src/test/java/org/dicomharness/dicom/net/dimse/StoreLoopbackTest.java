package org.dicomharness.dicom.net.dimse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLoopbackTest {

    @TempDir
    Path tmp;

    @Test
    void filesStreamInTheirOwnSyntaxAndArriveBitForBit() throws Exception {
        TestImages.Ids ids = TestImages.Ids.fresh("P1", "Doe^Jane");
        List<TransferSyntax> syntaxes = List.of(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
                TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).start()) {
            AssociateRequestBuilder rq = AssociateRequestBuilder.of("HARNESS", scp.aeTitle());
            for (TransferSyntax ts : syntaxes) {
                rq.context(Uids.CTImageStorage, ts.uid());
            }
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", scp.port(), rq.build())) {
                for (TransferSyntax ts : syntaxes) {
                    ids = ids.nextInstance();
                    Path file = TestImages.write(tmp.resolve(ts.uid() + ".dcm"), TestImages.ct(ids, 128, 96), ts);
                    CStoreRsp rsp = client.store(file);
                    assertThat(rsp.status()).as(ts.name()).isZero();
                    TestScp.Stored got = scp.stored().get(scp.stored().size() - 1);
                    assertThat(got.transferSyntaxUid()).isEqualTo(ts.uid());
                    DicomFile sent = Part10Reader.read(file);
                    DicomFile received = Part10Reader.read(got.file());
                    assertThat(dataSetBytes(got.file(), received)).isEqualTo(dataSetBytes(file, sent));
                    assertThat(received.dataset().getString(Tags.SOPInstanceUID)).isEqualTo(ids.sopUid());
                }
            }
        }
    }

    @Test
    void inMemoryDataSetIsEncodedInTheAcceptedSyntax() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).start()) {
            var rq = AssociateRequestBuilder.of("HARNESS", scp.aeTitle())
                    .context(Uids.CTImageStorage, Uids.ExplicitVRBigEndian).build();
            Dataset ct = TestImages.ct(TestImages.Ids.fresh("P2", "Roe^Rick"), 32, 32);
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", scp.port(), rq)) {
                assertThat(client.store(ct).status()).isZero();
            }
            DicomFile received = Part10Reader.read(scp.stored().get(0).file());
            assertThat(received.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
            assertThat(received.dataset().getBytes(Tags.PixelData)).isEqualTo(ct.getBytes(Tags.PixelData));
        }
    }

    @Test
    void fileIsTranscodedBetweenNativeSyntaxesWhenItsOwnIsNotAccepted() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).start()) {
            var rq = AssociateRequestBuilder.of("HARNESS", scp.aeTitle())
                    .context(Uids.CTImageStorage, Uids.ImplicitVRLittleEndian).build();
            Dataset ct = TestImages.ct(TestImages.Ids.fresh("P3", "Poe^Pam"), 64, 64);
            Path file = TestImages.write(tmp.resolve("be.dcm"), ct, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", scp.port(), rq)) {
                assertThat(client.store(file).status()).isZero();
            }
            DicomFile received = Part10Reader.read(scp.stored().get(0).file());
            assertThat(received.transferSyntax()).isEqualTo(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
            assertThat(received.dataset().getBytes(Tags.PixelData)).isEqualTo(ct.getBytes(Tags.PixelData));
            assertThat(received.dataset().getString(Tags.PatientName)).isEqualTo("Poe^Pam");
        }
    }

    static byte[] dataSetBytes(Path file, DicomFile parsed) throws java.io.IOException {
        byte[] all = Files.readAllBytes(file);
        return java.util.Arrays.copyOfRange(all, (int) parsed.datasetOffset(), all.length);
    }
}
