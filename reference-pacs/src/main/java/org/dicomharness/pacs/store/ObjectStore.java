package org.dicomharness.pacs.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dicomharness.dicom.Uid;

/**
 * The object files of the PACS. An object is first written under {@code incoming/}, forced to disk, then renamed
 * atomically to {@code objects/<study>/<series>/<instance>.dcm} and the directory forced too, so that a crash
 * leaves either no file or a whole one in place, never a half-written object where Q/R can see it.
 * Paths are built from UIDs only after they passed PS3.5 9.1, so a hostile UID never becomes a path.
 */
public final class ObjectStore {

    private final Path root;
    private final Path incoming;
    private final Path objects;
    private final boolean fsync;

    public ObjectStore(Path dataDirectory, boolean fsync) throws IOException {
        this.root = dataDirectory.toAbsolutePath();
        this.incoming = root.resolve("incoming");
        this.objects = root.resolve("objects");
        this.fsync = fsync;
        Files.createDirectories(incoming);
        Files.createDirectories(objects);
    }

    public Path root() {
        return root;
    }

    /** A new, empty temporary file for an object being received. */
    public Path newIncomingFile() throws IOException {
        return Files.createFile(incoming.resolve(UUID.randomUUID() + ".part"));
    }

    /** Forces a file's content to the storage device (no-op when fsync is off, for benchmarks only). */
    public void force(Path file) throws IOException {
        if (!fsync) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /**
     * Moves a received file into place and returns its path relative to the data folder.
     *
     * @throws IllegalArgumentException when a UID is not a PS3.5 UID (callers check first; this is the last guard)
     */
    public String commit(Path incomingFile, String studyUid, String seriesUid, String sopInstanceUid, int version)
            throws IOException {
        for (String uid : new String[] {studyUid, seriesUid, sopInstanceUid}) {
            Uid.problem(uid).ifPresent(p -> {
                throw new IllegalArgumentException("refusing to build a path from an invalid UID: " + p);
            });
        }
        Path dir = objects.resolve(studyUid).resolve(seriesUid);
        Files.createDirectories(dir);
        String name = version <= 1 ? sopInstanceUid + ".dcm" : sopInstanceUid + ".v" + version + ".dcm";
        Path target = dir.resolve(name);
        try {
            Files.move(incomingFile, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the data folder " + root + " does not support atomic renames: objects could be "
                    + "seen half-written after a crash; use a local file system", e);
        }
        forceDirectory(dir);
        return root.relativize(target).toString();
    }

    /** The absolute path of a stored object. */
    public Path resolve(String relativePath) {
        Path p = root.resolve(relativePath).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("index path " + relativePath + " points outside the data folder");
        }
        return p;
    }

    public void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The file is not referenced by the index; the next start-up removes what is left of it.
        }
    }

    /** Temporary files left by a crash: never acknowledged, never indexed, safe to delete. */
    public List<Path> leftoverIncomingFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(incoming)) {
            stream.forEach(files::add);
        }
        return files;
    }

    /** Every committed object file, for reconciliation with the index at start-up. */
    public List<Path> objectFiles() throws IOException {
        try (var stream = Files.walk(objects)) {
            return stream.filter(Files::isRegularFile).toList();
        }
    }

    private void forceDirectory(Path dir) throws IOException {
        if (!fsync) {
            return;
        }
        // Forcing the directory makes the rename itself durable (POSIX fsync on a directory descriptor).
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
