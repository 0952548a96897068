package org.dicomharness.dicom.net.dimse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CommandSetTest {

    static final String CT = Uids.CTImageStorage;
    static final String MPPS = Uids.ModalityPerformedProcedureStep;
    static final ResponseDetail DETAIL = new ResponseDetail("not here", 0xA710, List.of(Tags.PatientID),
            List.of(Tags.PatientName));

    static List<DimseMessage> everyPrimitive() {
        return List.of(
                new CEchoRq(1, Uids.Verification), new CEchoRsp(1, Uids.Verification, 0, ResponseDetail.NONE),
                new CStoreRq(2, CT, "1.2.3", Priority.HIGH, "MOVER", 7), new CStoreRsp(2, CT, "1.2.3", 0xB000, DETAIL),
                new CFindRq(3, Uids.StudyRootQueryRetrieveInformationModelFind, Priority.LOW),
                new CFindRsp(3, Uids.StudyRootQueryRetrieveInformationModelFind, 0xFF00, ResponseDetail.NONE),
                new CGetRq(4, Uids.StudyRootQueryRetrieveInformationModelGet, Priority.MEDIUM),
                new CGetRsp(4, Uids.StudyRootQueryRetrieveInformationModelGet, 0xFF00, SubOperations.of(3, 1, 0, 0),
                        ResponseDetail.NONE),
                new CMoveRq(5, Uids.StudyRootQueryRetrieveInformationModelMove, Priority.MEDIUM, "DEST"),
                new CMoveRsp(5, Uids.StudyRootQueryRetrieveInformationModelMove, 0xB000,
                        new SubOperations(null, 2, 1, 0), ResponseDetail.NONE),
                new CCancelRq(3),
                new NEventReportRq(6, Uids.StorageCommitmentPushModel, "1.2.840.10008.1.20.1.1", 1),
                new NEventReportRsp(6, Uids.StorageCommitmentPushModel, "1.2.840.10008.1.20.1.1", 1, 0,
                        ResponseDetail.NONE),
                new NGetRq(7, MPPS, "1.2.9", List.of(Tags.PatientName, Tags.PerformedProcedureStepStatus)),
                new NGetRsp(7, MPPS, "1.2.9", 0x0001, ResponseDetail.NONE),
                new NSetRq(8, MPPS, "1.2.9"), new NSetRsp(8, MPPS, "1.2.9", 0x0110, DETAIL),
                new NActionRq(9, Uids.StorageCommitmentPushModel, "1.2.840.10008.1.20.1.1", 1),
                new NActionRsp(9, Uids.StorageCommitmentPushModel, "1.2.840.10008.1.20.1.1", 1, 0, ResponseDetail.NONE),
                new NCreateRq(10, MPPS, null), new NCreateRsp(10, MPPS, "1.2.10", 0, ResponseDetail.NONE),
                new NDeleteRq(11, Uids.BasicFilmSession, "1.2.11"),
                new NDeleteRsp(11, Uids.BasicFilmSession, "1.2.11", 0, ResponseDetail.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPrimitive")
    void everyPrimitiveRoundTripsThroughItsCommandSet(DimseMessage m) throws DimseException {
        boolean data = m instanceof CStoreRq || m instanceof CFindRq;
        byte[] bytes = CommandSet.encode(m, data);
        Dataset decoded = CommandSet.decodeDataset(bytes);
        assertThat(CommandSet.checkGroupLength(decoded, bytes.length)).isEmpty();
        assertThat(CommandSet.hasDataSet(decoded)).isEqualTo(data);
        assertThat(CommandSet.decode(decoded)).isEqualTo(m);
    }

    @Test
    void echoRequestHasTheBytesOfPs37AnnexE() {
        // Implicit VR LE: (0000,0000) UL, (0000,0002) UI "1.2.840.10008.1.1\0", (0000,0100) US 0030,
        // (0000,0110) US 1, (0000,0800) US 0101.
        String expected = "00000000" + "04000000" + "38000000"
                + "00000200" + "12000000" + HexFormat.of().formatHex("1.2.840.10008.1.1\0".getBytes())
                + "00000001" + "02000000" + "3000"
                + "00001001" + "02000000" + "0100"
                + "00000008" + "02000000" + "0101";
        assertThat(HexFormat.of().formatHex(CommandSet.encode(new CEchoRq(1, Uids.Verification), false)))
                .isEqualTo(expected);
    }

    @Test
    void missingRequiredElementNamesIt() {
        Dataset cmd = new CStoreRq(2, CT, "1.2.3").command();
        cmd.remove(Tags.AffectedSOPInstanceUID);
        cmd.setInt(Tags.CommandDataSetType, VR.US, 1);
        assertThatThrownBy(() -> CommandSet.decode(cmd)).isInstanceOf(DimseException.class)
                .hasMessageContaining("C-STORE-RQ").hasMessageContaining("AffectedSOPInstanceUID");
    }

    @Test
    void unknownCommandFieldIsRefused() {
        Dataset cmd = new Dataset();
        cmd.setInt(Tags.CommandField, VR.US, 0x0042);
        cmd.setInt(Tags.CommandDataSetType, VR.US, 0x0101);
        assertThatThrownBy(() -> CommandSet.decode(cmd)).hasMessageContaining("0042H");
    }

    @Test
    void elementsOutsideGroup0000AreNotedAndRemoved() throws DimseException {
        Dataset cmd = new CGetRsp(1, CT, 0xC000, SubOperations.NONE, ResponseDetail.NONE).command();
        cmd.setString(Tags.FailedSOPInstanceUIDList, "1.2.3");
        Dataset decoded = CommandSet.decodeDataset(CommandSet.encode(cmd));
        assertThat(CommandSet.removeForeignElements(decoded)).hasValueSatisfying(n -> assertThat(n)
                .contains("(0008,0058)").contains("PS3.7 6.3.1").contains("1.2.3"));
        assertThat(decoded.contains(Tags.FailedSOPInstanceUIDList)).isFalse();
    }
}
