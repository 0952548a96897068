package org.dicomharness.validation.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one of the generated rule resources: comment lines start with '#', then a header row, then rows. */
final class TsvResource {

    private TsvResource() {
    }

    static List<String[]> read(Class<?> anchor, String name, int columns) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("rule resource " + name + " missing from the classpath next to "
                        + anchor.getName() + "; regenerate it with tools/codegen/GenerateValidationRules.java");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(name + " line " + number + ": " + cells.length + " cells, expected "
                            + columns);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule resource " + name, e);
        }
    }
}
