package org.dicomharness.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dicomharness.simulators.Target;

/**
 * What a target declares about itself, kept in {@code targets/NAME.yaml}: where it listens, the ports at which it
 * reaches the harness back, and the scenarios its conformance statement says do not apply (each with the reason,
 * which the run prints). A profile turns "these scenarios fail against X" into "X does not claim this", and keeps
 * that decision reviewable in the repository rather than in a command line.
 *
 * @param name         a label for the reports, e.g. "Orthanc 1.10 (Debian)"
 * @param target       {@code AET@host:port}
 * @param callingAe    our AE title as the target knows it, or {@code null} for the default
 * @param viewerPort   the port of the viewer's storage SCP the target has as Move Destination, or {@code null}
 * @param modalityPort the port of the modality's SCP the target sends commitment reports to, or {@code null}
 * @param hl7          where the target takes HL7 v2 orders and ADT over MLLP ({@code host:port}), or {@code null}
 * @param exclusions   scenarios that do not apply, by tag
 */
public record TargetProfile(String name, String target, String callingAe, Integer viewerPort, Integer modalityPort,
                            String hl7, List<Exclusion> exclusions) {

    private static final Pattern TAG = Pattern.compile("@[A-Za-z0-9_.-]+");

    /** Scenarios with {@code tag} are not run against this target, because {@code reason}. */
    public record Exclusion(String tag, String reason) {

        public Exclusion {
            if (tag == null || !TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("exclude: tag '" + tag + "' is not a Gherkin tag such as @mpps");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("exclude: " + tag + " has no reason; say why the target does not "
                        + "claim it (its conformance statement, a configuration it cannot have)");
            }
        }
    }

    public TargetProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: missing; the reports name the target by it");
        }
        Target.parse(target);
        if (callingAe != null) {
            Target.checkAeTitle(callingAe, "callingAe:");
        }
        checkPort(viewerPort, "viewerPort");
        checkPort(modalityPort, "modalityPort");
        if (hl7 != null) {
            TargetSettings.hostPort(hl7, "hl7:");
        }
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    private static void checkPort(Integer port, String key) {
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException(key + ": " + port + " is not a TCP port (1-65535)");
        }
    }

    /** The Cucumber tag expression that leaves the excluded scenarios out, or empty when nothing is excluded. */
    public String tagExpression() {
        return exclusions.stream().map(e -> "not " + e.tag()).collect(Collectors.joining(" and "));
    }

    /**
     * Reads a profile.
     *
     * @throws IOException naming the file and what is wrong in it
     */
    public static TargetProfile load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such target profile (the repository's are in targets/)", e);
        }
    }

    static TargetProfile parse(InputStream in, String source) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            ProfileFile f = mapper.readValue(in, ProfileFile.class);
            if (f == null) {
                throw new IOException(source + ": empty target profile");
            }
            List<Exclusion> exclusions = f.exclude == null ? List.of()
                    : f.exclude.stream().map(e -> new Exclusion(e.tag, e.reason)).toList();
            return new TargetProfile(f.name, f.target, f.callingAe, f.viewerPort, f.modalityPort, f.hl7, exclusions);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        } catch (UnrecognizedPropertyException e) {
            throw new IOException(source + ": unknown key '" + e.getPropertyName() + "'; a profile has name, target, "
                    + "callingAe, viewerPort, modalityPort, hl7 and exclude (tag, reason)", e);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IOException(source + ": " + cause.getMessage(), e);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** The YAML document. */
    static final class ProfileFile {
        @JsonProperty("name")
        String name;
        @JsonProperty("target")
        String target;
        @JsonProperty("callingAe")
        String callingAe;
        @JsonProperty("viewerPort")
        Integer viewerPort;
        @JsonProperty("modalityPort")
        Integer modalityPort;
        @JsonProperty("hl7")
        String hl7;
        @JsonProperty("exclude")
        List<ExclusionEntry> exclude;
    }

    static final class ExclusionEntry {
        @JsonProperty("tag")
        String tag;
        @JsonProperty("reason")
        String reason;
    }
}
