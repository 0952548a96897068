package org.dicomharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.dicom.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code harness pacs} as a user runs it (the shaded jar in its own JVM) with {@code --hl7-port}, {@code --worklist}
 * and {@code --profiles}: DCMTK {@code findscu -W} sees the seeded step and an order sent over MLLP; an ADT for an
 * unknown patient gets the NAK HL7 names; an object matching a vendor profile comes back from DCMTK {@code getscu}
 * normalized; a restart with the same worklist file keeps the steps it holds instead of failing.
 */
class PacsCommandIT {

    private static final String WORKLIST = """
            items:
              - patient: {id: CLI001, issuer: HOSP, name: "Seed^Sam", birthDate: "19800101", sex: M}
                step: {orderKey: CLIORD1, accessionNumber: CLIACC1, requestedProcedureId: CLIRP1, spsId: CLISPS1,
                       modality: CT, stationAeTitle: CT01, startDate: "20240301", startTime: "0900"}
            """;

    private static final String PROFILES = """
            profiles:
              - name: acme
                match: {manufacturer: "ACME.*"}
                coercions:
                  - {attribute: InstitutionName, trim: true, map: {"St. Mary's Hosp.": "Saint Mary Hospital"}}
            """;

    @TempDir
    Path dir;

    @Test
    void pacsWithHl7WorklistAndProfiles() throws Exception {
        for (String p : List.of("findscu", "storescu", "getscu")) {
            Peers.require(p, "dcmtk");
        }
        Path jar = Path.of("target", "harness.jar").toAbsolutePath();
        assertThat(jar).as("the shaded jar mvn package builds").exists();
        Path worklist = Files.writeString(dir.resolve("worklist.yaml"), WORKLIST);
        Path profiles = Files.writeString(dir.resolve("profiles.yaml"), PROFILES);
        int port = PeerProcess.freePort();
        int hl7Port = PeerProcess.freePort();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "pacs", "--port", Integer.toString(port), "--hl7-port", Integer.toString(hl7Port),
                "--worklist", worklist.toString(), "--profiles", profiles.toString(), "--data",
                dir.resolve("data").toString(), "--no-fsync", "--monitoring-port", "-1");

        try (PeerProcess pacs = start(cmd, port, "first")) {
            assertThat(pacs.log()).contains("HL7 v2 (MLLP) listening on 127.0.0.1:" + hl7Port)
                    .contains("1 step(s) scheduled, 0 already held");
            assertThat(worklistStepIds(port)).containsExactly("CLISPS1");

            String order = String.join("\r",
                    "MSH|^~\\&|RIS|HOSP|PACS|HOSP|20240301080000||ORM^O01|CLI-C1|P|2.3.1",
                    "PID|1||CLI002^^^HOSP||Order^Olga||19700101|F",
                    "PV1|1|O||||||^Ref^Rita",
                    "ORC|NW|CLIPL2|CLIFI2||SC||^^^202403011000",
                    "OBR|1|CLIPL2|CLIFI2|MRKNEE^MR knee^99LOCAL||||||||||||^Req^Rolf||CLIACC2|CLIRP2|CLISPS2|MR01"
                            + "|||MR|||^^^202403011000",
                    "ZDS|2.25.811^100^Application^DICOM") + "\r";
            String ack = mllp(hl7Port, order);
            assertThat(segment(ack, "MSA")).as(ack).startsWith("MSA|AA|CLI-C1");
            assertThat(worklistStepIds(port)).containsExactlyInAnyOrder("CLISPS1", "CLISPS2");

            String unknown = String.join("\r",
                    "MSH|^~\\&|ADT|HOSP|PACS|HOSP|20240301080000||ADT^A08|CLI-N1|P|2.5",
                    "EVN|A08|20240301080000", "PID|1||NOBODY^^^HOSP||No^Body||19000101|O", "PV1|1|O") + "\r";
            String nak = mllp(hl7Port, unknown);
            assertThat(segment(nak, "MSA")).as(nak).startsWith("MSA|AE|CLI-N1");
            assertThat(segment(nak, "ERR")).as(nak).contains("|204^").contains("is not known");

            TestImages.Ids ids = TestImages.Ids.fresh("CLI003", "Acme^Ann");
            Dataset acme = TestImages.ct(ids, 16, 16);
            acme.setString(Tags.Manufacturer, VR.LO, "ACME Medical");
            acme.setString(Tags.InstitutionName, VR.LO, "  St. Mary's Hosp.  ");
            Path file = TestImages.write(dir.resolve("acme.dcm"), acme, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            ProcessRunner.run(dir, List.of("storescu", "-aec", "REFPACS", "127.0.0.1", Integer.toString(port),
                    file.toString())).check();
            Path got = Files.createDirectories(dir.resolve("got"));
            ProcessRunner.run(got, List.of("getscu", "-S", "-od", got.toString(), "-aec", "REFPACS", "-k",
                    "QueryRetrieveLevel=STUDY", "-k", "StudyInstanceUID=" + ids.studyUid(), "127.0.0.1",
                    Integer.toString(port))).check();
            try (Stream<Path> files = Files.list(got)) {
                List<Path> received = files.toList();
                assertThat(received).hasSize(1);
                DicomFile retrieved = Part10Reader.read(received.get(0));
                assertThat(retrieved.dataset().getString(Tags.InstitutionName)).isEqualTo("Saint Mary Hospital");
                assertThat(retrieved.dataset().contains(Tags.OriginalAttributesSequence)).isTrue();
            }
        }

        try (PeerProcess again = start(cmd, port, "second")) {
            assertThat(again.log()).as("a restart with the same seed keeps what it holds")
                    .contains("0 step(s) scheduled, 1 already held");
            assertThat(worklistStepIds(port)).containsExactlyInAnyOrder("CLISPS1", "CLISPS2");
        }
    }

    /** Starts harness pacs and waits for its "ready" line (the HL7 listener starts after the DICOM port). */
    private PeerProcess start(List<String> cmd, int port, String name) throws InterruptedException {
        PeerProcess p = PeerProcess.start(dir, "harness-pacs-" + name, cmd, Map.of(), port, Duration.ofSeconds(90));
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!p.log().contains("harness pacs: ready") && System.nanoTime() < end) {
            assertThat(p.isAlive()).as(p.log()).isTrue();
            Thread.sleep(50);
        }
        assertThat(p.log()).contains("harness pacs: ready");
        return p;
    }

    private List<String> worklistStepIds(int port) throws IOException {
        Path work = Files.createDirectories(dir.resolve("wl-" + System.nanoTime()));
        ProcessRunner.run(work, List.of("findscu", "-W", "-X", "-od", work.toString(), "-aec", "REFPACS", "-k",
                "ScheduledProcedureStepSequence[0].ScheduledProcedureStepID", "-k", "PatientName", "127.0.0.1",
                Integer.toString(port))).check();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(work)) {
            for (Path rsp : files.filter(f -> f.getFileName().toString().startsWith("rsp")).sorted().toList()) {
                out.add(Part10Reader.read(rsp).dataset().getSequence(Tags.ScheduledProcedureStepSequence).get(0)
                        .getString(Tags.ScheduledProcedureStepID));
            }
        }
        return out;
    }

    /** One HL7 message over MLLP from a plain socket: 0x0B, the message, 0x1C 0x0D; the answer framed alike. */
    private static String mllp(int port, String message) throws IOException {
        try (Socket s = new Socket()) {
            s.setSoTimeout(10_000);
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            OutputStream out = s.getOutputStream();
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(0x0B);
            frame.writeBytes(message.getBytes(StandardCharsets.ISO_8859_1));
            frame.write(0x1C);
            frame.write(0x0D);
            out.write(frame.toByteArray());
            out.flush();
            InputStream in = s.getInputStream();
            assertThat(in.read()).as("MLLP start block").isEqualTo(0x0B);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0x1C; b = in.read()) {
                assertThat(b).as("connection closed inside the MLLP frame").isNotNegative();
                answer.write(b);
            }
            assertThat(in.read()).as("MLLP end block 0x1C 0x0D").isEqualTo(0x0D);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String segment(String message, String name) {
        for (String line : message.split("\r")) {
            if (line.startsWith(name + "|")) {
                return line;
            }
        }
        return "";
    }
}
