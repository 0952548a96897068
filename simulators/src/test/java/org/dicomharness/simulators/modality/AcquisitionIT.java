package org.dicomharness.simulators.modality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.Patient;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the modality writes into its images from the worklist item and the MPPS (IHE RAD TF-2 4.8 attribute mapping)
 * is there, in UTF-8 where the patient's name needs it, and the objects still pass dicom3tools' dciodvfy with no
 * error: images (General Series with Request Attributes) and a Key Object Selection document (SR series).
 */
class AcquisitionIT {

    @TempDir
    Path tmp;

    @Test
    void stampedObjectsCarryTheRequestAndTheStepAndStayValid() throws Exception {
        Path dciodvfy = Peers.require("dciodvfy", "dicom3tools");
        Dataset item = new Dataset();
        item.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        item.setString(Tags.PatientName, VR.PN, "Müller^Zoë");
        item.setString(Tags.PatientID, VR.LO, "STAMP-1");
        item.setString(Tags.IssuerOfPatientID, VR.LO, "HOSP");
        item.setString(Tags.PatientBirthDate, VR.DA, "19660606");
        item.setString(Tags.PatientSex, VR.CS, "F");
        item.setString(Tags.StudyInstanceUID, VR.UI, "2.25.424242424242424242");
        item.setString(Tags.AccessionNumber, VR.SH, "ACC-STAMP");
        item.setString(Tags.RequestedProcedureID, VR.SH, "RP-STAMP");
        item.setString(Tags.RequestedProcedureDescription, VR.LO, "CT head");
        new CodedEntry("CTHEAD", "99LOCAL", "CT head").addTo(item.newSequence(Tags.RequestedProcedureCodeSequence));
        item.setString(Tags.ReferringPhysicianName, VR.PN, "Ref^Rita");
        Dataset step = item.newSequence(Tags.ScheduledProcedureStepSequence).addItem();
        step.setString(Tags.Modality, VR.CS, "CT");
        step.setString(Tags.ScheduledProcedureStepID, VR.SH, "SPS-STAMP");
        step.setString(Tags.ScheduledProcedureStepDescription, VR.LO, "Head plain");
        new CodedEntry("P-HEAD", "99LOCAL", "Head protocol").addTo(step.newSequence(Tags.ScheduledProtocolCodeSequence));
        Procedure p = Procedure.scheduled(new WorklistItem(item), "CT");
        MppsInProgress mpps = new MppsInProgress(null, "2.25.777", "PPS-STAMP", LocalDateTime.of(2024, 2, 3, 4, 5, 6),
                p, new Dataset(), null, null, null);

        List<Sendable> objects = Acquisition.acquire(p, mpps, new AcquisitionSpec(List.of(ObjectKind.CT, ObjectKind.KO),
                1, 2, OutputSyntax.EXPLICIT, 51), 0, tmp);
        assertThat(objects).hasSize(4);
        List<String> errors = new ArrayList<>();
        for (Sendable s : objects) {
            Path file = ((Sendable.FileObject) s).path();
            Dataset ds = Part10Reader.read(file).dataset();
            assertThat(ds.getString(Tags.SpecificCharacterSet)).isEqualTo("ISO_IR 192");
            assertThat(ds.getString(Tags.PatientName)).isEqualTo("Müller^Zoë");
            assertThat(ds.getString(Tags.PatientID)).isEqualTo("STAMP-1");
            assertThat(ds.getString(Tags.StudyInstanceUID)).isEqualTo("2.25.424242424242424242");
            assertThat(ds.getString(Tags.AccessionNumber)).isEqualTo("ACC-STAMP");
            assertThat(ds.getString(Tags.StudyDescription)).isEqualTo("CT head");
            Dataset rpps = ds.getSequence(Tags.ReferencedPerformedProcedureStepSequence).get(0);
            assertThat(rpps.getString(Tags.ReferencedSOPClassUID)).isEqualTo(Uids.ModalityPerformedProcedureStep);
            assertThat(rpps.getString(Tags.ReferencedSOPInstanceUID)).isEqualTo("2.25.777");
            if (Uids.CTImageStorage.equals(ds.getString(Tags.SOPClassUID))) {
                Dataset request = ds.getSequence(Tags.RequestAttributesSequence).get(0);
                assertThat(request.getString(Tags.RequestedProcedureID)).isEqualTo("RP-STAMP");
                assertThat(request.getString(Tags.ScheduledProcedureStepID)).isEqualTo("SPS-STAMP");
                assertThat(CodedEntry.firstOf(request, Tags.ScheduledProtocolCodeSequence).value()).isEqualTo("P-HEAD");
                assertThat(ds.getString(Tags.PerformedProcedureStepID)).isEqualTo("PPS-STAMP");
                assertThat(ds.getString(Tags.PerformedProcedureStepStartDate)).isEqualTo("20240203");
            }
            String report = ProcessRunner.run(tmp, List.of(dciodvfy.toString(), file.toString())).err();
            // dciodvfy names the IOD it checked against first (CTImage, KeyObjectSelectionDocument).
            assertThat(report).as("dciodvfy's report on " + file).containsAnyOf("CTImage", "KeyObjectSelectionDocument");
            report.lines().filter(l -> l.startsWith("Error")).forEach(l -> errors.add(file.getFileName() + ": " + l));
        }
        assertThat(errors).as("dciodvfy errors").isEmpty();
    }
}
