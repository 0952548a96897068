package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.testdata.generator.RejectionReason;
import org.dicomharness.testdata.peers.Dciodvfy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IOCM rejection notes: valid Key Object Selection Documents (dciodvfy) that name exactly what they reject. */
class RejectionNoteIT {

    @Test
    void everyReasonMakesAValidNoteNamingTheRejectedInstances(@TempDir Path dir) throws IOException {
        StudyGenerator generator = new StudyGenerator(5L);
        TestStudy study = generator.generate(0, List.of(ObjectKind.CT), 1, 3);
        List<Dataset> rejected = study.instances().subList(0, 2);
        for (RejectionReason reason : RejectionReason.values()) {
            Dataset note = generator.rejectionNote(study, reason, rejected);
            assertThat(note.getString(Tags.SOPClassUID)).isEqualTo(Uids.KeyObjectSelectionDocumentStorage);
            assertThat(note.getString(Tags.StudyInstanceUID)).isEqualTo(study.studyInstanceUid());
            assertThat(note.getString(Tags.SeriesInstanceUID)).isNotIn(study.series().stream()
                    .map(TestSeries::seriesInstanceUid).toList());
            Dataset title = note.getSequence(Tags.ConceptNameCodeSequence).get(0);
            assertThat(title.getString(Tags.CodeValue)).isEqualTo(reason.title().value());
            assertThat(title.getString(Tags.CodingSchemeDesignator)).isEqualTo("DCM");
            Dataset evidence = note.getSequence(Tags.CurrentRequestedProcedureEvidenceSequence).get(0)
                    .getSequence(Tags.ReferencedSeriesSequence).get(0);
            assertThat(evidence.getSequence(Tags.ReferencedSOPSequence).items())
                    .extracting(d -> d.getString(Tags.ReferencedSOPInstanceUID))
                    .containsExactly(rejected.get(0).getString(Tags.SOPInstanceUID),
                            rejected.get(1).getString(Tags.SOPInstanceUID));
            Path file = dir.resolve(reason + ".dcm");
            Part10Writer.write(file, note, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
            assertThat(Dciodvfy.errors(file)).as("dciodvfy errors in the %s note", reason).isEmpty();
        }
    }

    @Test
    void aNoteRejectsInstancesOfItsOwnStudyOnly() {
        StudyGenerator generator = new StudyGenerator(6L);
        TestStudy study = generator.generate(0, List.of(ObjectKind.CT), 1, 1);
        TestStudy other = generator.generate(1, List.of(ObjectKind.CT), 1, 1);
        assertThatThrownBy(() -> generator.rejectionNote(study, RejectionReason.QUALITY, other.instances()))
                .hasMessageContaining("rejects instances of its own study only");
        assertThatThrownBy(() -> generator.rejectionNote(study, RejectionReason.QUALITY, List.of()))
                .hasMessageContaining("at least one instance");
    }
}
