package org.dicomharness.testdata.context;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.testdata.ObjectKind;

/**
 * What the instances of one series share, and where a generator draws its UIDs and random numbers from.
 *
 * @param study               the study the series belongs to
 * @param kind                the kind of object the series holds
 * @param seriesNumber        Series Number, 1-based within the study
 * @param seriesInstanceUid   Series Instance UID
 * @param frameOfReferenceUid Frame of Reference UID (PS3.3 C.7.4.1), shared by spatially related series
 * @param start               series date and time
 * @param random              the series' own random stream (derived from the seed and the series path)
 * @param studyInstances      the instances generated earlier in the same study, for objects that
 *                            reference others (Key Object Selection, SR evidence)
 */
public record SeriesContext(StudyContext study, ObjectKind kind, int seriesNumber, String seriesInstanceUid,
                            String frameOfReferenceUid, LocalDateTime start, Random random,
                            List<Dataset> studyInstances) {

    public SeriesContext {
        studyInstances = List.copyOf(studyInstances);
    }

    /** The SOP Instance UID of instance {@code number} (1-based) of this series. */
    public String instanceUid(int number) {
        return uid("instance", Integer.toString(number));
    }

    /** A UID for something else belonging to this series (a dimension organization, a referenced entity). */
    public String uid(String... path) {
        String[] full = new String[path.length + 4];
        full[0] = "study";
        full[1] = Integer.toString(study.index());
        full[2] = "series";
        full[3] = Integer.toString(seriesNumber);
        System.arraycopy(path, 0, full, 4, path.length);
        return study.uids().uid(full);
    }

    /** The moment instance {@code number} was acquired or created: one second apart. */
    public LocalDateTime instanceTime(int number) {
        return start.plusSeconds(number);
    }
}
