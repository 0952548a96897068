package org.dicomharness.testdata;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.context.StudyContext;
import org.dicomharness.testdata.generator.RejectionNoteGenerator;
import org.dicomharness.testdata.generator.RejectionReason;
import org.dicomharness.testdata.patient.SyntheticPatient;
import org.dicomharness.testdata.patient.SyntheticPatients;
import org.dicomharness.testdata.uid.Seeds;
import org.dicomharness.testdata.uid.UidFactory;

/**
 * Builds studies: picks the patient, derives the study identity and dates from the seed, and asks each
 * kind's generator for its series. Everything a study contains is a function of (seed, study index, kinds,
 * counts): the same inputs give the same bytes.
 */
public final class StudyGenerator {

    /** Studies are dated in 2024, a year chosen so the generated data never looks current. */
    private static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 8, 7, 30);

    private final long seed;
    private final UidFactory uids;

    public StudyGenerator(long seed) {
        this.seed = seed;
        this.uids = new UidFactory(seed);
    }

    /** The context of study {@code index}: patient, identifiers and start time. */
    public StudyContext studyContext(int index, String description) {
        SyntheticPatient patient = SyntheticPatients.forStudy(index);
        Random random = Seeds.random(seed, "study", Integer.toString(index));
        LocalDateTime start = EPOCH.plusDays(random.nextInt(340)).plusMinutes(random.nextInt(10 * 60));
        String accession = String.format("A%08d", random.nextInt(100_000_000));
        return new StudyContext(uids, index, patient, uids.uid("study", Integer.toString(index)),
                String.format("ST%05d", index + 1), accession, start, description, "Referrer^Synthetic^R",
                "Synthetic Test Hospital");
    }

    /**
     * Study {@code index} holding {@code seriesPerKind} series of each kind, {@code instancesPerSeries}
     * instances each. Kinds that reference other instances (KO, SR) see those generated before them.
     */
    public TestStudy generate(int index, List<ObjectKind> kinds, int seriesPerKind, int instancesPerSeries) {
        String description = kinds.size() == 1 ? kinds.get(0).seriesDescription() : "Synthetic multi-modality study";
        return generate(studyContext(index, description), kinds, seriesPerKind, instancesPerSeries);
    }

    /**
     * A study whose patient and identity come from elsewhere (a simulated modality performing a worklist item):
     * the series and instances are generated as for {@link #generate(int, List, int, int)}, their UIDs drawn
     * from {@code study.uids()} under {@code study.index()}.
     */
    public TestStudy generate(StudyContext study, List<ObjectKind> kinds, int seriesPerKind, int instancesPerSeries) {
        kinds = withImagesBeforeKeyObjects(kinds);
        List<TestSeries> series = new ArrayList<>();
        List<Dataset> generated = new ArrayList<>();
        int seriesNumber = 0;
        for (ObjectKind kind : kinds) {
            for (int s = 0; s < seriesPerKind; s++) {
                seriesNumber++;
                SeriesContext context = seriesContext(study, kind, seriesNumber, generated);
                List<Dataset> instances = kind.generator().generate(context, instancesPerSeries);
                series.add(new TestSeries(kind, seriesNumber, context.seriesInstanceUid(), instances));
                generated.addAll(instances);
            }
        }
        return new TestStudy(study, series);
    }

    /**
     * A rejection note (IHE IOCM) for instances of {@code study}, in a new series after the study's own: what a
     * modality or workstation sends to withdraw images it had stored.
     */
    public Dataset rejectionNote(TestStudy study, RejectionReason reason, List<Dataset> rejected) {
        int seriesNumber = study.series().size() + 1;
        SeriesContext context = seriesContext(study.context(), ObjectKind.KO, seriesNumber, study.instances());
        return RejectionNoteGenerator.generate(context, reason, rejected);
    }

    /**
     * A Key Object Selection selects images of its own study: when no image series comes before KO, a CT
     * series is put in front of it so that the document has something to reference.
     */
    static List<ObjectKind> withImagesBeforeKeyObjects(List<ObjectKind> kinds) {
        int ko = kinds.indexOf(ObjectKind.KO);
        if (ko < 0 || kinds.subList(0, ko).stream().anyMatch(ObjectKind::hasPixelData)) {
            return kinds;
        }
        List<ObjectKind> out = new ArrayList<>(kinds);
        out.add(ko, ObjectKind.CT);
        return out;
    }

    private SeriesContext seriesContext(StudyContext study, ObjectKind kind, int seriesNumber, List<Dataset> prior) {
        String studyIndex = Integer.toString(study.index());
        String number = Integer.toString(seriesNumber);
        return new SeriesContext(study, kind, seriesNumber,
                study.uids().uid("study", studyIndex, "series", number),
                study.uids().uid("study", studyIndex, "series", number, "frame-of-reference"),
                study.start().plusMinutes(3L * seriesNumber),
                Seeds.random(seed, "study", studyIndex, "series", number, kind.name()),
                prior);
    }
}
