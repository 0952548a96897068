package org.dicomharness.pacs.normalize;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.store.IngestCoercion;

/**
 * The vendor normalization layer: the first profile that matches an object maps its private attributes to standard
 * ones and coerces values, keeping the originals in the Original Attributes Sequence (reason COERCE).
 */
public final class Normalizer implements IngestCoercion {

    /** The profiles file: {@code profiles: [ ... ]}. */
    public record ProfilesFile(List<VendorProfile> profiles) {
    }

    private final List<VendorProfile> profiles;
    private final String modifyingSystem;

    public Normalizer(List<VendorProfile> profiles, String modifyingSystem) {
        this.profiles = List.copyOf(profiles);
        this.modifyingSystem = modifyingSystem;
        for (VendorProfile p : profiles) {
            check(p);
        }
    }

    /** Reads vendor profiles from YAML; unknown keys and unknown attribute keywords are errors naming the profile. */
    public static Normalizer load(Path yaml, String modifyingSystem) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            ProfilesFile file = mapper.readValue(yaml.toFile(), ProfilesFile.class);
            return new Normalizer(file == null || file.profiles() == null ? List.of() : file.profiles(), modifyingSystem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(yaml + ": " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""), e);
        } catch (IllegalArgumentException e) {
            throw new IOException(yaml + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Result> apply(Dataset dataset, String callingAe) {
        String manufacturer = dataset.getString(Tags.Manufacturer);
        for (VendorProfile profile : profiles) {
            if (profile.match().matches(manufacturer, callingAe)) {
                return apply(profile, dataset, callingAe);
            }
        }
        return Optional.empty();
    }

    private Optional<Result> apply(VendorProfile profile, Dataset dataset, String callingAe) {
        AttributeCoercion c = new AttributeCoercion(dataset);
        for (VendorProfile.PrivateMapping m : profile.privateMappings()) {
            int tag = dataset.resolvePrivateTag(m.creator(), Integer.parseInt(m.group(), 16),
                    Integer.parseInt(m.offset(), 16));
            if (tag == -1 || !dataset.containsValue(tag)) {
                continue;
            }
            c.set(tagOf(m.target()), dataset.getStrings(tag));
        }
        for (VendorProfile.ValueCoercion v : profile.coercions()) {
            int tag = tagOf(v.attribute());
            String[] values = c.current().getStrings(tag);
            if (values.length == 0) {
                continue;
            }
            String[] out = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = coerce(values[i], v);
            }
            c.set(tag, out);
        }
        for (VendorProfile.CodeMapping m : profile.codeMappings()) {
            int seqTag = tagOf(m.sequence());
            Sequence seq = c.current().getSequence(seqTag);
            if (seq == null) {
                continue;
            }
            for (Dataset item : seq) {
                if (m.from().value().equals(item.getString(Tags.CodeValue))
                        && (m.from().scheme() == null || m.from().scheme().equals(item.getString(
                        Tags.CodingSchemeDesignator)))) {
                    c.remember(seqTag);
                    item.setString(Tags.CodeValue, VR.SH, m.to().value());
                    item.setString(Tags.CodingSchemeDesignator, VR.SH, m.to().scheme());
                    if (m.to().meaning() != null) {
                        item.setString(Tags.CodeMeaning, VR.LO, m.to().meaning());
                    }
                    c.changed(Dataset.describe(seqTag) + " code " + m.from().value() + " -> " + m.to().value());
                }
            }
        }
        if (!c.isChanged()) {
            return Optional.empty();
        }
        Dataset coerced = c.finish(AttributeCoercion.Reason.COERCE, modifyingSystem, callingAe);
        return Optional.of(new Result(coerced, "profile " + profile.name() + ": " + String.join("; ", c.changes())));
    }

    private static String coerce(String value, VendorProfile.ValueCoercion v) {
        String out = value;
        if (Boolean.TRUE.equals(v.trim())) {
            out = out.strip().replaceAll("\\s+", " ");
        }
        if (v.caseChange() != null) {
            out = v.caseChange().equalsIgnoreCase("upper") ? out.toUpperCase(Locale.ROOT) : out.toLowerCase(Locale.ROOT);
        }
        if (v.map() != null) {
            for (Map.Entry<String, String> e : v.map().entrySet()) {
                if (e.getKey().equals(out)) {
                    out = e.getValue();
                    break;
                }
            }
        }
        return out;
    }

    private static int tagOf(String keyword) {
        return ElementDictionary.standard().tagOf(keyword);
    }

    private static void check(VendorProfile p) {
        List<String> problems = new ArrayList<>();
        for (VendorProfile.PrivateMapping m : p.privateMappings()) {
            try {
                int group = Integer.parseInt(m.group(), 16);
                Integer.parseInt(m.offset(), 16);
                if ((group & 1) == 0) {
                    problems.add("group " + m.group() + " is even: private groups are odd (PS3.5 7.8.1)");
                }
                if (m.creator() == null || m.creator().isBlank()) {
                    problems.add("a private mapping needs its private creator");
                }
            } catch (NumberFormatException | NullPointerException e) {
                problems.add("group and offset are hexadecimal, e.g. group: \"0019\", offset: \"10\"");
            }
            checkKeyword(m.target(), problems);
        }
        p.coercions().forEach(v -> checkKeyword(v.attribute(), problems));
        p.codeMappings().forEach(m -> checkKeyword(m.sequence(), problems));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("vendor profile " + p.name() + ": " + String.join("; ", problems));
        }
    }

    private static void checkKeyword(String keyword, List<String> problems) {
        try {
            if (keyword != null) {
                ElementDictionary.standard().tagOf(keyword);
                return;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add("'" + keyword + "' is not a PS3.6 attribute keyword");
    }
}
