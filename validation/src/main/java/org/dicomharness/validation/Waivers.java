package org.dicomharness.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A team's accepted findings, read from YAML:
 *
 * <pre>
 * waivers:
 *   - rule: PS3.3 Table C.7-3
 *     path: ReferringPhysicianName
 *     sopClass: 1.2.840.10008.5.1.4.1.1.2     # optional
 *     ae: CT_SCANNER_1                        # optional: only objects from this sender
 *     reason: the modality cannot send it; RIS fills it in (ticket 1234)
 * </pre>
 */
public final class Waivers {

    private static final Waivers NONE = new Waivers(List.of());

    private final List<Waiver> waivers;

    private Waivers(List<Waiver> waivers) {
        this.waivers = List.copyOf(waivers);
    }

    public static Waivers none() {
        return NONE;
    }

    public static Waivers of(List<Waiver> waivers) {
        return new Waivers(waivers);
    }

    /**
     * Reads a waiver file.
     *
     * @throws IOException naming the file and what is wrong in it (an unknown key, a waiver without reason...)
     */
    public static Waivers load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    static Waivers parse(InputStream in, String source) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            WaiverFile parsed = mapper.readValue(in, WaiverFile.class);
            if (parsed == null || parsed.waivers == null) {
                throw new IOException(source + ": no 'waivers:' list (see the format in the harness README)");
            }
            try {
                return new Waivers(parsed.waivers.stream().map(WaiverEntry::toWaiver).toList());
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ": " + e.getMessage(), e);
            }
        } catch (UnrecognizedPropertyException e) {
            throw new IOException(source + ": unknown key '" + e.getPropertyName()
                    + "'; a waiver has rule, path, sopClass, ae and reason", e);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IOException(source + ": " + cause.getMessage(), e);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    public List<Waiver> waivers() {
        return waivers;
    }

    /** The reason of the first waiver that accepts {@code finding}, if any. */
    public Optional<String> match(Finding finding, String sopClassUid, String aeTitle) {
        for (Waiver w : waivers) {
            if (w.matches(finding, sopClassUid, aeTitle)) {
                return Optional.of(w.reason());
            }
        }
        return Optional.empty();
    }

    /** The YAML document: {@code waivers:} followed by a list. */
    static final class WaiverFile {
        @JsonProperty("waivers")
        List<WaiverEntry> waivers;
    }

    static final class WaiverEntry {
        @JsonProperty("rule")
        String rule;
        @JsonProperty("path")
        String path;
        @JsonProperty("sopClass")
        String sopClass;
        @JsonProperty("ae")
        String ae;
        @JsonProperty("reason")
        String reason;

        Waiver toWaiver() {
            return new Waiver(rule, path, sopClass, ae, reason);
        }
    }
}
