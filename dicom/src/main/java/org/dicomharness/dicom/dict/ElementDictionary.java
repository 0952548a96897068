package org.dicomharness.dicom.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.VR;

/**
 * The PS3.6 data dictionary (Tables 6-1, 7-1, 8-1) and PS3.7 command dictionary (E.1-1), loaded from the
 * generated resource {@code elements.tsv}.
 *
 * <p>Lookup order: exact entries, then repeating-group masks (50xx, 60xx, 7Fxx, 1000xxx0, ...), then the
 * implicit entries every group has: group length (gggg,0000) UL and, in private groups, the private
 * creator elements (gggg,0010-00FF) LO (PS3.5 7.8.1).
 */
public final class ElementDictionary {

    private static final String RESOURCE = "elements.tsv";

    private final Map<Integer, DictionaryEntry> exact;
    private final List<DictionaryEntry> masked;
    private final Map<String, DictionaryEntry> byKeyword;

    private ElementDictionary(List<DictionaryEntry> entries) {
        Map<Integer, DictionaryEntry> exactMap = new HashMap<>();
        List<DictionaryEntry> maskedList = new ArrayList<>();
        Map<String, DictionaryEntry> keywordMap = new HashMap<>();
        for (DictionaryEntry e : entries) {
            if (e.isRepeatingGroup()) {
                maskedList.add(e);
            } else {
                exactMap.put(e.tag(), e);
            }
            if (!e.keyword().isEmpty()) {
                keywordMap.put(e.keyword(), e);
            }
        }
        this.exact = Map.copyOf(exactMap);
        this.masked = List.copyOf(maskedList);
        this.byKeyword = Map.copyOf(keywordMap);
    }

    /** The dictionary of the DICOM edition this build was generated from. */
    public static ElementDictionary standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ElementDictionary STANDARD = load();
    }

    public int size() {
        return exact.size() + masked.size();
    }

    /** The entry for {@code tag}, including repeating groups, group lengths and private creators. */
    public Optional<DictionaryEntry> lookup(int tag) {
        DictionaryEntry entry = exact.get(tag);
        if (entry != null) {
            return Optional.of(entry);
        }
        for (DictionaryEntry m : masked) {
            if (m.matches(tag)) {
                return Optional.of(m);
            }
        }
        if (Tag.isGroupLength(tag) && Tag.group(tag) != 0xFFFE) {
            return Optional.of(new DictionaryEntry(tag, 0xFFFFFFFF, List.of(VR.UL), "1", false,
                    "GroupLength", "Group Length"));
        }
        if (Tag.isPrivateCreator(tag)) {
            return Optional.of(new DictionaryEntry(tag, 0xFFFFFFFF, List.of(VR.LO), "1", false,
                    "PrivateCreator", "Private Creator"));
        }
        return Optional.empty();
    }

    /** The VR an Implicit VR reader assigns to {@code tag}: the dictionary's first VR, or UN when unknown. */
    public VR vrOf(int tag) {
        return lookup(tag).map(DictionaryEntry::vr).orElse(VR.UN);
    }

    /** The keyword of {@code tag}, or an empty string when it is not in the dictionary. */
    public String keywordOf(int tag) {
        return lookup(tag).map(DictionaryEntry::keyword).orElse("");
    }

    public Optional<DictionaryEntry> byKeyword(String keyword) {
        return Optional.ofNullable(byKeyword.get(keyword));
    }

    /**
     * Resolves a keyword ({@code PatientName}) or a hexadecimal tag ({@code 00100010}, {@code (0010,0010)}).
     *
     * @throws IllegalArgumentException naming the input when it is neither
     */
    public int tagOf(String keywordOrTag) {
        DictionaryEntry entry = byKeyword.get(keywordOrTag.strip());
        if (entry != null) {
            return entry.tag();
        }
        try {
            return Tag.parse(keywordOrTag);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + keywordOrTag
                    + "' is neither a PS3.6 keyword (e.g. PatientName) nor a tag (e.g. 00100010)", e);
        }
    }

    private static ElementDictionary load() {
        try (InputStream in = ElementDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("dictionary resource " + RESOURCE + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<DictionaryEntry> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                entries.add(parse(line));
            }
            return new ElementDictionary(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary resource " + RESOURCE, e);
        }
    }

    private static DictionaryEntry parse(String line) {
        String[] cells = line.split("\t", -1);
        String hex = cells[0];
        int tag = 0;
        int mask = 0;
        for (int i = 0; i < 8; i++) {
            char c = hex.charAt(i);
            tag <<= 4;
            mask <<= 4;
            if (c != 'x') {
                tag |= Character.digit(c, 16);
                mask |= 0xF;
            }
        }
        List<VR> vrs = new ArrayList<>();
        if (!cells[1].isEmpty()) {
            for (String code : cells[1].split("\\|")) {
                vrs.add(VR.valueOf(code));
            }
        }
        return new DictionaryEntry(tag, mask, vrs, cells[2], "Y".equals(cells[3]), cells[4], cells[5]);
    }
}
