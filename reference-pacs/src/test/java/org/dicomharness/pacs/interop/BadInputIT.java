package org.dicomharness.pacs.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.net.dimse.CStoreRsp;
import org.dicomharness.dicom.net.dimse.DataSetWriter;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.Priority;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.h2.tools.Server;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input at the storage SCP, sent by our own SCU because only it can misbehave on purpose: a data set that does
 * not parse, an association aborted in the middle of a C-STORE, the connection dropped in the middle of a PDU, a
 * full disk, and the index database gone. In every case the sender gets the status PS3.4 B.2.3 names (or sees its
 * own abort), no partial file stays in {@code incoming/}, the index and the object files are as before, the event is
 * visible in monitoring over HTTP, and the PACS goes on serving: a following C-ECHO and C-STORE succeed.
 */
class BadInputIT {

    private static final String SENDER = "BADSENDER";

    @TempDir
    Path tmp;

    @Test
    void dataSetThatDoesNotParseIsRefusedWithC000() throws Exception {
        try (ReferencePacs pacs = start(config(tmp.resolve("pacs")))) {
            storeSmall(pacs, "1.2.826.0.1.1");
            PacsState before = PacsState.of(pacs);
            // SOP Class and Instance UIDs, then Patient's Name announcing 4096 bytes of which 6 follow.
            byte[] garbage = concat(explicitLe(Tags.SOPClassUID, "UI", Uids.SecondaryCaptureImageStorage),
                    explicitLe(Tags.SOPInstanceUID, "UI", "1.2.826.0.1.2"),
                    new byte[] {0x10, 0x00, 0x10, 0x00, 'P', 'N', 0x00, 0x10, 'D', 'o', 'e', '^', 'J', 'o'});
            try (DimseClient client = open(pacs, new AssociationRequestor())) {
                CStoreRsp rsp = client.store(context(client, Uids.SecondaryCaptureImageStorage),
                        Uids.SecondaryCaptureImageStorage, "1.2.826.0.1.2", (out, ts) -> out.write(garbage),
                        Priority.MEDIUM, null, null);
                assertThat(rsp.status()).as("PS3.4 B.2.3 Error: Cannot understand").isEqualTo(0xC000);
                assertThat(rsp.detail().errorComment()).contains("does not parse");
                assertThat(client.echo().status()).as("the association stays usable").isZero();
            }
            PacsState.awaitNoPartialFile(pacs);
            assertThat(PacsState.of(pacs)).as("index and object files unchanged").isEqualTo(before);
            JsonNode rejected = PacsState.monitoring(pacs, "api/rejected");
            assertThat(rejected.get(0).get("kind").asText()).isEqualTo("REJECTED");
            assertThat(rejected.get(0).get("sopInstanceUid").asText()).isEqualTo("1.2.826.0.1.2");
            assertThat(rejected.get(0).get("detail").asText()).contains("does not parse");
            assertThat(PacsState.metrics(pacs)).contains("pacs_store_requests_total{result=\"failure\",status=\"C000\"} 1.0");
            assertKeepsServing(pacs, "1.2.826.0.1.3");
        }
    }

    @Test
    void associationAbortedInTheMiddleOfACStoreLeavesNothing() throws Exception {
        try (ReferencePacs pacs = start(config(tmp.resolve("pacs")))) {
            storeSmall(pacs, "1.2.826.0.2.1");
            PacsState before = PacsState.of(pacs);
            Dataset ct = TestImages.ct(TestImages.Ids.fresh("ABORT1", "Abort^Anna"), 512, 512);
            String uid = ct.getString(Tags.SOPInstanceUID);
            byte[] encoded = encode(ct);
            try (DimseClient client = open(pacs, new AssociationRequestor())) {
                DataSetWriter half = (out, ts) -> {
                    out.write(encoded, 0, encoded.length / 2);
                    out.flush();
                    client.association().abort();
                    throw new IOException("test: A-ABORT sent after " + encoded.length / 2 + " of " + encoded.length
                            + " bytes");
                };
                assertThatThrownBy(() -> client.store(context(client, Uids.CTImageStorage), Uids.CTImageStorage, uid,
                        half, Priority.MEDIUM, null, null)).isInstanceOf(IOException.class);
            }
            assertTransferFailedAndNothingKept(pacs, before, uid);
            assertThat(PacsState.monitoring(pacs, "api/associations").get("recent").toString()).contains("aborted");
            assertKeepsServing(pacs, "1.2.826.0.2.2");
        }
    }

    @Test
    void connectionDroppedInTheMiddleOfAPduLeavesNothing() throws Exception {
        try (ReferencePacs pacs = start(config(tmp.resolve("pacs")))) {
            storeSmall(pacs, "1.2.826.0.3.1");
            PacsState before = PacsState.of(pacs);
            Dataset ct = TestImages.ct(TestImages.Ids.fresh("DROP1", "Drop^Dora"), 512, 512);
            String uid = ct.getString(Tags.SOPInstanceUID);
            try (DimseClient client = open(pacs, new AssociationRequestor().withOutputFilter(closeAfter(300_000)))) {
                assertThatThrownBy(() -> client.store(ct)).isInstanceOf(IOException.class);
            }
            assertTransferFailedAndNothingKept(pacs, before, uid);
            assertKeepsServing(pacs, "1.2.826.0.3.2");
        }
    }

    /**
     * The data folder on a 1 MiB tmpfs (the index elsewhere): a 2 MiB object cannot be written. Needs root and
     * CAP_SYS_ADMIN to mount; skipped where mounting is impossible.
     */
    @Test
    void fullDiskIsRefusedWithA700() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("small-disk"));
        ProcessRunner.Result mount;
        try {
            mount = ProcessRunner.run(tmp, List.of("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", data.toString()),
                    java.util.Map.of(), 30);
        } catch (java.io.UncheckedIOException e) {
            mount = null;
        }
        String why = mount == null ? "no mount program" : mount.err().strip();
        Assumptions.assumeTrue(mount != null && mount.exitCode() == 0, () -> "cannot mount a 1 MiB tmpfs as the data "
                + "folder (needs root and CAP_SYS_ADMIN), so the disk-full case is not run here: " + why);
        try {
            PacsConfig config = config(data).withJdbc("jdbc:h2:file:" + tmp.resolve("index").resolve("pacs")
                    + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", null, null);
            try (ReferencePacs pacs = start(config)) {
                storeSmall(pacs, "1.2.826.0.4.1");
                PacsState before = PacsState.of(pacs);
                Dataset big = TestImages.ct(TestImages.Ids.fresh("FULL1", "Full^Fred"), 1024, 1024);
                String uid = big.getString(Tags.SOPInstanceUID);
                try (DimseClient client = open(pacs, new AssociationRequestor())) {
                    CStoreRsp rsp = client.store(big);
                    assertThat(rsp.status()).as("PS3.4 B.2.3 Refused: Out of Resources").isEqualTo(0xA700);
                    assertThat(rsp.detail().errorComment()).contains("cannot write the object to disk");
                    assertThat(client.echo().status()).isZero();
                }
                PacsState.awaitNoPartialFile(pacs);
                assertThat(PacsState.of(pacs)).isEqualTo(before);
                JsonNode rejected = PacsState.monitoring(pacs, "api/rejected");
                assertThat(rejected.get(0).get("sopInstanceUid").asText()).isEqualTo(uid);
                assertThat(rejected.get(0).get("detail").asText()).contains("No space left on device");
                assertKeepsServing(pacs, "1.2.826.0.4.2");
            }
        } finally {
            ProcessRunner.run(tmp, List.of("umount", data.toString()), java.util.Map.of(), 30).check();
        }
    }

    /**
     * The index in an H2 server that is stopped while the PACS runs: the C-STORE is refused with A700 (the object
     * cannot be indexed, so it is not kept), and once the database is back the PACS stores again and the refusal is
     * in the event log.
     */
    @Test
    void indexDatabaseUnavailableIsRefusedWithA700() throws Exception {
        Path dbDir = Files.createDirectories(tmp.resolve("h2"));
        String dbPort = Integer.toString(PeerProcess.freePort());
        String[] serverArgs = {"-tcpPort", dbPort, "-baseDir", dbDir.toString(), "-ifNotExists"};
        Server db = Server.createTcpServer(serverArgs).start();
        try {
            PacsConfig config = config(tmp.resolve("pacs")).withJdbc("jdbc:h2:tcp://127.0.0.1:" + dbPort + "/pacs",
                    "sa", "sa");
            try (ReferencePacs pacs = start(config)) {
                storeSmall(pacs, "1.2.826.0.5.1");
                PacsState before = PacsState.of(pacs);
                db.stop();
                Dataset sc = small("1.2.826.0.5.2");
                try (DimseClient client = open(pacs, new AssociationRequestor())) {
                    CStoreRsp rsp = client.store(sc);
                    assertThat(rsp.status()).as("PS3.4 B.2.3 Refused: Out of Resources").isEqualTo(0xA700);
                    assertThat(rsp.detail().errorComment()).contains("index unavailable");
                    assertThat(client.echo().status()).isZero();
                }
                PacsState.awaitNoPartialFile(pacs);
                db = Server.createTcpServer(serverArgs).start();
                assertKeepsServing(pacs, "1.2.826.0.5.3");
                assertThat(PacsState.metrics(pacs))
                        .contains("pacs_store_requests_total{result=\"failure\",status=\"A700\"} 1.0");
                PacsState after = PacsState.of(pacs);
                assertThat(after.rows()).containsAll(before.rows()).hasSize(before.rows().size() + 1);
                assertThat(after.rows()).noneMatch(r -> r.contains(" 1.2.826.0.5.2 "));
                assertThat(after.objects()).noneMatch(f -> f.contains("1.2.826.0.5.2"));
                // The refusal happened while the event log (in the same database) was unreachable: held, then written.
                JsonNode rejected = PacsState.monitoring(pacs, "api/rejected");
                assertThat(rejected.get(0).get("sopInstanceUid").asText()).isEqualTo("1.2.826.0.5.2");
                assertThat(rejected.get(0).get("detail").asText()).contains("index unavailable");
            }
        } finally {
            db.stop();
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void assertTransferFailedAndNothingKept(ReferencePacs pacs, PacsState before, String uid)
            throws IOException, InterruptedException {
        // The PACS learns of the broken transfer after the sender does: wait for the event, then look.
        JsonNode failed = PacsState.monitoring(pacs, "api/failed-transfers");
        for (int i = 0; i < 500 && failed.isEmpty(); i++) {
            Thread.sleep(20);
            failed = PacsState.monitoring(pacs, "api/failed-transfers");
        }
        assertThat(failed).as("a failed transfer in monitoring").isNotEmpty();
        assertThat(failed.get(0).get("kind").asText()).isEqualTo("TRANSFER_FAILED");
        assertThat(failed.get(0).get("sopInstanceUid").asText()).isEqualTo(uid);
        assertThat(failed.get(0).get("callingAe").asText()).isEqualTo(SENDER);
        assertThat(failed.get(0).get("detail").asText()).contains("data set transfer failed");
        PacsState.awaitNoPartialFile(pacs);
        assertThat(PacsState.of(pacs)).as("index and object files unchanged").isEqualTo(before);
    }

    /** A new association: C-ECHO and a C-STORE both succeed, and the object is indexed. */
    private static void assertKeepsServing(ReferencePacs pacs, String sopUid) throws IOException {
        try (DimseClient client = open(pacs, new AssociationRequestor())) {
            assertThat(client.echo().status()).isZero();
            CStoreRsp rsp = client.store(small(sopUid));
            assertThat(rsp.status()).as("C-STORE after the bad input: " + rsp.detail()).isZero();
        }
        assertThat(pacs.archive().index().current(sopUid)).as("stored after the bad input").isPresent();
    }

    private static void storeSmall(ReferencePacs pacs, String sopUid) throws IOException {
        try (DimseClient client = open(pacs, new AssociationRequestor())) {
            assertThat(client.store(small(sopUid)).status()).isZero();
        }
    }

    private static Dataset small(String sopUid) {
        Dataset ds = new Dataset();
        ds.setString(Tags.SOPClassUID, Uids.SecondaryCaptureImageStorage);
        ds.setString(Tags.SOPInstanceUID, sopUid);
        ds.setString(Tags.Modality, "OT");
        ds.setString(Tags.PatientName, "Bad^Input");
        ds.setString(Tags.PatientID, "BAD1");
        ds.setString(Tags.StudyInstanceUID, "1.2.826.0.9");
        ds.setString(Tags.SeriesInstanceUID, "1.2.826.0.9.1");
        ds.setBytes(Tags.PixelData, VR.OB, new byte[] {1, 2, 3, 4});
        return ds;
    }

    private static PacsConfig config(Path data) {
        return PacsConfig.defaults(data).withPort(0).withMonitoringPort(0);
    }

    private static ReferencePacs start(PacsConfig config) throws IOException {
        return ReferencePacs.start(config, ArchivalValidator.NONE);
    }

    private static DimseClient open(ReferencePacs pacs, AssociationRequestor requestor) throws IOException {
        AAssociateRq rq = AssociateRequestBuilder.of(SENDER, pacs.aeTitle())
                .context(Uids.Verification, Uids.ExplicitVRLittleEndian)
                .context(Uids.CTImageStorage, Uids.ExplicitVRLittleEndian)
                .context(Uids.SecondaryCaptureImageStorage, Uids.ExplicitVRLittleEndian).build();
        return DimseClient.open(requestor, "127.0.0.1", pacs.port(), rq);
    }

    private static PresentationContext context(DimseClient client, String sopClass) throws IOException {
        return client.context(sopClass, Uids.ExplicitVRLittleEndian);
    }

    private static byte[] encode(Dataset ds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(ds);
        return out.toByteArray();
    }

    /** One Explicit VR Little Endian element with a short (2-byte) length, value padded to even length with NUL. */
    private static byte[] explicitLe(int tag, String vr, String value) {
        byte[] v = value.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int len = v.length + (v.length & 1);
        byte[] out = new byte[8 + len];
        out[0] = (byte) (tag >>> 16);
        out[1] = (byte) (tag >>> 24);
        out[2] = (byte) tag;
        out[3] = (byte) (tag >>> 8);
        out[4] = (byte) vr.charAt(0);
        out[5] = (byte) vr.charAt(1);
        out[6] = (byte) len;
        out[7] = (byte) (len >>> 8);
        System.arraycopy(v, 0, out, 8, v.length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The socket's output stream, closed (the TCP connection with it) once {@code limit} bytes went through. */
    private static UnaryOperator<OutputStream> closeAfter(long limit) {
        return socketOut -> new FilterOutputStream(socketOut) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > limit) {
                    int n = (int) (limit - written);
                    out.write(b, off, n);
                    out.flush();
                    written = limit;
                    out.close();
                    throw new IOException("test: connection dropped after " + limit + " bytes");
                }
                out.write(b, off, len);
                written += len;
            }
        };
    }
}
