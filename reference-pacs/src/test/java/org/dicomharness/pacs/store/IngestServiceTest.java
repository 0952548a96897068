package org.dicomharness.pacs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.config.DuplicatePolicy;
import org.dicomharness.pacs.config.IngestRules;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.PatientConflictPolicy;
import org.dicomharness.pacs.config.ValidationPolicy;
import org.dicomharness.pacs.index.InstanceState;
import org.dicomharness.pacs.index.PacsEvent;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.query.Identifiers;
import org.dicomharness.pacs.query.InformationModel;
import org.dicomharness.pacs.query.QueryLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {

    @TempDir
    Path dir;

    private static Dataset object(String sopUid, String patientId, String study, String description) {
        return ArchiveFixture.secondaryCapture(sopUid, patientId, study, description);
    }

    private Archive open(IngestRules defaults) throws IOException {
        return Archive.open(PacsConfig.defaults(dir).withFsync(false).withDefaults(defaults), ArchivalValidator.NONE);
    }

    @Test
    void storesTheReceivedBytesUnchangedAndIndexesThem() throws IOException {
        try (Archive archive = ArchiveFixture.open(dir)) {
            Dataset ds = object("1.2.3.1", "P1", "1.2.3", "first");
            byte[] sent = ArchiveFixture.encode(ds, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
            StoreOutcome outcome = ArchiveFixture.store(archive, ds, "MODALITY", TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
            assertThat(outcome.status()).isEqualTo(StoreOutcome.SUCCESS);
            Path file = archive.store().resolve(outcome.storedPath());
            DicomFile stored = Part10Reader.read(file);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(Arrays.copyOfRange(bytes, (int) stored.datasetOffset(), bytes.length)).isEqualTo(sent);
            assertThat(stored.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
            assertThat(stored.fileMeta().getString(Tags.SourceApplicationEntityTitle)).isEqualTo("MODALITY");
            StoredInstance row = archive.index().current("1.2.3.1").orElseThrow();
            assertThat(row.receivedFromAe()).isEqualTo("MODALITY");
            assertThat(row.fileSize()).isEqualTo(bytes.length);
            assertThat(row.sha256()).hasSize(64);
            assertThat(outcome.storedPath()).isEqualTo("objects/1.2.3/1.2.3.1/1.2.3.1.dcm");
            assertThat(archive.store().leftoverIncomingFiles()).isEmpty();
        }
    }

    @Test
    void identicalDuplicateSucceedsWithoutASecondCopy() throws IOException {
        try (Archive archive = ArchiveFixture.open(dir)) {
            Dataset ds = object("1.2.3.1", "P1", "1.2.3", "first");
            assertThat(ArchiveFixture.store(archive, ds, "A").status()).isZero();
            StoreOutcome again = ArchiveFixture.store(archive, ds, "B");
            assertThat(again.status()).isZero();
            assertThat(again.storedPath()).isNull();
            assertThat(archive.index().all()).hasSize(1);
            assertThat(archive.store().objectFiles()).hasSize(1);
            assertThat(archive.events().recent(5, PacsEvent.Kind.DUPLICATE_IDENTICAL)).singleElement()
                    .satisfies(e -> assertThat(e.callingAe()).isEqualTo("B"));
        }
    }

    @Test
    void differentContentUnderAKnownUidIsRejectedByDefault() throws IOException {
        try (Archive archive = ArchiveFixture.open(dir)) {
            assertThat(ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "first"), "A").status()).isZero();
            StoreOutcome outcome = ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "changed"), "A");
            assertThat(outcome.status()).isEqualTo(StoreOutcome.DUPLICATE_SOP_INSTANCE);
            assertThat(outcome.errorComment()).startsWith("stored with other content: 1.2.3.1");
            assertThat(archive.index().all()).singleElement().satisfies(r -> assertThat(r.version()).isEqualTo(1));
            assertThat(archive.store().objectFiles()).hasSize(1);
            assertThat(archive.store().leftoverIncomingFiles()).isEmpty();
            assertThat(archive.events().recent(5, PacsEvent.Kind.DUPLICATE_REJECTED)).hasSize(1);
        }
    }

    @Test
    void overwriteReplacesTheObject() throws IOException {
        try (Archive archive = open(new IngestRules(DuplicatePolicy.OVERWRITE, null, null))) {
            StoreOutcome first = ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "first"), "A");
            StoreOutcome second = ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "changed"), "A");
            assertThat(second.status()).isZero();
            assertThat(Files.exists(archive.store().resolve(first.storedPath()))).isFalse();
            assertThat(archive.index().all()).singleElement()
                    .satisfies(r -> assertThat(r.state()).isEqualTo(InstanceState.ACTIVE));
            assertThat(Part10Reader.read(archive.store().resolve(second.storedPath())).dataset()
                    .getString(Tags.StudyDescription)).isEqualTo("changed");
        }
    }

    @Test
    void keepBothVersionsAndShowsTheNewest() throws IOException {
        try (Archive archive = open(new IngestRules(DuplicatePolicy.KEEP_BOTH, null, null))) {
            ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "first"), "A");
            StoreOutcome second = ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "changed"), "A");
            assertThat(second.status()).isZero();
            assertThat(second.storedPath()).endsWith("1.2.3.1.v2.dcm");
            assertThat(archive.index().all()).extracting(StoredInstance::state)
                    .containsExactly(InstanceState.SUPERSEDED, InstanceState.ACTIVE);
            assertThat(archive.store().objectFiles()).hasSize(2);
            assertThat(archive.queries().retrieve(InformationModel.STUDY_ROOT,
                    Identifiers.of(QueryLevel.STUDY, Map.of("StudyInstanceUID", "1.2.3"))))
                    .singleElement().satisfies(r -> assertThat(r.version()).isEqualTo(2));
        }
    }

    @Test
    void rulesCanDifferPerCallingAe() throws IOException {
        PacsConfig config = PacsConfig.defaults(dir).withFsync(false)
                .withCallingAeRules("RESEND", new IngestRules(DuplicatePolicy.OVERWRITE, null, null));
        try (Archive archive = Archive.open(config, ArchivalValidator.NONE)) {
            ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "first"), "A");
            assertThat(ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "x"), "OTHER").status())
                    .isEqualTo(StoreOutcome.DUPLICATE_SOP_INSTANCE);
            assertThat(ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "y"), "RESEND").status())
                    .isZero();
        }
    }

    @Test
    void knownStudyUnderAnotherPatientIsRejectedOrQuarantined() throws IOException {
        try (Archive archive = ArchiveFixture.open(dir)) {
            ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "first"), "A");
            StoreOutcome outcome = ArchiveFixture.store(archive, object("1.2.3.2", "P2", "1.2.3", "first"), "A");
            assertThat(outcome.status()).isEqualTo(StoreOutcome.PATIENT_CONFLICT);
            assertThat(outcome.errorComment()).startsWith("study filed under Patient ID 'P1', object has 'P2'");
            assertThat(archive.index().all()).hasSize(1);
        }
        try (Archive archive = open(new IngestRules(null, PatientConflictPolicy.QUARANTINE, null))) {
            StoreOutcome outcome = ArchiveFixture.store(archive, object("1.2.3.2", "P2", "1.2.3", "first"), "A");
            assertThat(outcome.status()).isZero();
            assertThat(archive.index().current("1.2.3.2").orElseThrow().state()).isEqualTo(InstanceState.QUARANTINED);
            assertThat(archive.queries().retrieve(InformationModel.STUDY_ROOT,
                    Identifiers.of(QueryLevel.STUDY, Map.of("StudyInstanceUID", "1.2.3")))).hasSize(1);
            assertThat(archive.events().recent(5, PacsEvent.Kind.QUARANTINED)).hasSize(1);
        }
    }

    @Test
    void hostileUidNeverBecomesAPath() throws IOException {
        try (Archive archive = ArchiveFixture.open(dir)) {
            Dataset ds = object("1.2.3.1", "P1", "1.2.3", "first");
            byte[] bytes = ArchiveFixture.encode(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            StoreOutcome outcome = archive.ingest().store(new StoreRequest("A", Uids.SecondaryCaptureImageStorage,
                    "../../../etc/passwd", TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(),
                    new ByteArrayInputStream(bytes)));
            assertThat(outcome.status()).isEqualTo(StoreOutcome.INVALID_SOP_INSTANCE);
            assertThat(outcome.errorComment()).contains("PS3.5 9.1");
            Dataset badStudy = object("1.2.3.9", "P1", "1.2.3/../../x", "first");
            StoreOutcome second = ArchiveFixture.store(archive, badStudy, "A");
            assertThat(second.status()).isEqualTo(StoreOutcome.DATASET_MISMATCH);
            assertThat(second.errorComment()).contains("StudyInstanceUID refused");
            assertThat(archive.store().objectFiles()).isEmpty();
            assertThat(archive.store().leftoverIncomingFiles()).isEmpty();
            assertThat(archive.index().all()).isEmpty();
        }
    }

    @Test
    void unparsableDataSetIsRefusedAndLeavesNothing() throws IOException {
        try (Archive archive = ArchiveFixture.open(dir)) {
            byte[] garbage = {0x08, 0x00, 0x18, 0x00, 'U', 'I', (byte) 0xF0, 0x7F, '1', '.'};
            StoreOutcome outcome = archive.ingest().store(new StoreRequest("A", Uids.SecondaryCaptureImageStorage,
                    "1.2.3.4", TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), new ByteArrayInputStream(garbage)));
            assertThat(outcome.status()).isEqualTo(StoreOutcome.CANNOT_UNDERSTAND);
            assertThat(outcome.errorComment()).contains("data set does not parse").contains("exceeds");
            assertThat(archive.store().leftoverIncomingFiles()).isEmpty();
            assertThat(archive.index().all()).isEmpty();
            assertThat(archive.events().recent(5, PacsEvent.Kind.REJECTED)).hasSize(1);
        }
    }

    @Test
    void commandAndDataSetMustNameTheSameObject() throws IOException {
        try (Archive archive = ArchiveFixture.open(dir)) {
            Dataset ds = object("1.2.3.1", "P1", "1.2.3", "first");
            byte[] bytes = ArchiveFixture.encode(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            StoreOutcome outcome = archive.ingest().store(new StoreRequest("A", Uids.SecondaryCaptureImageStorage,
                    "1.2.3.99", TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), new ByteArrayInputStream(bytes)));
            assertThat(outcome.status()).isEqualTo(StoreOutcome.DATASET_MISMATCH);
            assertThat(outcome.errorComment()).contains("differs from the command's 1.2.3.99");
        }
    }

    @Test
    void brokenTransferLeavesNoTraceButAnEvent() throws IOException {
        try (Archive archive = ArchiveFixture.open(dir)) {
            byte[] bytes = ArchiveFixture.encode(object("1.2.3.1", "P1", "1.2.3", "x"),
                    TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            InputStream failing = new InputStream() {
                private int sent;

                @Override
                public int read() throws IOException {
                    if (sent >= bytes.length / 2) {
                        throw new IOException("A-ABORT received from the requestor");
                    }
                    return bytes[sent++] & 0xFF;
                }
            };
            assertThatThrownBy(() -> archive.ingest().store(new StoreRequest("A", Uids.SecondaryCaptureImageStorage,
                    "1.2.3.1", TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), failing)))
                    .isInstanceOf(IOException.class).hasMessageContaining("A-ABORT");
            assertThat(archive.store().leftoverIncomingFiles()).isEmpty();
            assertThat(archive.index().all()).isEmpty();
            assertThat(archive.events().recent(5, PacsEvent.Kind.TRANSFER_FAILED)).singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("A-ABORT"));
        }
    }

    @Test
    void validationPoliciesWarnOrReject() throws IOException {
        ArchivalValidator validator = (ds, ae) -> ds.contains(Tags.PatientBirthDate) ? List.of()
                : List.of("(0010,0030) PatientBirthDate: Type 2 attribute missing (PS3.3 C.7.1.1)");
        PacsConfig warn = PacsConfig.defaults(dir).withFsync(false)
                .withDefaults(new IngestRules(null, null, ValidationPolicy.WARN));
        try (Archive archive = Archive.open(warn, validator)) {
            StoreOutcome outcome = ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "x"), "A");
            assertThat(outcome.status()).isEqualTo(StoreOutcome.WARNING_DATASET_MISMATCH);
            assertThat(outcome.errorComment()).contains("PatientBirthDate");
            assertThat(archive.index().all()).hasSize(1);
        }
        PacsConfig reject = warn.withDataDirectory(dir.resolve("second"))
                .withDefaults(new IngestRules(null, null, ValidationPolicy.REJECT));
        try (Archive archive = Archive.open(reject, validator)) {
            StoreOutcome outcome = ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "x"), "A");
            assertThat(outcome.status()).isEqualTo(StoreOutcome.DATASET_MISMATCH);
            assertThat(archive.index().all()).isEmpty();
            assertThat(archive.store().objectFiles()).isEmpty();
        }
    }

    @Test
    void recoveryRemovesPartialFilesAndReconcilesTheIndex() throws IOException {
        String lostRowPath;
        try (Archive archive = ArchiveFixture.open(dir)) {
            ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "kept"), "A");
            lostRowPath = ArchiveFixture.store(archive, object("1.2.3.2", "P1", "1.2.3", "row lost"), "A").storedPath();
            String fileLost = ArchiveFixture.store(archive, object("1.2.3.3", "P1", "1.2.3", "file lost"), "A")
                    .storedPath();
            // A crash after the rename but before the index commit, one during a transfer, one losing a file.
            archive.index().deleteRow(archive.index().current("1.2.3.2").orElseThrow().pk());
            Files.writeString(archive.store().newIncomingFile(), "half an object");
            Files.delete(archive.store().resolve(fileLost));
        }
        try (Archive archive = ArchiveFixture.open(dir)) {
            assertThat(archive.recoverySummary()).isEqualTo("recovery: 1 partial file(s) removed, 1 orphan row(s) "
                    + "removed, 1 unindexed object(s) indexed, 0 unindexed file(s) removed");
            assertThat(archive.store().leftoverIncomingFiles()).isEmpty();
            assertThat(archive.index().all()).extracting(StoredInstance::sopInstanceUid)
                    .containsExactlyInAnyOrder("1.2.3.1", "1.2.3.2");
            assertThat(archive.index().current("1.2.3.2").orElseThrow().filePath()).isEqualTo(lostRowPath);
        }
    }

    @Test
    void theIodValidatorRefusesAnIncompleteObjectUnderTheRejectPolicy() throws IOException {
        PacsConfig reject = PacsConfig.defaults(dir).withFsync(false)
                .withDefaults(new IngestRules(null, null, ValidationPolicy.REJECT));
        try (Archive archive = Archive.open(reject)) {
            StoreOutcome outcome = ArchiveFixture.store(archive, object("1.2.3.1", "P1", "1.2.3", "x"), "A");
            assertThat(outcome.status()).isEqualTo(StoreOutcome.DATASET_MISMATCH);
            assertThat(outcome.errorComment()).contains("validation error(s)").contains("Secondary Capture Image");
            assertThat(archive.index().all()).isEmpty();
            assertThat(archive.events().recent(5, PacsEvent.Kind.REJECTED)).singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("PS3.3"));
        }
    }
}
