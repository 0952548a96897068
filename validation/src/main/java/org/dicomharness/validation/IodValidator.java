package org.dicomharness.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.UidRegistry;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.validation.check.Validation;
import org.dicomharness.validation.rules.IodDefinition;
import org.dicomharness.validation.rules.RuleSet;
import org.dicomharness.validation.sr.DoseReportChecker;

/**
 * Validates a data set against the IOD of its SOP class (PS3.3 Annex A): module usage, attribute Types at every
 * nesting level (Code Sequence Macro and functional groups included), VR and VM against PS3.6, value formats of
 * PS3.5, enumerated values and defined terms, consistency of the pixel description, and for radiation dose SR the
 * content tree of TID 10011 / TID 10001 (PS3.16).
 *
 * <p>Thread-safe and cheap to share: the rules are loaded once and never change.
 */
public final class IodValidator {

    private static final Rule SOP_COMMON = new Rule("PS3.3", "Table C.12-1", "C.12.1 SOP Common Module Attributes");

    private static final int BULK_DATA_THRESHOLD = 64 * 1024;

    private final RuleSet rules;
    private final ElementDictionary dictionary;
    private final DoseReportChecker doseReports;

    public IodValidator() {
        this(RuleSet.standard(), ElementDictionary.standard(), DoseReportChecker.standard());
    }

    IodValidator(RuleSet rules, ElementDictionary dictionary, DoseReportChecker doseReports) {
        this.rules = rules;
        this.dictionary = dictionary;
        this.doseReports = doseReports;
    }

    /** Validates a data set (without its File Meta Information). */
    public ValidationReport validate(Dataset dataset) {
        String sopClass = safeString(dataset, Tags.SOPClassUID);
        String sopInstance = safeString(dataset, Tags.SOPInstanceUID);
        List<Finding> findings = new ArrayList<>();
        Optional<IodDefinition> iod = sopClass.isEmpty() ? Optional.empty() : rules.iodForSopClass(sopClass);
        if (sopClass.isEmpty()) {
            findings.add(new Finding(Severity.ERROR, "", "SOP Common", AttributePath.of(Tags.SOPClassUID), SOP_COMMON,
                    "absent or empty", "Type 1: the SOP Class UID that names the IOD to check against"));
        } else if (iod.isEmpty()) {
            findings.add(new Finding(Severity.WARNING, "", "SOP Common", AttributePath.of(Tags.SOPClassUID),
                    new Rule("PS3.3", "Annex A", "Composite Information Object Definitions"),
                    "'" + sopClass + "' (" + UidRegistry.standard().nameOf(sopClass) + ")",
                    "the SOP class of a composite IOD; only the dictionary and value format checks were made"));
        }
        findings.addAll(Validation.run(dataset, iod.orElse(null), dictionary));
        if (iod.isPresent()) {
            findings.addAll(doseReports.check(dataset, iod.get().name()));
        }
        return new ValidationReport(sopClass, sopInstance, iod.map(IodDefinition::name).orElse(""), findings);
    }

    /**
     * Validates the data set of a Part 10 file. Pixel Data and other large values stay in the file: their lengths are
     * all the checks need.
     *
     * @throws IOException when the file cannot be read or does not parse as DICOM
     */
    public ValidationReport validate(Path part10File) throws IOException {
        return validate(Part10Reader.read(part10File, ReadOptions.defaults().withBulkData(BulkDataPolicy.REFERENCE)
                .withBulkDataThreshold(BULK_DATA_THRESHOLD)).dataset());
    }

    private static String safeString(Dataset d, int tag) {
        try {
            String s = d.getString(tag);
            return s == null ? "" : s;
        } catch (DicomDataException e) {
            return "";
        }
    }
}
