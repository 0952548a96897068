package org.dicomharness.dicom.charset;

import java.io.ByteArrayOutputStream;

/** Byte strings written as the standard writes them, so test data can be compared with the text by eye. */
final class StandardBytes {

    private StandardBytes() {
    }

    /** PS3.5 column/row notation: {@code "05/09 06/01 01/11"}. */
    static byte[] columnRow(String notation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String token : notation.trim().split("\\s+")) {
            String[] parts = token.split("/");
            out.write(Integer.parseInt(parts[0]) << 4 | Integer.parseInt(parts[1]));
        }
        return out.toByteArray();
    }

    /** Hexadecimal notation as PS3.5 Annexes J and K write it: {@code "0x57 0x61 0x1B"}. */
    static byte[] hex(String notation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String token : notation.trim().split("\\s+")) {
            out.write(Integer.parseInt(token.substring(2), 16));
        }
        return out.toByteArray();
    }
}
