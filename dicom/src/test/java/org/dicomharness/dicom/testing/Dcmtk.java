package org.dicomharness.dicom.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.data.Value;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;

/** Starting DCMTK servers on free loopback ports with generated configuration, and comparing what they stored. */
public final class Dcmtk {

    private Dcmtk() {
    }

    /**
     * storescp writing into {@code out}, with a copy of Debian's storescp.cfg whose AnyTransferSyntax list also
     * names JPEG Lossless Process 14 (1.2.840.10008.1.2.4.57), which the stock list lacks.
     */
    public static PeerProcess storescp(Path work, String aeTitle, Path out, int port, String... extra) throws IOException {
        Path storescp = Peers.require("storescp", "dcmtk");
        Path cfg = work.resolve("storescp.cfg");
        String stock = Files.readString(Path.of("/etc/dcmtk/storescp.cfg"));
        Files.writeString(cfg, stock.replace("TransferSyntax21 = LittleEndianImplicit",
                "TransferSyntax21 = LittleEndianImplicit\nTransferSyntax22 = 1.2.840.10008.1.2.4.57"));
        Files.createDirectories(out);
        List<String> cmd = new ArrayList<>(List.of(storescp.toString(), "-aet", aeTitle, "-od", out.toString(),
                "-xf", cfg.toString(), "Default"));
        cmd.addAll(List.of(extra));
        cmd.add(String.valueOf(port));
        return PeerProcess.start(work, "storescp-" + port, cmd, Map.of(), port, Duration.ofSeconds(20));
    }

    /** The file storescp wrote for a SOP Instance UID (it names files MODALITY.UID). */
    public static Path receivedFile(Path out, String sopInstanceUid) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(sopInstanceUid)).findFirst()
                    .orElseThrow(() -> new AssertionError("storescp stored no file for " + sopInstanceUid + " in " + out));
        }
    }

    /** Pixel Data bytes: native, or the fragments after the Basic Offset Table, concatenated. */
    public static byte[] pixelBytes(DicomFile f) throws IOException {
        DataElement e = f.dataset().get(Tags.PixelData);
        if (e == null) {
            return new byte[0];
        }
        if (e.value() instanceof Fragments frags) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<Value> items = frags.items();
            for (int i = 1; i < items.size(); i++) {
                out.write(((ByteValue) items.get(i)).unsafeBytes());
            }
            return out.toByteArray();
        }
        return f.dataset().getBytes(Tags.PixelData);
    }
}
