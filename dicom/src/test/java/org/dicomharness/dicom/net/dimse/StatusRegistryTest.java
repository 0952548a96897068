package org.dicomharness.dicom.net.dimse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.dicomharness.dicom.dict.Uids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusRegistryTest {

    private final StatusRegistry registry = StatusRegistry.standard();

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "storage|A7F3|FAILURE|Refused: Out of Resources",
        "storage|A901|FAILURE|Error: Data Set does not match SOP Class",
        "storage|C123|FAILURE|Error: Cannot understand",
        "storage|B000|WARNING|Coercion of Data Elements",
        "storage|B007|WARNING|Data Set does not match SOP Class",
        "storage|0122|FAILURE|Refused: SOP Class not supported",
        "qr-find|C123|FAILURE|Error: Unable to process",
        "qr-find|FF01|PENDING|Matches are continuing - Warning that one or more Optional Keys were not supported for existence and/or matching for this Identifier",
        "qr-find|FE00|CANCEL|Matching terminated due to Cancel request",
        "qr-move|A801|FAILURE|Refused: Move Destination unknown",
        "qr-move|B000|WARNING|Sub-operations Complete - One or more Failures",
        "qr-get|B000|WARNING|Sub-operations Complete - One or more Failures or Warnings",
        "mwl|0000|SUCCESS|Matching is complete - No final Identifier is supplied",
        "mpps|0110|FAILURE|Processing failure: Performed Procedure Step Object may no longer be updated (Error ID A710)",
        "storage-commitment|0131|FAILURE|Duplicate transaction UID",
        "ups|C301|FAILURE|The correct Transaction UID was not provided",
        "general|0107|WARNING|Attribute list error",
        "general|0213|FAILURE|Resource limitation",
        "print|B605|WARNING|Requested Min Density or Max Density outside of printer's operating range"
    })
    void codesAreNamedInTheirServiceClass(String service, String hex, String category, String name) {
        Status s = registry.lookup(Integer.parseInt(hex, 16), ServiceClass.ofKey(service));
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.category()).isEqualTo(StatusCategory.valueOf(category));
        assertThat(s.reference()).startsWith("PS3.");
    }

    @Test
    void aServiceFallsBackToThePs37GeneralCodes() {
        Status s = registry.lookup(0x0211, ServiceClass.QR_MOVE);
        assertThat(s.name()).isEqualTo("Unrecognized operation");
        assertThat(s.service()).isEqualTo(ServiceClass.GENERAL);
    }

    @Test
    void undefinedCodesSayWhatTheyAre() {
        Status s = registry.lookup(0x0042, ServiceClass.STORAGE);
        assertThat(s.category()).isEqualTo(StatusCategory.UNDEFINED);
        assertThat(s.name()).contains("undefined");
    }

    @Test
    void everyEntryIsUniqueAndItsCategoryAgreesWithPs37C1() {
        Set<String> seen = new HashSet<>();
        for (Status s : registry.entries()) {
            assertThat(seen.add(s.service() + "/" + s.code())).as("duplicate " + s).isTrue();
            assertThat(s.name()).isNotBlank();
        }
        assertThat(registry.entries()).hasSizeGreaterThan(150);
    }

    @Test
    void serviceClassFollowsTheSopClass() {
        assertThat(ServiceClass.of(CommandField.C_FIND_RSP, Uids.ModalityWorklistInformationModelFind))
                .isEqualTo(ServiceClass.MODALITY_WORKLIST);
        assertThat(ServiceClass.of(CommandField.C_FIND_RSP, Uids.StudyRootQueryRetrieveInformationModelFind))
                .isEqualTo(ServiceClass.QR_FIND);
        assertThat(ServiceClass.of(CommandField.N_SET_RSP, Uids.ModalityPerformedProcedureStep))
                .isEqualTo(ServiceClass.MPPS);
        assertThat(ServiceClass.of(CommandField.N_ACTION_RSP, Uids.StorageCommitmentPushModel))
                .isEqualTo(ServiceClass.STORAGE_COMMITMENT);
        assertThat(ServiceClass.of(CommandField.C_STORE_RSP, Uids.CTImageStorage)).isEqualTo(ServiceClass.STORAGE);
    }

    @Test
    void categoriesFollowPs37C1() {
        assertThat(StatusCategory.of(0x0000)).isEqualTo(StatusCategory.SUCCESS);
        assertThat(StatusCategory.of(0xFF01)).isEqualTo(StatusCategory.PENDING);
        assertThat(StatusCategory.of(0xFE00)).isEqualTo(StatusCategory.CANCEL);
        assertThat(StatusCategory.of(0xB123)).isEqualTo(StatusCategory.WARNING);
        assertThat(StatusCategory.of(0x0116)).isEqualTo(StatusCategory.WARNING);
        assertThat(StatusCategory.of(0xA801)).isEqualTo(StatusCategory.FAILURE);
        assertThat(StatusCategory.of(0x0110)).isEqualTo(StatusCategory.FAILURE);
    }
}
