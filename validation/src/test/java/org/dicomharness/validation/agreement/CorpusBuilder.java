package org.dicomharness.validation.agreement;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.validation.testing.SampleObjects;

/**
 * Builds the dciodvfy agreement corpus in a folder: valid objects of every IOD the sample builders know, in
 * three transfer syntaxes and several sizes; files made by DCMTK (img2dcm from BMP and JPEG images, dump2dcm from
 * dumps of our objects, dcmconv re-encodings); and objects broken on purpose, one defect at a time, in the eight
 * categories the agreement must cover.
 */
final class CorpusBuilder {

    static final List<TransferSyntax> SYNTAXES = List.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);

    private final Path root;
    private final SampleObjects samples = new SampleObjects();
    private final List<CorpusFile> files = new ArrayList<>();

    CorpusBuilder(Path root) {
        this.root = root;
    }

    /** The valid objects by name. */
    Map<String, Supplier<Dataset>> iods() {
        Map<String, Supplier<Dataset>> m = new LinkedHashMap<>();
        m.put("ct", samples::ct);
        m.put("mr", samples::mr);
        m.put("cr", samples::cr);
        m.put("dx", samples::dx);
        m.put("mg", samples::mg);
        m.put("us", samples::us);
        m.put("us-multiframe", samples::usMultiFrame);
        m.put("nm", samples::nm);
        m.put("pt", samples::pt);
        m.put("sc", samples::sc);
        m.put("encapsulated-pdf", samples::encapsulatedPdf);
        m.put("ecg", samples::ecg);
        m.put("ct-dose-sr", samples::ctDoseSr);
        m.put("projection-dose-sr", samples::projectionDoseSr);
        m.put("enhanced-ct", () -> samples.enhancedCt(3));
        m.put("enhanced-mr", () -> samples.enhancedMr(3));
        m.put("kos", samples::keyObjectSelection);
        m.put("basic-text-sr", samples::basicTextSr);
        return m;
    }

    /** Real files the Debian packages of the peers ship as examples (dicom3tools: an MR from a real scanner). */
    static final List<Path> SHIPPED_SAMPLES = List.of(Path.of("/usr/share/doc/dicom3tools/examples/0051.dcm"));

    List<CorpusFile> build() throws IOException {
        generated();
        dcmtk();
        for (Path sample : SHIPPED_SAMPLES) {
            if (Files.isRegularFile(sample)) {
                Path copy = file("shipped/" + sample.getFileName().toString().replace(".dcm", ""));
                Files.copy(sample, copy);
                add("shipped/" + sample.getFileName(), CorpusFile.Origin.SHIPPED, "example", "shipped as " + sample,
                        copy);
            }
        }
        broken();
        return List.copyOf(files);
    }

    private void generated() throws IOException {
        for (Map.Entry<String, Supplier<Dataset>> e : iods().entrySet()) {
            for (TransferSyntax ts : SYNTAXES) {
                String name = "generated/" + e.getKey() + "-" + shortName(ts);
                write(name, CorpusFile.Origin.GENERATED, e.getKey(), "valid " + e.getKey() + " in " + ts.name(),
                        e.getValue().get(), ts);
            }
        }
        for (int frames : new int[] {1, 10, 50}) {
            write("generated/enhanced-ct-" + frames + "-frames", CorpusFile.Origin.GENERATED, "enhanced-ct",
                    "valid Enhanced CT with " + frames + " frame(s)", samples.enhancedCt(frames),
                    TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            write("generated/enhanced-mr-" + frames + "-frames", CorpusFile.Origin.GENERATED, "enhanced-mr",
                    "valid Enhanced MR with " + frames + " frame(s)", samples.enhancedMr(frames),
                    TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        }
        Dataset dx = samples.dx();
        dx.newSequence(Tags.ViewCodeSequence);
        write("generated/dx-empty-view-code", CorpusFile.Origin.GENERATED, "dx",
                "valid DX with an empty (zero-item) Type 3 View Code Sequence", dx, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        for (int frames : new int[] {2, 8, 30}) {
            Dataset us = samples.usMultiFrame();
            us.setString(Tags.NumberOfFrames, String.valueOf(frames));
            samples.pixels(us, 16, 16, 8, 1, "MONOCHROME2", frames);
            write("generated/us-multiframe-" + frames + "-frames", CorpusFile.Origin.GENERATED, "us-multiframe",
                    "valid Ultrasound Multi-frame with " + frames + " frames", us, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        }
        for (int size : new int[] {8, 64, 256}) {
            Dataset ct = samples.ct();
            samples.pixels(ct, size, size, 16, 1, "MONOCHROME2", 1);
            ct.setInt(Tags.BitsStored, 12);
            ct.setInt(Tags.HighBit, 11);
            write("generated/ct-" + size + "px", CorpusFile.Origin.GENERATED, "ct", "valid CT of " + size + " x "
                    + size + " pixels", ct, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            Dataset sc = samples.sc();
            samples.pixels(sc, size, size, 8, 3, "RGB", 1);
            write("generated/sc-rgb-" + size + "px", CorpusFile.Origin.GENERATED, "sc", "valid RGB Secondary Capture "
                    + size + " x " + size, sc, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        }
    }

    private void dcmtk() throws IOException {
        Path images = Files.createDirectories(root.resolve("images"));
        int n = 0;
        for (int size : new int[] {16, 33, 128}) {
            for (boolean color : new boolean[] {false, true}) {
                BufferedImage image = new BufferedImage(size, size,
                        color ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        image.setRGB(x, y, (x * 7 + y * 13) * 0x010203 & 0xFFFFFF);
                    }
                }
                String base = (color ? "rgb" : "gray") + size;
                Path bmp = images.resolve(base + ".bmp");
                Path jpg = images.resolve(base + ".jpg");
                ImageIO.write(image, "bmp", bmp.toFile());
                ImageIO.write(image, "jpg", jpg.toFile());
                String[] classes = {"-sc", "-nsc", "-vlp"};
                String sopOption = classes[n++ % classes.length];
                img2dcm("dcmtk/img2dcm-bmp-" + base + sopOption, bmp, "BMP", sopOption);
                img2dcm("dcmtk/img2dcm-jpeg-" + base + sopOption, jpg, "JPEG", sopOption);
            }
        }
        for (String key : List.of("ct-dose-sr", "projection-dose-sr", "kos", "basic-text-sr", "ecg", "encapsulated-pdf",
                "ct", "mr", "nm", "pt", "us", "dx")) {
            Path source = root.resolve("generated/" + key + "-explicit.dcm");
            Path dump = root.resolve("dumps/" + key + ".txt");
            Files.createDirectories(dump.getParent());
            String text = ProcessRunner.run(root, List.of("dcmdump", "-q", "+L", "+E", "+W", dump.getParent().toString(),
                    source.toString())).check().out(StandardCharsets.ISO_8859_1);
            Files.writeString(dump, text, StandardCharsets.ISO_8859_1);
            Path out = file("dcmtk/dump2dcm-" + key);
            ProcessRunner.run(root, List.of("dump2dcm", "-q", "+E", "+te", dump.toString(), out.toString())).check();
            add("dcmtk/dump2dcm-" + key, CorpusFile.Origin.DCMTK, key, "dcmdump of our " + key
                    + " re-encoded by dump2dcm", out);
        }
        for (String key : List.of("ct", "mr", "enhanced-ct", "enhanced-mr", "us-multiframe", "ct-dose-sr", "sc", "nm")) {
            Path source = root.resolve("generated/" + key + "-explicit.dcm");
            String[][] options = {{"+ti", "implicit"}, {"+tb", "big-endian"}};
            for (String[] option : options) {
                Path out = file("dcmtk/dcmconv-" + key + "-" + option[1]);
                ProcessRunner.run(root, List.of("dcmconv", "-q", option[0], source.toString(), out.toString())).check();
                add("dcmtk/dcmconv-" + key + "-" + option[1], CorpusFile.Origin.DCMTK, key,
                        "our " + key + " converted by dcmconv " + option[0], out);
            }
        }
    }

    private void img2dcm(String name, Path image, String format, String sopOption) throws IOException {
        Path out = file(name);
        ProcessRunner.run(root, List.of("img2dcm", "-q", "-i", format, sopOption,
                "-k", "PatientName=Img^Two", "-k", "PatientID=IMG2DCM", "-k", "StudyDate=20240115",
                "-k", "StudyTime=101500", "-k", "StudyID=1", "-k", "SeriesNumber=1", "-k", "InstanceNumber=1",
                "-k", "Modality=OT", "-k", "Laterality=", image.toString(), out.toString())).check();
        add(name, CorpusFile.Origin.DCMTK, "img2dcm " + sopOption, "img2dcm " + format + " " + sopOption, out);
    }

    private void broken() throws IOException {
        for (Mutation m : Mutations.all()) {
            String[] iod = m.name().split(":", 2);
            Dataset d = iods().get(iod[0]).get();
            m.change().accept(d);
            String name = "broken/" + m.category().replace(' ', '-').toLowerCase() + "/" + iod[0] + "-" + iod[1];
            // Explicit VR so that a wrong VR is on the wire (an implicit VR reader would take the dictionary's)
            write(name, CorpusFile.Origin.BROKEN, m.category(), m.description(), d,
                    TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        }
    }

    private void write(String name, CorpusFile.Origin origin, String category, String description, Dataset d,
                       TransferSyntax ts) throws IOException {
        Path out = file(name);
        Part10Writer.write(out, d, ts, WriteOptions.defaults());
        add(name, origin, category, description, out);
    }

    private Path file(String name) throws IOException {
        Path out = root.resolve(name + ".dcm");
        Files.createDirectories(out.getParent());
        return out;
    }

    private void add(String name, CorpusFile.Origin origin, String category, String description, Path path) {
        files.add(new CorpusFile(name, origin, category, description, path));
    }

    private static String shortName(TransferSyntax ts) {
        if (ts.equals(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN)) {
            return "implicit";
        }
        return ts.bigEndian() ? "big-endian" : "explicit";
    }
}
