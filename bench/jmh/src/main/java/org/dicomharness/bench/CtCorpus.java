package org.dicomharness.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.LengthEncoding;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;

/**
 * The ingest benchmark's corpus: {@code N} copies of {@link CtFixture}'s 525 KB CT image, one series, each with its
 * own SOP Instance UID and Instance Number, numbered from FIRST (default 1) so that a warm-up corpus and the
 * measured one do not share UIDs. Usage: {@code CtCorpus OUT_DIR N [FIRST]}.
 */
public final class CtCorpus {

    private CtCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: CtCorpus OUT_DIR N [FIRST]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        int first = args.length == 3 ? Integer.parseInt(args[2]) : 1;
        Dataset ds = CtFixture.ct();
        String sop = ds.getString(Tags.SOPInstanceUID);
        for (int i = first; i < first + n; i++) {
            ds.setString(Tags.SOPInstanceUID, sop + "." + i);
            ds.setLong(Tags.InstanceNumber, VR.IS, i);
            // Defined lengths: the encoding DCMTK's storescu puts on the wire, so both senders send the same bytes.
            Part10Writer.write(dir.resolve(String.format("ct-%05d.dcm", i)), ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    WriteOptions.defaults().withLengths(LengthEncoding.DEFINED));
        }
        System.out.println("wrote " + n + " CT objects to " + dir);
    }
}
