package org.dicomharness.pacs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of object the test data generators make is archived and indexed, whatever its structure. */
class EveryObjectKindIngestTest {

    @Test
    void everyGeneratedKindIsStoredAndIndexed(@TempDir Path dir) throws IOException {
        List<Dataset> objects = new StudyGenerator(11L).generate(0, List.of(ObjectKind.values()), 1, 1).instances();
        assertThat(objects).hasSizeGreaterThanOrEqualTo(ObjectKind.values().length);
        try (Archive archive = ArchiveFixture.open(dir)) {
            for (Dataset ds : objects) {
                String uid = ds.getString(Tags.SOPInstanceUID);
                StoreOutcome outcome = ArchiveFixture.store(archive, ds, "MOD1");
                assertThat(outcome.status()).as("%s %s: %s", ds.getString(Tags.Modality), uid, outcome.errorComment())
                        .isZero();
                assertThat(archive.index().current(uid)).as("indexed: %s", uid).isPresent();
            }
        }
    }
}
