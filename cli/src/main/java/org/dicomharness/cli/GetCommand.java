package org.dicomharness.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.UidRegistry;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.net.dimse.CGetRsp;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.DimseResult;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.dimse.Status;
import org.dicomharness.dicom.net.pdu.Uid;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code harness get TARGET -m ... --out DIR}: C-GET (PS3.4 C.4.3), instances received on the same association. */
@Command(name = "get", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = {
    "Retrieve matching instances with C-GET into a directory (one Part 10 file per instance, streamed to disk).",
    "Exit 0 when every sub-operation succeeded, 1 otherwise, 3 without association."})
final class GetCommand extends NetworkCommand {

    /** Storage SOP Classes proposed with the SCP role: the common image and document classes. */
    static final List<String> STORAGE = List.of(Uids.CTImageStorage, Uids.EnhancedCTImageStorage, Uids.MRImageStorage,
            Uids.EnhancedMRImageStorage, Uids.ComputedRadiographyImageStorage,
            Uids.DigitalXRayImageStorageForPresentation, Uids.DigitalXRayImageStorageForProcessing,
            Uids.DigitalMammographyXRayImageStorageForPresentation, Uids.UltrasoundImageStorage,
            Uids.UltrasoundMultiFrameImageStorage, Uids.NuclearMedicineImageStorage,
            Uids.PositronEmissionTomographyImageStorage, Uids.SecondaryCaptureImageStorage,
            Uids.MultiFrameGrayscaleByteSecondaryCaptureImageStorage,
            Uids.MultiFrameGrayscaleWordSecondaryCaptureImageStorage,
            Uids.MultiFrameTrueColorSecondaryCaptureImageStorage, Uids.XRayAngiographicImageStorage,
            Uids.EncapsulatedPDFStorage, Uids.BasicTextSRStorage, Uids.EnhancedSRStorage, Uids.ComprehensiveSRStorage,
            Uids.XRayRadiationDoseSRStorage, Uids.GrayscaleSoftcopyPresentationStateStorage, Uids.RTImageStorage,
            Uids.RTDoseStorage, Uids.RTStructureSetStorage, Uids.RTPlanStorage);

    @Mixin
    QueryKeys keys;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory the instances are written to")
    Path outDir;

    @Option(names = "--syntax", paramLabel = "UID|KEYWORD", description = {
        "transfer syntaxes accepted for the instances (repeatable; one presentation context each);",
        "default: Explicit VR Little Endian, Implicit VR Little Endian"})
    List<String> syntaxes;

    @Option(names = "--sop-class", paramLabel = "UID|KEYWORD", description = {
        "storage SOP Classes to receive (repeatable); default: 27 common image, SR, PDF and RT classes.",
        "Fewer classes leave room for one presentation context per --syntax (128 contexts at most)."})
    List<String> sopClasses;

    @Override
    String name() {
        return "get";
    }

    private List<String> storageClasses() {
        if (sopClasses == null) {
            return STORAGE;
        }
        return sopClasses.stream().map(k -> {
            String uid = UidRegistry.standard().byKeyword(k).map(e -> e.uid()).orElse(k);
            if (UidRegistry.standard().lookup(uid).filter(e -> e.isStorageSopClass()).isEmpty()) {
                throw new IllegalArgumentException("--sop-class '" + k + "' is not a storage SOP Class of PS3.6");
            }
            return uid;
        }).toList();
    }

    @Override
    int run() throws Exception {
        String model = keys.getModel();
        Files.createDirectories(outDir);
        List<String> ts = syntaxes == null ? List.of(Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian)
                : syntaxes.stream().map(SendCommand::syntaxUid).toList();
        AssociateRequestBuilder rq = AssociateRequestBuilder.of(net.calling, target.aeTitle())
                .maxPduLength(net.maxPduLength()).context(model, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
        List<String> classes = storageClasses();
        int perClass = Math.max(1, Math.min(ts.size(), 127 / classes.size()));
        for (String sop : classes) {
            if (ts.size() <= perClass) {
                for (String t : ts) {
                    rq.context(sop, t);
                }
            } else {
                rq.context(sop, ts);
            }
            rq.roleSelection(sop, false, true);
        }
        List<String> rows = new ArrayList<>();
        ServiceRegistry services = new ServiceRegistry().storeAny((ctx, store, in) -> {
            String inst = store.affectedSopInstanceUid();
            if (!Uid.isValid(inst)) {
                return Outcome.failure(Status.STORAGE_CANNOT_UNDERSTAND, "invalid SOP Instance UID '" + inst + "'");
            }
            Path file = outDir.resolve(inst + ".dcm");
            Path part = outDir.resolve(inst + ".part");
            String syntax = ctx.presentationContext().transferSyntax();
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(part), 256 * 1024)) {
                o.write(new byte[128]);
                o.write(new byte[] {'D', 'I', 'C', 'M'});
                Dataset meta = FileMetaInformation.create(store.affectedSopClassUid(), inst, syntax, target.aeTitle());
                new DicomWriter(o, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(meta);
                in.transferTo(o);
            } catch (IOException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            synchronized (rows) {
                rows.add(String.format("%-8s %-44s %-28s %s", "STORED", inst,
                        UidRegistry.standard().nameOf(syntax), file));
            }
            return Outcome.success();
        });
        DimseClient client = DimseClient.open(net.requestor(), target.host(), target.port(), rq.build(), services,
                DimseOptions.defaults());
        try {
            DimseResult r = client.get(model, keys.identifier(), pending -> out.println("pending: "
                    + pending.subOperations()));
            CGetRsp rsp = (CGetRsp) r.response();
            rows.forEach(out::println);
            out.println("C-GET " + target + ": " + status(rsp, model) + "; " + rsp.subOperations() + "; "
                    + rows.size() + " file(s) in " + outDir);
            if (r.dataSet() != null && r.dataSet().contains(Tags.FailedSOPInstanceUIDList)) {
                out.println("failed instances: " + String.join(", ", r.dataSet().getStrings(Tags.FailedSOPInstanceUIDList)));
            }
            return rsp.status() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            finish(client);
        }
    }
}
