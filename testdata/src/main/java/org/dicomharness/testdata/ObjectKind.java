package org.dicomharness.testdata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dicomharness.testdata.generator.BasicTextSrGenerator;
import org.dicomharness.testdata.generator.CrImageGenerator;
import org.dicomharness.testdata.generator.CtDoseSrGenerator;
import org.dicomharness.testdata.generator.CtImageGenerator;
import org.dicomharness.testdata.generator.DxImageGenerator;
import org.dicomharness.testdata.generator.EncapsulatedPdfGenerator;
import org.dicomharness.testdata.generator.EnhancedCtGenerator;
import org.dicomharness.testdata.generator.EnhancedMrGenerator;
import org.dicomharness.testdata.generator.KeyObjectSelectionGenerator;
import org.dicomharness.testdata.generator.MgImageGenerator;
import org.dicomharness.testdata.generator.MrImageGenerator;
import org.dicomharness.testdata.generator.NmImageGenerator;
import org.dicomharness.testdata.generator.ObjectGenerator;
import org.dicomharness.testdata.generator.PetImageGenerator;
import org.dicomharness.testdata.generator.SecondaryCaptureGenerator;
import org.dicomharness.testdata.generator.TwelveLeadEcgGenerator;
import org.dicomharness.testdata.generator.UsImageGenerator;
import org.dicomharness.testdata.generator.UsMultiframeImageGenerator;
import org.dicomharness.testdata.module.Equipment;

/**
 * The kinds of object the generators make: one per IOD (and per variant where one IOD is used two ways),
 * with the series-level facts every instance of the kind shares.
 */
public enum ObjectKind {
    CT("CT", "CT", "HEAD", "Head axial 5 mm", "Synthetic CT 64", "SYNCT01", CtImageGenerator::new),
    MR("MR", "MR", "HEAD", "T1 SE axial", "Synthetic MR 1.5T", "SYNMR01", MrImageGenerator::new),
    CR("CR", "CR", "CHEST", "Chest PA", "Synthetic CR Reader", "SYNCR01", CrImageGenerator::new),
    DX("DX", "DX", "CHEST", "Chest PA", "Synthetic DR Detector", "SYNDX01", DxImageGenerator::new),
    MG("MG", "MG", "BREAST", "L CC", "Synthetic Mammo DR", "SYNMG01", MgImageGenerator::new),
    US("US", "US", "ABDOMEN", "Abdomen B-mode", "Synthetic US Console", "SYNUS01", UsImageGenerator::new),
    US_MULTIFRAME("US", "US", "ABDOMEN", "Abdomen cine", "Synthetic US Console", "SYNUS01",
            UsMultiframeImageGenerator::new),
    NM("NM", "NM", "ABDOMEN", "Renal DMSA static", "Synthetic Dual-Head Camera", "SYNNM01", NmImageGenerator::new),
    PT("PT", "PT", "CHEST", "FDG WB AC", "Synthetic PET/CT", "SYNPT01", PetImageGenerator::new),
    ECG("ECG", "ECG", "", "Resting 12-lead ECG", "Synthetic ECG Cart", "SYNECG1", TwelveLeadEcgGenerator::new),
    PDF("PDF", "DOC", "", "Scanned report", "Synthetic Report Scanner", "SYNDOC1", EncapsulatedPdfGenerator::new),
    SR("SR", "SR", "", "Report", "Synthetic Reporting", "SYNRP01", BasicTextSrGenerator::new),
    KO("KO", "KO", "", "Key images", "Synthetic Workstation", "SYNWS01", KeyObjectSelectionGenerator::new),
    RDSR("RDSR", "SR", "", "Radiation dose report", "Synthetic CT 64", "SYNCT01", CtDoseSrGenerator::new),
    ENHANCED_CT("ENHANCED-CT", "CT", "HEAD", "Head spiral volume", "Synthetic CT 64", "SYNCT01",
            EnhancedCtGenerator::new),
    ENHANCED_MR("ENHANCED-MR", "MR", "HEAD", "T1 SE axial multi-frame", "Synthetic MR 1.5T", "SYNMR01",
            EnhancedMrGenerator::new),
    SC("SC", "OT", "", "Secondary capture", "Synthetic Workstation", "SYNWS01", SecondaryCaptureGenerator::new);

    private final String option;
    private final String modality;
    private final String bodyPart;
    private final String seriesDescription;
    private final Equipment equipment;
    private final Supplier<ObjectGenerator> generator;

    ObjectKind(String option, String modality, String bodyPart, String seriesDescription, String model,
               String station, Supplier<ObjectGenerator> generator) {
        this.option = option;
        this.modality = modality;
        this.bodyPart = bodyPart;
        this.seriesDescription = seriesDescription;
        this.equipment = Equipment.of(model, station);
        this.generator = generator;
    }

    /** The name on the command line ({@code --modality CT}, {@code ENHANCED-CT}). */
    public String option() {
        return option;
    }

    /** Modality (0008,0060) of the series (PS3.3 C.7.3.1.1.1). */
    public String modality() {
        return modality;
    }

    /** Body Part Examined, or empty when the object has none. */
    public String bodyPart() {
        return bodyPart;
    }

    public String seriesDescription() {
        return seriesDescription;
    }

    public Equipment equipment() {
        return equipment;
    }

    /**
     * Whether the IOD uses the General Series module (C.7.3.1); SR, KO and encapsulated documents use their
     * own series modules, which lack Operators' Name and Laterality.
     */
    public boolean hasGeneralSeries() {
        return switch (this) {
            case SR, KO, RDSR, PDF -> false;
            default -> true;
        };
    }

    /**
     * Whether Laterality (0020,0060) must be present though empty: General Series makes it Type 2C when the
     * body part is paired or not known, which for these kinds it is not.
     */
    public boolean needsEmptyLaterality() {
        return this == SC;
    }

    /** Whether instances of this kind carry Pixel Data (and so can be compressed and selected as key images). */
    public boolean hasPixelData() {
        return switch (this) {
            case ECG, PDF, SR, KO, RDSR -> false;
            default -> true;
        };
    }

    public ObjectGenerator generator() {
        return generator.get();
    }

    /**
     * The kinds a command-line name stands for, case-insensitive.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static List<ObjectKind> forOption(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        List<ObjectKind> kinds = Arrays.stream(values()).filter(k -> k.option.equals(wanted)).toList();
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("unknown modality or object kind '" + name + "'; use one of "
                    + options());
        }
        return kinds;
    }

    /** The accepted command-line names, comma-separated. */
    public static String options() {
        return Arrays.stream(values()).map(ObjectKind::option).distinct().collect(Collectors.joining(", "));
    }
}
