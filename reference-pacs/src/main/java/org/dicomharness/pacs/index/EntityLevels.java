package org.dicomharness.pacs.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.query.QueryLevel;

/**
 * Which Query/Retrieve level an attribute belongs to, generated from the IEs of PS3.3's IOD tables
 * ({@code entity-levels.tsv}, see tools/codegen/GenerateEntityLevels.java). Attributes not listed are IMAGE level.
 */
public final class EntityLevels {

    private final Map<Integer, QueryLevel> levels;

    private EntityLevels(Map<Integer, QueryLevel> levels) {
        this.levels = Map.copyOf(levels);
    }

    public static EntityLevels standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EntityLevels STANDARD = load();
    }

    public QueryLevel levelOf(int tag) {
        return levels.getOrDefault(tag, QueryLevel.IMAGE);
    }

    /**
     * The top-level attributes of {@code dataset} that belong to {@code level}, with Specific Character Set so
     * that the subset decodes on its own.
     */
    public Dataset subset(Dataset dataset, QueryLevel level) {
        Dataset out = new Dataset();
        out.addAll(dataset, e -> levelOf(e.tag()) == level && !Tag.isGroupLength(e.tag())
                || e.tag() == Tags.SpecificCharacterSet);
        return out;
    }

    private static EntityLevels load() {
        try (InputStream in = EntityLevels.class.getResourceAsStream("entity-levels.tsv")) {
            if (in == null) {
                throw new IllegalStateException("entity-levels.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<Integer, QueryLevel> map = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                map.put((int) Long.parseLong(c[0], 16), QueryLevel.valueOf(c[1]));
            }
            // PS3.4 C.6.2.1.2: the unique key of each level lives at that level whatever the IOD tables say.
            map.put(Tags.PatientID, QueryLevel.PATIENT);
            map.put(Tags.StudyInstanceUID, QueryLevel.STUDY);
            map.put(Tags.SeriesInstanceUID, QueryLevel.SERIES);
            map.put(Tags.SOPInstanceUID, QueryLevel.IMAGE);
            return new EntityLevels(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
