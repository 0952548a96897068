package org.dicomharness.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.junit.jupiter.api.Test;

/** The generated resources load into the IODs, modules and macros of PS3.3. */
class RuleSetTest {

    private final RuleSet rules = RuleSet.standard();

    @Test
    void ctImageHasItsModulesWithUsage() {
        IodDefinition ct = rules.iodForSopClass(Uids.CTImageStorage).orElseThrow();
        assertThat(ct.name()).isEqualTo("CT Image");
        assertThat(ct.modules()).extracting(ModuleUsage::name)
                .contains("Patient", "General Study", "General Series", "Image Plane", "CT Image", "SOP Common");
        ModuleUsage contrast = ct.modules().stream().filter(m -> m.name().equals("Contrast/Bolus")).findFirst()
                .orElseThrow();
        assertThat(contrast.usage()).isEqualTo(Usage.C);
        assertThat(contrast.condition()).isNotNull();
        assertThat(contrast.table().rule().id()).isEqualTo("PS3.3 Table C.7-12");
    }

    @Test
    void codeSequenceMacroIsIncludedInsideSequences() {
        IodDefinition ct = rules.iodForSopClass(Uids.CTImageStorage).orElseThrow();
        AttributeRule institutionCode = ct.modules().stream().filter(m -> m.name().equals("General Study"))
                .flatMap(m -> m.attributes().stream()).filter(a -> a.tag() == Tags.ReferringPhysicianIdentificationSequence)
                .flatMap(a -> a.children().stream()).filter(a -> a.tag() == Tags.InstitutionCodeSequence)
                .findFirst().orElseThrow();
        assertThat(institutionCode.type()).isEqualTo(AttributeType.TYPE_1C);
        assertThat(institutionCode.children()).extracting(AttributeRule::tag)
                .contains(Tags.CodeValue, Tags.CodingSchemeDesignator, Tags.CodeMeaning);
    }

    @Test
    void enhancedCtHasItsFunctionalGroups() {
        IodDefinition ect = rules.iodForSopClass(Uids.EnhancedCTImageStorage).orElseThrow();
        assertThat(ect.functionalGroups()).extracting(FunctionalGroupUsage::name)
                .contains("Pixel Measures", "Frame Content", "CT Image Frame Type", "CT Exposure");
        FunctionalGroupUsage measures = ect.functionalGroups().stream()
                .filter(f -> f.name().equals("Pixel Measures")).findFirst().orElseThrow();
        assertThat(measures.usage()).isEqualTo(Usage.M);
        assertThat(measures.sequenceTag()).isEqualTo(Tags.PixelMeasuresSequence);
        assertThat(measures.sharedCondition()).isNotNull();
    }

    @Test
    void everyStorageSopClassOfTheRegistryWithAnIodResolves() {
        assertThat(rules.iods()).hasSizeGreaterThan(150);
        assertThat(rules.iodForSopClass(Uids.XRayRadiationDoseSRStorage)).isPresent();
        assertThat(rules.iodForSopClass(Uids.TwelveLeadECGWaveformStorage)).isPresent();
    }
}
