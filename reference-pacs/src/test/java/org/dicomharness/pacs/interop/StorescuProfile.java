package org.dicomharness.pacs.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.net.dimse.DataSets;

/**
 * A storescu association configuration ({@code -xf FILE Harness}) with one presentation context per (SOP Class,
 * transfer syntax) of the files to send. storescu has no codecs linked: without such a profile it proposes only
 * uncompressed syntaxes and would not send a compressed file as it is (PEERS.md).
 */
final class StorescuProfile {

    static final String PROFILE = "Harness";

    private StorescuProfile() {
    }

    static Path write(Path dir, Collection<Path> files) throws IOException {
        Set<String> pairs = new LinkedHashSet<>();
        for (Path f : files) {
            DicomFile header = DataSets.header(f);
            pairs.add(header.fileMeta().getString(Tags.MediaStorageSOPClassUID) + "\\"
                    + header.transferSyntax().uid());
        }
        if (pairs.size() > 128) {
            throw new IllegalArgumentException(pairs.size() + " (SOP Class, syntax) pairs: an association has at most "
                    + "128 presentation contexts (PS3.8 9.3.2.2, odd IDs 1-255)");
        }
        StringBuilder syntaxes = new StringBuilder("[[TransferSyntaxes]]\n");
        StringBuilder contexts = new StringBuilder("[[PresentationContexts]]\n[Contexts]\n");
        int n = 0;
        for (String pair : pairs) {
            n++;
            String[] sopAndTs = pair.split("\\\\");
            syntaxes.append("[TS").append(n).append("]\nTransferSyntax1 = ").append(sopAndTs[1]).append('\n');
            contexts.append("PresentationContext").append(n).append(" = ").append(sopAndTs[0]).append("\\TS")
                    .append(n).append('\n');
        }
        Path cfg = dir.resolve("storescu-" + PROFILE + ".cfg");
        Files.writeString(cfg, syntaxes + "\n" + contexts + "\n[[Profiles]]\n[" + PROFILE + "]\n"
                + "PresentationContexts = Contexts\n");
        return cfg;
    }
}
