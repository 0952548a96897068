package org.dicomharness.dicom.io;

import java.nio.file.Path;

/**
 * Reads a DICOM file with Pixel Data left in the file and writes it again: run by {@link LargeObjectIT} in a JVM
 * with a small heap to prove that large objects stream instead of being held in memory.
 */
public final class LargeObjectCopy {

    private LargeObjectCopy() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        DicomFile file = Part10Reader.read(in, ReadOptions.defaults().withBulkData(BulkDataPolicy.REFERENCE));
        Part10Writer.write(out, file, WriteOptions.defaults());
        System.out.println("copied " + in + " -> " + out + " with max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
