package org.dicomharness.testdata.patient;

import java.util.List;

/** The fixed list of synthetic patients studies are drawn from (in order, wrapping around). */
public final class SyntheticPatients {

    /** Issuer of Patient ID of every synthetic patient: a made-up domain, not a real hospital. */
    public static final String ISSUER = "HARNESS-SYNTH";

    private static final List<SyntheticPatient> ALL = List.of(
            new SyntheticPatient("Fairweather^Ada^M", "SYN0001", ISSUER, "19610314", "F", 64.0, 1.66),
            new SyntheticPatient("Quillfeather^Bruno", "SYN0002", ISSUER, "19480922", "M", 82.5, 1.78),
            new SyntheticPatient("Lindqvist^Carla^J", "SYN0003", ISSUER, "19870105", "F", 58.2, 1.61),
            new SyntheticPatient("Okonkwo-Bell^Dario", "SYN0004", ISSUER, "19730630", "M", 91.0, 1.84),
            new SyntheticPatient("Marchetti^Elena", "SYN0005", ISSUER, "19951211", "F", 55.4, 1.70),
            new SyntheticPatient("Thornbury^Felix^A", "SYN0006", ISSUER, "19590418", "M", 77.3, 1.72),
            new SyntheticPatient("Vasquez-Ng^Gloria", "SYN0007", ISSUER, "20020227", "F", 61.8, 1.63),
            new SyntheticPatient("Halvorsen^Henrik", "SYN0008", ISSUER, "19400801", "M", 70.1, 1.69),
            new SyntheticPatient("Abernathy^Iris^K", "SYN0009", ISSUER, "19810919", "F", 72.6, 1.75),
            new SyntheticPatient("Castellan^Jonah", "SYN0010", ISSUER, "19660102", "O", 68.0, 1.71));

    private SyntheticPatients() {
    }

    public static List<SyntheticPatient> all() {
        return ALL;
    }

    /** The patient of study number {@code index} (0-based), wrapping around the list. */
    public static SyntheticPatient forStudy(int index) {
        return ALL.get(Math.floorMod(index, ALL.size()));
    }
}
