package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

class CorpusStructureTest {

    private static final int[] PATIENT_AND_STUDY = {Tags.PatientName, Tags.PatientID, Tags.PatientBirthDate,
        Tags.PatientSex, Tags.StudyInstanceUID, Tags.StudyDate, Tags.StudyTime, Tags.AccessionNumber, Tags.StudyID,
        Tags.ReferringPhysicianName};

    @Test
    void countsFollowTheSpec() {
        CorpusSpec spec = new CorpusSpec(11, 3, List.of(ObjectKind.CT, ObjectKind.MR), 2, 3);
        GeneratedCorpus corpus = GeneratedCorpus.generate(spec);
        assertThat(corpus.studies()).hasSize(3);
        for (TestStudy study : corpus.studies()) {
            assertThat(study.series()).hasSize(4).extracting(TestSeries::kind)
                    .containsExactly(ObjectKind.CT, ObjectKind.CT, ObjectKind.MR, ObjectKind.MR);
            assertThat(study.series()).allSatisfy(s -> assertThat(s.instances()).hasSize(3));
        }
        assertThat(corpus.size()).isEqualTo(3 * 4 * 3);
    }

    @Test
    void patientAndStudyAttributesAgreeAcrossEveryInstanceOfAStudy() {
        GeneratedCorpus corpus = GeneratedCorpus.generate(CorpusSpec.everyKind(5, 2));
        TestStudy study = corpus.studies().get(0);
        Dataset first = study.instances().get(0);
        for (Dataset ds : study.instances()) {
            for (int tag : PATIENT_AND_STUDY) {
                assertThat(ds.getString(tag)).as(Dataset.describe(tag) + " of " + ds.getString(Tags.SOPClassUID))
                        .isEqualTo(first.getString(tag));
            }
        }
        assertThat(first.getString(Tags.PatientID)).startsWith("SYN");
    }

    @Test
    void studiesHaveDistinctPatientsAndEveryUidIsUnique() {
        GeneratedCorpus corpus = GeneratedCorpus.generate(new CorpusSpec(3, 4, List.of(ObjectKind.CT), 2, 2));
        Set<String> patients = new HashSet<>();
        Set<String> uids = new HashSet<>();
        int expectedUids = 0;
        for (TestStudy study : corpus.studies()) {
            patients.add(study.instances().get(0).getString(Tags.PatientID));
            uids.add(study.studyInstanceUid());
            expectedUids++;
            for (TestSeries series : study.series()) {
                uids.add(series.seriesInstanceUid());
                expectedUids++;
                for (Dataset ds : series.instances()) {
                    assertThat(ds.getString(Tags.SeriesInstanceUID)).isEqualTo(series.seriesInstanceUid());
                    uids.add(ds.getString(Tags.SOPInstanceUID));
                    expectedUids++;
                }
            }
        }
        assertThat(patients).hasSize(4);
        assertThat(uids).hasSize(expectedUids);
    }

    @Test
    void instanceNumbersAndSlicePositionsAscend() {
        TestSeries ct = GeneratedCorpus.generate(new CorpusSpec(1, 1, List.of(ObjectKind.CT), 1, 5))
                .studies().get(0).series().get(0);
        double previousZ = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (Dataset ds : ct.instances()) {
            n++;
            assertThat(ds.getInt(Tags.InstanceNumber, -1)).isEqualTo(n);
            double z = ds.getDoubles(Tags.ImagePositionPatient)[2];
            assertThat(z).isGreaterThan(previousZ);
            previousZ = z;
        }
    }
}
