package org.dicomharness.validation.sr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The PS3.16 context groups used by the dose templates, with nested groups (INCLUDE) resolved. */
public final class ContextGroups {

    private final Map<String, Set<String>> codes;

    private ContextGroups(Map<String, Set<String>> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** Builds the groups from rows of cid, scheme (or INCLUDE), value. */
    static ContextGroups of(List<String[]> rows) {
        Map<String, Set<String>> direct = new HashMap<>();
        Map<String, Set<String>> includes = new HashMap<>();
        for (String[] r : rows) {
            if (r[1].equals("INCLUDE")) {
                includes.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[2]);
            } else {
                direct.computeIfAbsent(r[0], k -> new HashSet<>()).add(key(r[1], r[2]));
            }
        }
        Map<String, Set<String>> all = new HashMap<>();
        Set<String> cids = new HashSet<>(direct.keySet());
        cids.addAll(includes.keySet());
        for (String cid : cids) {
            Set<String> out = new HashSet<>();
            collect(cid, direct, includes, out, new HashSet<>());
            all.put(cid, Set.copyOf(out));
        }
        return new ContextGroups(all);
    }

    private static void collect(String cid, Map<String, Set<String>> direct, Map<String, Set<String>> includes,
                                Set<String> out, Set<String> seen) {
        if (!seen.add(cid)) {
            return;
        }
        out.addAll(direct.getOrDefault(cid, Set.of()));
        for (String nested : includes.getOrDefault(cid, Set.of())) {
            collect(nested, direct, includes, out, seen);
        }
    }

    public boolean knows(String cid) {
        return codes.containsKey(cid);
    }

    /** Whether {@code code} is in context group {@code cid} (SRT and SCT spellings both listed by the source). */
    public boolean contains(String cid, Code code) {
        Set<String> set = codes.get(cid);
        return set != null && code != null && set.contains(key(code.scheme(), code.value()));
    }

    private static String key(String scheme, String value) {
        return scheme + "|" + value;
    }
}
