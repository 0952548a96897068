package org.dicomharness.pacs.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencePacsSmokeIT {

    @Test
    void dcmtkEchoStoreAndFind(@TempDir Path dir) throws Exception {
        Path echoscu = Peers.require("echoscu", "dcmtk");
        Path storescu = Peers.require("storescu", "dcmtk");
        Path findscu = Peers.require("findscu", "dcmtk");
        PacsConfig config = PacsConfig.defaults(dir.resolve("pacs")).withPort(0).withFsync(false);
        try (ReferencePacs pacs = ReferencePacs.start(config, ArchivalValidator.NONE)) {
            String port = Integer.toString(pacs.port());
            ProcessRunner.run(dir, List.of(echoscu.toString(), "-aec", "REFPACS", "127.0.0.1", port)).check();
            Dataset ds = ArchiveFixture.secondaryCapture("1.2.3.1", "P1", "1.2.3", "smoke");
            Path file = dir.resolve("sc.dcm");
            Part10Writer.write(file, null, FileMetaInformation.create(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    null), ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
            ProcessRunner.run(dir, List.of(storescu.toString(), "-aec", "REFPACS", "127.0.0.1", port,
                    file.toString())).check();
            assertThat(pacs.archive().index().current("1.2.3.1")).isPresent();
            ProcessRunner.Result find = ProcessRunner.run(dir, List.of(findscu.toString(), "-v", "-S", "-aec",
                    "REFPACS", "-k", "QueryRetrieveLevel=STUDY", "-k", "StudyInstanceUID", "-k", "PatientID=P1",
                    "127.0.0.1", port)).check();
            assertThat(find.err() + find.out()).contains("1.2.3").contains("Final Find Response (Success)");
            ProcessRunner.Result wrongAe = ProcessRunner.run(dir, List.of(echoscu.toString(), "-aec", "NOTME",
                    "127.0.0.1", port));
            assertThat(wrongAe.exitCode()).isNotZero();
            assertThat(wrongAe.err() + wrongAe.out()).contains("Called AE Title Not Recognized");
        }
    }
}
