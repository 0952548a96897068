package org.dicomharness.pacs.store;

import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.validation.Finding;
import org.dicomharness.validation.IodValidator;
import org.dicomharness.validation.Waivers;

/**
 * Validation before archival with the IOD validation engine: the errors of PS3.3 that no waiver accepts for the
 * calling AE. Warnings and information never refuse an object.
 */
public final class IodArchivalValidator implements ArchivalValidator {

    private final IodValidator validator = new IodValidator();
    private final Waivers waivers;

    public IodArchivalValidator(Waivers waivers) {
        this.waivers = waivers;
    }

    @Override
    public List<String> errors(Dataset dataset, String callingAe) {
        return validator.validate(dataset).withWaivers(waivers, callingAe).findings().stream()
                .filter(Finding::failsVerdict)
                .map(Finding::toString)
                .toList();
    }
}
