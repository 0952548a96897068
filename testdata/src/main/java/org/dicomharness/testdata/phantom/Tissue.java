package org.dicomharness.testdata.phantom;

/**
 * Tissues of the synthetic phantoms with the values each modality shows for them: CT numbers in Hounsfield
 * units, and a T1-weighted MR signal on a 12-bit scale.
 */
public enum Tissue {
    AIR(-1000, 0),
    SCALP(40, 1400),
    BONE(1100, 180),
    GREY_MATTER(38, 700),
    WHITE_MATTER(28, 950),
    CSF(6, 260),
    LESION(62, 520),
    CALCIFICATION(180, 300),
    VESSEL(48, 1200);

    private final int hounsfield;
    private final int t1Signal;

    Tissue(int hounsfield, int t1Signal) {
        this.hounsfield = hounsfield;
        this.t1Signal = t1Signal;
    }

    public int hounsfield() {
        return hounsfield;
    }

    public int t1Signal() {
        return t1Signal;
    }
}
