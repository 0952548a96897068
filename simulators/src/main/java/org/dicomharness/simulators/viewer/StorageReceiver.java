package org.dicomharness.simulators.viewer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.Uid;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.net.dimse.CStoreRq;
import org.dicomharness.dicom.net.dimse.CStoreScp;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.ScpContext;
import org.dicomharness.dicom.net.dimse.Status;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.simulators.DatasetDigest;

/**
 * The viewer's Storage SCP (PS3.4 B.2): writes each object as a Part 10 file, the data set streamed to disk as it
 * arrives and digested on the way, and hands it to the retrieve it belongs to: the C-GET whose association it came
 * on, or the C-MOVE named by its Move Originator Message ID (PS3.7 9.1.1.1), or the only C-MOVE in progress when the
 * mover leaves the originator out.
 */
final class StorageReceiver implements CStoreScp {

    /** The objects one retrieve receives. */
    static final class Session {
        private final Path dir;
        private final Integer moveMessageId;
        private final Association getAssociation;
        private final List<ReceivedObject> received = new CopyOnWriteArrayList<>();
        private final List<String> refused = new CopyOnWriteArrayList<>();

        Session(Path dir, Integer moveMessageId, Association getAssociation) {
            this.dir = dir;
            this.moveMessageId = moveMessageId;
            this.getAssociation = getAssociation;
        }

        List<ReceivedObject> received() {
            return List.copyOf(received);
        }

        List<String> refused() {
            return List.copyOf(refused);
        }
    }

    private final Path root;
    private final String aeTitle;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final List<ReceivedObject> unsolicited = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();

    StorageReceiver(Path root, String aeTitle) {
        this.root = root;
        this.aeTitle = aeTitle;
    }

    /** A session for a C-MOVE with this Message ID (objects go to a folder of their own). */
    Session openMove(int messageId) throws IOException {
        Session s = new Session(newDir("move"), messageId, null);
        sessions.add(s);
        return s;
    }

    /** A session for a C-GET on {@code association}, set once it is open. */
    Session openGet(Association association) throws IOException {
        Session s = new Session(newDir("get"), null, association);
        sessions.add(s);
        return s;
    }

    void close(Session s) {
        sessions.remove(s);
    }

    /** Objects no retrieve of this viewer asked for. */
    List<ReceivedObject> unsolicited() {
        return List.copyOf(unsolicited);
    }

    private Path newDir(String kind) throws IOException {
        return Files.createDirectories(root.resolve(String.format("%s-%03d", kind, counter.incrementAndGet())));
    }

    @Override
    public Outcome store(ScpContext ctx, CStoreRq rq, InputStream in) throws IOException {
        String inst = rq.affectedSopInstanceUid();
        Session session = sessionFor(ctx.association(), rq);
        if (inst == null || !Uid.isValid(inst)) {
            // A UID becomes a file name: refuse what is not one (PS3.5 9.1).
            if (session != null) {
                session.refused.add(String.valueOf(inst));
            }
            return Outcome.failure(Status.STORAGE_CANNOT_UNDERSTAND, "Affected SOP Instance UID '" + inst
                    + "' is not a valid UID (PS3.5 9.1)");
        }
        Path dir = session != null ? session.dir : Files.createDirectories(root.resolve("unsolicited"));
        Path part = dir.resolve(inst + ".part");
        Path file = dir.resolve(inst + ".dcm");
        String ts = ctx.presentationContext().transferSyntax();
        MessageDigest md = DatasetDigest.newDigest();
        long bytes = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 256 * 1024)) {
            out.write(new byte[128]);
            out.write(new byte[] {'D', 'I', 'C', 'M'});
            Dataset meta = FileMetaInformation.create(rq.affectedSopClassUid(), inst, ts,
                    ctx.association().callingAeTitle().equals(aeTitle) ? ctx.association().calledAeTitle()
                            : ctx.association().callingAeTitle());
            new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(meta);
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                out.write(buf, 0, n);
                bytes += n;
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String peer = ctx.association().callingAeTitle().equals(aeTitle) ? ctx.association().calledAeTitle()
                : ctx.association().callingAeTitle();
        ReceivedObject r = new ReceivedObject(rq.affectedSopClassUid(), inst, ts, file, DatasetDigest.hex(md), bytes,
                peer, rq.moveOriginatorMessageId());
        if (session != null) {
            session.received.add(r);
        } else {
            unsolicited.add(r);
            ctx.association().trace().note("C-STORE of " + inst + " belongs to no retrieve of this viewer (Move "
                    + "Originator " + rq.moveOriginatorAeTitle() + " / " + rq.moveOriginatorMessageId() + ")");
        }
        return Outcome.success();
    }

    private Session sessionFor(Association a, CStoreRq rq) {
        for (Session s : sessions) {
            if (s.getAssociation == a) {
                return s;
            }
        }
        List<Session> moves = new ArrayList<>();
        for (Session s : sessions) {
            if (s.moveMessageId != null) {
                moves.add(s);
                if (rq.moveOriginatorMessageId() != null && rq.moveOriginatorMessageId().equals(s.moveMessageId)
                        && (rq.moveOriginatorAeTitle() == null || rq.moveOriginatorAeTitle().equals(aeTitle))) {
                    return s;
                }
            }
        }
        return rq.moveOriginatorMessageId() == null && moves.size() == 1 ? moves.get(0) : null;
    }
}
