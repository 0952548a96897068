package org.dicomharness.dicom.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The PS3.6 Annex A registry of DICOM unique identifiers, loaded from the generated resource {@code uids.tsv}. */
public final class UidRegistry {

    private static final String RESOURCE = "uids.tsv";

    private final Map<String, UidEntry> byUid;
    private final Map<String, UidEntry> byKeyword;

    private UidRegistry(List<UidEntry> entries) {
        Map<String, UidEntry> uidMap = new LinkedHashMap<>();
        Map<String, UidEntry> keywordMap = new LinkedHashMap<>();
        for (UidEntry e : entries) {
            uidMap.put(e.uid(), e);
            if (!e.keyword().isEmpty()) {
                keywordMap.put(e.keyword(), e);
            }
        }
        this.byUid = java.util.Collections.unmodifiableMap(uidMap);
        this.byKeyword = java.util.Collections.unmodifiableMap(keywordMap);
    }

    public static UidRegistry standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final UidRegistry STANDARD = load();
    }

    public Optional<UidEntry> lookup(String uid) {
        return Optional.ofNullable(byUid.get(uid));
    }

    public Optional<UidEntry> byKeyword(String keyword) {
        return Optional.ofNullable(byKeyword.get(keyword));
    }

    /** The registry's name for {@code uid}, or the UID itself when it is not registered (private or unknown). */
    public String nameOf(String uid) {
        UidEntry e = byUid.get(uid);
        return e == null ? uid : e.name();
    }

    /** All entries in registry order. */
    public List<UidEntry> entries() {
        return List.copyOf(byUid.values());
    }

    public List<UidEntry> storageSopClasses() {
        return byUid.values().stream().filter(UidEntry::isStorageSopClass).toList();
    }

    private static UidRegistry load() {
        try (InputStream in = UidRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("UID registry resource " + RESOURCE + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<UidEntry> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                entries.add(new UidEntry(c[0], c[1], c[2], c[3], "Y".equals(c[4])));
            }
            return new UidRegistry(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read UID registry resource " + RESOURCE, e);
        }
    }
}
