package org.dicomharness.pacs.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.DimseResult;
import org.dicomharness.dicom.net.dimse.CGetRsp;
import org.dicomharness.dicom.testing.QueryRetrieveScu;
import org.dicomharness.dicom.testing.TestScp;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C-GET sub-operations over the contexts the retriever accepted, on loopback with our SCU. */
class RetrieveScpTest {

    /**
     * A viewer that prefers JPEG Lossless proposes it first for every storage class, SR included, and the PACS
     * accepts the requestor's first choice. An SR has no Pixel Data, so its Explicit VR Little Endian data set is
     * also its encoding in any encapsulated syntax (PS3.5 A.4 encapsulates Pixel Data only): it must be sent over
     * that context as it is, not failed for want of a native one (it was: A702, 0 completed, 1 failed).
     */
    @Test
    void objectWithoutPixelDataGoesOverAnEncapsulatedContextAsItIs(@TempDir Path dir) throws Exception {
        PacsConfig config = PacsConfig.defaults(dir.resolve("pacs")).withPort(0).withMonitoringPort(-1).withFsync(false);
        try (ReferencePacs pacs = ReferencePacs.start(config, ArchivalValidator.NONE)) {
            Dataset sr = new Dataset();
            sr.setString(Tags.SOPClassUID, Uids.BasicTextSRStorage);
            sr.setString(Tags.SOPInstanceUID, "1.2.3.4.1");
            sr.setString(Tags.Modality, "SR");
            sr.setString(Tags.PatientID, "P1");
            sr.setString(Tags.StudyInstanceUID, "1.2.3.4");
            sr.setString(Tags.SeriesInstanceUID, "1.2.3.4.9");
            sr.setString(Tags.ValueType, "CONTAINER");
            assertThat(ArchiveFixture.store(pacs.archive(), sr, "LOADER").status()).isZero();
            StoredInstance stored = pacs.archive().index().current("1.2.3.4.1").orElseThrow();

            Path into = Files.createDirectories(dir.resolve("got"));
            List<TestScp.Stored> received = new ArrayList<>();
            Dataset keys = QueryRetrieveScu.identifier("STUDY", Map.of(Tags.StudyInstanceUID, "1.2.3.4"));
            DimseResult result = QueryRetrieveScu.get("127.0.0.1", pacs.port(), pacs.aeTitle(),
                    Uids.StudyRootQueryRetrieveInformationModelGet, keys, into, List.of(Uids.BasicTextSRStorage),
                    List.of(Uids.JPEGLosslessSV1), received);

            assertThat(result.status()).as("final C-GET status").isZero();
            assertThat(((CGetRsp) result.response()).subOperations().completed()).isEqualTo(1);
            assertThat(received).singleElement().satisfies(r -> {
                assertThat(r.transferSyntaxUid()).isEqualTo(Uids.JPEGLosslessSV1);
                assertThat(Files.readAllBytes(r.file())).as("the stored data set, byte for byte")
                        .isEqualTo(ArchiveFixture.encode(sr, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
            });
            assertThat(stored.transferSyntaxUid()).isEqualTo(Uids.ExplicitVRLittleEndian);
        }
    }
}
