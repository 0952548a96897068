package org.dicomharness.dicom.net.dimse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every DIMSE status code of PS3.7 Annex C and of the PS3.4 service classes, read from {@code statuses.tsv}.
 * Lookup prefers the service class's own table (exact code, then its ranges such as Cxxx), then PS3.7's
 * general codes; a code nobody defines comes back with its PS3.7 C.1 category and the name "undefined".
 */
public final class StatusRegistry {

    private static final String RESOURCE = "statuses.tsv";
    private static final StatusRegistry STANDARD = load();

    private record Row(ServiceClass service, int code, int mask, StatusCategory category, String name, String reference) {

        boolean matches(int c) {
            return (c & mask) == code;
        }
    }

    private final List<Row> rows;

    private StatusRegistry(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static StatusRegistry standard() {
        return STANDARD;
    }

    /** The status as the service class names it. */
    public Status lookup(int code, ServiceClass service) {
        return find(code, service).or(() -> find(code, ServiceClass.GENERAL)).orElseGet(() -> new Status(code,
                StatusCategory.of(code), "undefined status code (no table of PS3.7 Annex C or PS3.4 "
                + service.key() + " names it)", service, "PS3.7 C.1"));
    }

    /** The status a response carries, named by the service class of its command and SOP Class. */
    public Status lookup(DimseResponse response, String requestSopClassUid) {
        String sop = requestSopClassUid;
        return lookup(response.status(), ServiceClass.of(response.commandField(), sop));
    }

    /** Every named entry, ranges included, as {@link Status} records whose code is the range's first code. */
    public List<Status> entries() {
        List<Status> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new Status(r.code, r.category, r.name, r.service, r.reference));
        }
        return List.copyOf(out);
    }

    private Optional<Status> find(int code, ServiceClass service) {
        Row range = null;
        for (Row r : rows) {
            if (r.service != service || !r.matches(code)) {
                continue;
            }
            if (r.mask == 0xFFFF) {
                return Optional.of(new Status(code, r.category, r.name, r.service, r.reference));
            }
            range = r;
        }
        return range == null ? Optional.empty()
                : Optional.of(new Status(code, range.category, range.name, range.service, range.reference));
    }

    private static StatusRegistry load() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = StatusRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("status table " + RESOURCE + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5 || f[1].length() != 4) {
                    throw new IllegalStateException(RESOURCE + " line " + n + " is malformed: " + line);
                }
                int mask = 0;
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    char c = f[1].charAt(i);
                    mask <<= 4;
                    code <<= 4;
                    if (c != 'x') {
                        mask |= 0xF;
                        code |= Character.digit(c, 16);
                    }
                }
                StatusCategory category = StatusCategory.valueOf(f[2]);
                if (mask == 0xFFFF && StatusCategory.of(code) != category) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": " + f[1] + " is " + category
                            + " but PS3.7 C.1 puts it in " + StatusCategory.of(code));
                }
                rows.add(new Row(ServiceClass.ofKey(f[0]), code, mask, category, f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StatusRegistry(rows);
    }
}
