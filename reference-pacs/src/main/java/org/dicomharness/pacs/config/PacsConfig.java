package org.dicomharness.pacs.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configuration of the reference PACS, usually read from {@code pacs.yaml}. Every field has a default, so an
 * empty file (or none) gives a PACS called REFPACS on port 11112 with an embedded H2 index under the data folder.
 *
 * @param aeTitle          our AE title; associations calling another title are rejected (PS3.8 9.3.4 reason 7)
 * @param bindAddress      address to listen on (127.0.0.1 unless told otherwise)
 * @param port             DICOM port
 * @param dataDirectory    where objects, the index and temporary files live
 * @param jdbcUrl          index database; {@code null} for embedded H2 in the data folder
 * @param jdbcUser         database user
 * @param jdbcPassword     database password
 * @param fsync            force every object to disk before answering Success (turn off only for benchmarks)
 * @param defaults         ingest rules for every calling AE
 * @param callingAeRules   per calling AE overrides of {@code defaults}
 * @param allowedCallingAes calling AEs accepted; empty accepts any (PS3.8 9.3.4 reason 3 otherwise)
 * @param remoteAes        C-MOVE destinations and other AEs we connect to, by AE title
 * @param monitoringPort   HTTP port of the monitoring API on the bind address; 0 picks a free port, -1 disables
 * @param maxAssociations  concurrent associations accepted
 * @param validationWaivers YAML file of accepted validation findings (see {@code harness validate --waivers}), or
 *                         {@code null}
 * @param hl7Port          port of the HL7 v2 MLLP listener (orders, ADT) on the bind address; 0 picks a free port,
 *                         {@code null} runs none
 * @param worklist         YAML file of scheduled steps loaded at start-up (see {@code WorklistSeed}); steps already
 *                         held are kept as they are; {@code null} for none
 * @param normalizationProfiles YAML file of vendor normalization profiles applied on ingest, or {@code null}
 * @param commitmentReports where Storage Commitment N-EVENT-REPORTs go (default: the N-ACTION's association while
 *                         it is open)
 * @param monitoringGrace  how long after an MPPS COMPLETED or a scheduled start the monitoring waits before it
 *                         reports a study as incomplete or a step as never performed (default one hour)
 */
public record PacsConfig(String aeTitle, String bindAddress, Integer port, Path dataDirectory, String jdbcUrl,
                         String jdbcUser, String jdbcPassword, Boolean fsync, IngestRules defaults,
                         Map<String, IngestRules> callingAeRules, List<String> allowedCallingAes,
                         Map<String, RemoteAe> remoteAes, Integer monitoringPort, Integer maxAssociations,
                         Path validationWaivers, Integer hl7Port, Path worklist, Path normalizationProfiles,
                         CommitmentReportMode commitmentReports, Duration monitoringGrace) {

    /** Default {@link #monitoringGrace}. */
    public static final Duration DEFAULT_MONITORING_GRACE = Duration.ofHours(1);

    public PacsConfig {
        aeTitle = aeTitle == null ? "REFPACS" : aeTitle;
        bindAddress = bindAddress == null ? "127.0.0.1" : bindAddress;
        dataDirectory = dataDirectory == null ? Path.of("pacs-data") : dataDirectory;
        defaults = IngestRules.defaults().with(defaults);
        callingAeRules = callingAeRules == null ? Map.of() : Map.copyOf(callingAeRules);
        allowedCallingAes = allowedCallingAes == null ? List.of() : List.copyOf(allowedCallingAes);
        remoteAes = remoteAes == null ? Map.of() : Map.copyOf(remoteAes);
        port = port == null ? 11112 : port;
        fsync = fsync == null || fsync;
        monitoringPort = monitoringPort == null ? 0 : monitoringPort;
        maxAssociations = maxAssociations == null || maxAssociations <= 0 ? 50 : maxAssociations;
        commitmentReports = commitmentReports == null ? CommitmentReportMode.SAME_ASSOCIATION : commitmentReports;
        monitoringGrace = monitoringGrace == null ? DEFAULT_MONITORING_GRACE : monitoringGrace;
        if (aeTitle.isBlank() || aeTitle.length() > 16) {
            throw new IllegalArgumentException("AE title '" + aeTitle + "' must have 1 to 16 characters (PS3.5 AE)");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not 0-65535");
        }
        if (hl7Port != null && (hl7Port < 0 || hl7Port > 65535)) {
            throw new IllegalArgumentException("hl7Port " + hl7Port + " is not 0-65535");
        }
        if (monitoringGrace.isNegative()) {
            throw new IllegalArgumentException("monitoringGrace " + monitoringGrace + " is negative");
        }
    }

    /** Defaults: REFPACS on 127.0.0.1:11112, data in {@code dataDirectory}, everything else as documented. */
    public static PacsConfig defaults(Path dataDirectory) {
        return new PacsConfig(null, null, null, dataDirectory, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /** Reads a YAML file; unknown keys are errors so that a misspelt setting is not silently ignored. */
    public static PacsConfig load(Path yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.findAndRegisterModules();
        try {
            return mapper.readValue(yaml.toFile(), PacsConfig.class);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new IOException(yaml + ": unknown setting '" + e.getPropertyName() + "'; known settings: "
                    + e.getKnownPropertyIds(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(yaml + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The ingest rules for {@code callingAe}: the defaults with that AE's overrides. */
    public IngestRules rulesFor(String callingAe) {
        return defaults.with(callingAeRules.get(callingAe));
    }

    public PacsConfig withPort(int newPort) {
        return toBuilder().port(newPort).build();
    }

    public PacsConfig withAeTitle(String title) {
        return toBuilder().aeTitle(title).build();
    }

    public PacsConfig withDataDirectory(Path dir) {
        return toBuilder().dataDirectory(dir).build();
    }

    public PacsConfig withDefaults(IngestRules rules) {
        return toBuilder().defaults(rules).build();
    }

    public PacsConfig withCallingAeRules(String callingAe, IngestRules rules) {
        Builder b = toBuilder();
        b.callingAeRules.put(callingAe, rules);
        return b.build();
    }

    public PacsConfig withRemoteAe(RemoteAe ae) {
        Builder b = toBuilder();
        b.remoteAes.put(ae.aeTitle(), ae);
        return b.build();
    }

    public PacsConfig withMonitoringPort(int httpPort) {
        return toBuilder().monitoringPort(httpPort).build();
    }

    public PacsConfig withFsync(boolean value) {
        return toBuilder().fsync(value).build();
    }

    public PacsConfig withValidationWaivers(Path file) {
        return toBuilder().validationWaivers(file).build();
    }

    public PacsConfig withJdbc(String url, String user, String password) {
        return toBuilder().jdbc(url, user, password).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable copy of a configuration, for the {@code with...} methods and for command-line overrides. */
    public static final class Builder {
        private String aeTitle;
        private String bindAddress;
        private Integer port;
        private Path dataDirectory;
        private String jdbcUrl;
        private String jdbcUser;
        private String jdbcPassword;
        private Boolean fsync;
        private IngestRules defaults;
        private final Map<String, IngestRules> callingAeRules;
        private List<String> allowedCallingAes;
        private final Map<String, RemoteAe> remoteAes;
        private Integer monitoringPort;
        private Integer maxAssociations;
        private Path validationWaivers;
        private Integer hl7Port;
        private Path worklist;
        private Path normalizationProfiles;
        private CommitmentReportMode commitmentReports;
        private Duration monitoringGrace;

        private Builder(PacsConfig c) {
            aeTitle = c.aeTitle;
            bindAddress = c.bindAddress;
            port = c.port;
            dataDirectory = c.dataDirectory;
            jdbcUrl = c.jdbcUrl;
            jdbcUser = c.jdbcUser;
            jdbcPassword = c.jdbcPassword;
            fsync = c.fsync;
            defaults = c.defaults;
            callingAeRules = new LinkedHashMap<>(c.callingAeRules);
            allowedCallingAes = c.allowedCallingAes;
            remoteAes = new LinkedHashMap<>(c.remoteAes);
            monitoringPort = c.monitoringPort;
            maxAssociations = c.maxAssociations;
            validationWaivers = c.validationWaivers;
            hl7Port = c.hl7Port;
            worklist = c.worklist;
            normalizationProfiles = c.normalizationProfiles;
            commitmentReports = c.commitmentReports;
            monitoringGrace = c.monitoringGrace;
        }

        public Builder aeTitle(String value) {
            aeTitle = value;
            return this;
        }

        public Builder bindAddress(String value) {
            bindAddress = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder dataDirectory(Path value) {
            dataDirectory = value;
            return this;
        }

        public Builder jdbc(String url, String user, String password) {
            jdbcUrl = url;
            jdbcUser = user;
            jdbcPassword = password;
            return this;
        }

        public Builder fsync(boolean value) {
            fsync = value;
            return this;
        }

        public Builder defaults(IngestRules value) {
            defaults = value;
            return this;
        }

        public Builder allowedCallingAes(List<String> value) {
            allowedCallingAes = value;
            return this;
        }

        public Builder monitoringPort(int value) {
            monitoringPort = value;
            return this;
        }

        public Builder maxAssociations(int value) {
            maxAssociations = value;
            return this;
        }

        public Builder validationWaivers(Path value) {
            validationWaivers = value;
            return this;
        }

        /** The HL7 listener's port (0: a free one), or {@code null} for no listener. */
        public Builder hl7Port(Integer value) {
            hl7Port = value;
            return this;
        }

        public Builder worklist(Path value) {
            worklist = value;
            return this;
        }

        public Builder normalizationProfiles(Path value) {
            normalizationProfiles = value;
            return this;
        }

        public Builder commitmentReports(CommitmentReportMode value) {
            commitmentReports = value;
            return this;
        }

        public Builder monitoringGrace(Duration value) {
            monitoringGrace = value;
            return this;
        }

        public Builder remoteAe(RemoteAe ae) {
            remoteAes.put(ae.aeTitle(), ae);
            return this;
        }

        public PacsConfig build() {
            return new PacsConfig(aeTitle, bindAddress, port, dataDirectory, jdbcUrl, jdbcUser, jdbcPassword, fsync,
                    defaults, callingAeRules, allowedCallingAes, remoteAes, monitoringPort, maxAssociations,
                    validationWaivers, hl7Port, worklist, normalizationProfiles, commitmentReports, monitoringGrace);
        }
    }
}
