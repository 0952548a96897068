package org.dicomharness.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The layout of the C-FIND benchmark's archive, shared by the seeder and the query driver: {@code instances / 10}
 * studies of two series of five CT instances each, two studies per patient, study dates spread evenly over the five
 * years 2020-2024 (about 5.5 studies a day for 100,000 instances).
 */
record SeededIndex(int instances) {

    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    static final int DAYS = 1827;
    static final int SERIES_PER_STUDY = 2;
    static final int INSTANCES_PER_SERIES = 5;
    static final int STUDIES_PER_PATIENT = 2;

    SeededIndex {
        if (instances < SERIES_PER_STUDY * INSTANCES_PER_SERIES * STUDIES_PER_PATIENT) {
            throw new IllegalArgumentException("at least 20 instances");
        }
    }

    int studies() {
        return instances / (SERIES_PER_STUDY * INSTANCES_PER_SERIES);
    }

    int patients() {
        return studies() / STUDIES_PER_PATIENT;
    }

    static String patientId(int patient) {
        return String.format("BENCH%06d", patient);
    }

    /** Studies 2p and 2p+1 belong to patient p. */
    static int patientOf(int study) {
        return study / STUDIES_PER_PATIENT;
    }

    LocalDate studyDate(int study) {
        return FIRST_DAY.plusDays((long) study * DAYS / studies());
    }

    static String da(LocalDate d) {
        return d.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    static String studyUid(int study) {
        return "2.25.7100" + String.format("%08d", study);
    }
}
