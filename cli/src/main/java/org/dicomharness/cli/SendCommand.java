package org.dicomharness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.UidRegistry;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.net.dimse.CStoreRsp;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.Priority;
import org.dicomharness.dicom.net.dimse.StatusCategory;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.dicom.net.ul.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code harness send TARGET FILE|DIR...}: C-STORE of files, streamed from disk, with a status per file. */
@Command(name = "send", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = {
    "Store DICOM files (directories are searched recursively) with C-STORE over one association.",
    "Prints a status table, one row per file. Exit 0 when every file was stored (Success or Warning),",
    "1 when one failed, 2 when one could not be read, 3 when no association could be established."})
final class SendCommand extends NetworkCommand {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE|DIR", description = "files or directories to send")
    List<Path> inputs;

    @Option(names = "--syntax", paramLabel = "UID|KEYWORD", description = {
        "propose these transfer syntaxes for every SOP Class, most preferred first (repeatable);",
        "default: each file's own syntax, plus Explicit and Implicit VR Little Endian for uncompressed files"})
    List<String> syntaxes;

    private record Item(Path file, DicomFile header, String sopClass, String sopInstance, String error) {
    }

    private record Row(String outcome, String code, Path file, String sopInstance, String syntax, String message) {
    }

    @Override
    String name() {
        return "send";
    }

    @Override
    int run() throws Exception {
        List<String> proposed = syntaxes == null ? null : syntaxes.stream().map(SendCommand::syntaxUid).toList();
        List<Item> items = read(files());
        AssociateRequestBuilder rq = AssociateRequestBuilder.of(net.calling, target.aeTitle())
                .maxPduLength(net.maxPduLength());
        Set<String> contexts = new LinkedHashSet<>();
        for (Item it : items) {
            if (it.error != null) {
                continue;
            }
            if (proposed != null) {
                if (contexts.add(it.sopClass + "|")) {
                    rq.context(it.sopClass, proposed);
                }
                continue;
            }
            TransferSyntax own = it.header.transferSyntax();
            if (contexts.add(it.sopClass + "|" + own.uid())) {
                rq.context(it.sopClass, own.uid());
            }
            if (!own.encapsulated() && contexts.add(it.sopClass + "|native")) {
                rq.context(it.sopClass, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
            }
        }
        List<Row> rows = new ArrayList<>();
        if (rq.contextCount() > 0) {
            if (rq.contextCount() > 128) {
                throw new IllegalArgumentException(rq.contextCount() + " presentation contexts would be needed; "
                        + "an association allows 128 (send fewer SOP Classes or syntaxes at once)");
            }
            DimseClient client = DimseClient.open(net.requestor(), target.host(), target.port(), rq.build());
            try {
                for (Item it : items) {
                    rows.add(it.error != null ? new Row("UNREADABLE", "", it.file, "", "", it.error) : store(client, it));
                }
            } finally {
                finish(client);
            }
        } else {
            items.forEach(it -> rows.add(new Row("UNREADABLE", "", it.file, "", "", it.error)));
        }
        print(rows);
        if (rows.stream().anyMatch(r -> r.outcome.equals("UNREADABLE"))) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        return rows.stream().allMatch(r -> r.outcome.equals("OK") || r.outcome.equals("WARNING")) ? ExitCodes.OK
                : ExitCodes.FAILED;
    }

    private Row store(DimseClient client, Item it) {
        if (client.association().state() != State.STA6) {
            return new Row("FAILED", "", it.file, it.sopInstance, "", "association ended: "
                    + client.association().abortInfo().map(Object::toString).orElse(client.association().state().toString()));
        }
        try {
            PresentationContext pc = client.contextFor(it.header);
            CStoreRsp rsp = client.store(pc, it.sopClass, it.sopInstance, DataSets.ofFile(it.file, it.header),
                    Priority.MEDIUM, null, null);
            StatusCategory c = StatusCategory.of(rsp.status());
            String outcome = c == StatusCategory.SUCCESS ? "OK" : c == StatusCategory.WARNING ? "WARNING" : "FAILED";
            return new Row(outcome, String.format("%04X", rsp.status()), it.file, it.sopInstance,
                    UidRegistry.standard().nameOf(pc.transferSyntax()), status(rsp, it.sopClass));
        } catch (IOException | RuntimeException e) {
            return new Row("FAILED", "", it.file, it.sopInstance, "", e.getMessage());
        }
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Item> read(List<Path> files) {
        List<Item> items = new ArrayList<>();
        for (Path f : files) {
            try {
                DicomFile h = DataSets.header(f);
                String sop = h.fileMeta().getString(Tags.MediaStorageSOPClassUID, h.dataset().getString(Tags.SOPClassUID));
                String inst = h.fileMeta().getString(Tags.MediaStorageSOPInstanceUID,
                        h.dataset().getString(Tags.SOPInstanceUID));
                if (sop == null || inst == null) {
                    items.add(new Item(f, null, null, null, "no SOP Class/Instance UID in the file"));
                } else {
                    items.add(new Item(f, h, sop, inst, null));
                }
            } catch (IOException | RuntimeException e) {
                items.add(new Item(f, null, null, null, e.getMessage()));
            }
        }
        return items;
    }

    static String syntaxUid(String uidOrKeyword) {
        String uid = UidRegistry.standard().byKeyword(uidOrKeyword).map(e -> e.uid()).orElse(uidOrKeyword);
        if (TransferSyntax.lookup(uid).isEmpty()) {
            throw new IllegalArgumentException("--syntax '" + uidOrKeyword + "' is neither a transfer syntax UID nor "
                    + "the keyword of one (e.g. ExplicitVRLittleEndian, JPEGLosslessSV1)");
        }
        return uid;
    }

    private void print(List<Row> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        out.printf("%-10s %-4s  %-40s %-44s %-28s %s%n", "OUTCOME", "CODE", "FILE", "SOP INSTANCE UID", "SYNTAX",
                "STATUS / MESSAGE");
        for (Row r : rows) {
            out.printf("%-10s %-4s  %-40s %-44s %-28s %s%n", r.outcome, r.code, r.file, r.sopInstance, r.syntax,
                    r.message);
            counts.merge(r.outcome, 1, Integer::sum);
        }
        out.println(rows.size() + " file(s) to " + target + ": " + counts);
    }
}
