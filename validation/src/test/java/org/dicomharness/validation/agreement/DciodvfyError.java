package org.dicomharness.validation.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicomharness.dicom.dict.DictionaryEntry;
import org.dicomharness.dicom.dict.ElementDictionary;

/**
 * One "Error - ..." line dciodvfy wrote to stderr, with the attribute it names when it names one: as
 * {@code Element=<Keyword>}, as {@code attribute <Keyword or Name>}, or as a tag {@code (0x0008,0x0020)}.
 *
 * @param message the line without its "Error - " prefix
 * @param tag     the attribute named, or -1
 */
record DciodvfyError(String message, int tag) {

    private static final Pattern ELEMENT = Pattern.compile("Element=<([^>]+)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute <([^>]+)>");
    private static final Pattern TAG = Pattern.compile("\\(0x([0-9a-fA-F]{4}),0x([0-9a-fA-F]{4})\\)");

    static List<DciodvfyError> parse(String stderr) {
        List<DciodvfyError> errors = new ArrayList<>();
        for (String line : stderr.split("\\R")) {
            int at = line.indexOf("Error - ");
            if (at < 0) {
                continue;
            }
            String message = line.substring(at + "Error - ".length()).strip();
            errors.add(new DciodvfyError(message, tagOf(message)));
        }
        return errors;
    }

    private static int tagOf(String message) {
        ElementDictionary dict = ElementDictionary.standard();
        Matcher m = ELEMENT.matcher(message);
        if (m.find()) {
            return dict.byKeyword(m.group(1)).map(DictionaryEntry::tag).orElse(-1);
        }
        m = TAG.matcher(message);
        if (m.find()) {
            return (int) Long.parseLong(m.group(1) + m.group(2), 16);
        }
        m = ATTRIBUTE.matcher(message);
        if (m.find()) {
            String name = m.group(1);
            int byKeyword = dict.byKeyword(name).map(DictionaryEntry::tag).orElse(-1);
            return byKeyword != -1 ? byKeyword : byName(name);
        }
        // Messages without brackets name attributes by keyword in the text ("... PerFrameFunctionalGroupsSequence ...")
        for (String word : message.split("[^A-Za-z0-9]+")) {
            if (word.length() > 3 && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase())) {
                int tag = dict.byKeyword(word).map(DictionaryEntry::tag).orElse(-1);
                if (tag != -1) {
                    return tag;
                }
            }
        }
        return -1;
    }

    private static int byName(String name) {
        return NAMES.getOrDefault(name, -1);
    }

    /** PS3.6 names to tags, read once from the dictionary resource of the dicom module. */
    private static final java.util.Map<String, Integer> NAMES = readNames();

    private static java.util.Map<String, Integer> readNames() {
        java.util.Map<String, Integer> names = new java.util.HashMap<>();
        try (var in = ElementDictionary.class.getResourceAsStream("elements.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] c = line.split("\t");
                if (line.startsWith("#") || c.length < 6 || c[0].contains("x")) {
                    continue;
                }
                names.putIfAbsent(c[5], (int) Long.parseLong(c[0], 16));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Map.copyOf(names);
    }

    /** The message with values and item numbers generalised, for grouping in the table. */
    String pattern() {
        return message.replaceAll("<[^>]*> for value", "<...> for value").replaceAll("\\[[^]]*]", "[...]")
                .replaceAll("\\d+", "N");
    }
}
