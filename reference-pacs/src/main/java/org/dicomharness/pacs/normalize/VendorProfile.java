package org.dicomharness.pacs.normalize;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One vendor's normalization rules, from the YAML profiles file. A profile applies to an object whose Manufacturer
 * matches {@code match.manufacturer} (a regular expression) and, when given, whose calling AE is listed.
 *
 * @param privateMappings private attributes (private creator, group, element offset, PS3.5 7.8.1) copied into a
 *                        standard attribute
 * @param coercions       value coercions of standard attributes: whitespace trimming, case, value maps (e.g.
 *                        institution names)
 * @param codeMappings    replacements of codes inside a code sequence
 */
public record VendorProfile(String name, Match match, List<PrivateMapping> privateMappings,
                            List<ValueCoercion> coercions, List<CodeMapping> codeMappings) {

    public VendorProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a vendor profile needs a name");
        }
        match = match == null ? new Match(null, null) : match;
        privateMappings = privateMappings == null ? List.of() : List.copyOf(privateMappings);
        coercions = coercions == null ? List.of() : List.copyOf(coercions);
        codeMappings = codeMappings == null ? List.of() : List.copyOf(codeMappings);
    }

    /** Which objects the profile applies to. */
    public record Match(String manufacturer, List<String> callingAe) {
        boolean matches(String objectManufacturer, String calling) {
            if (manufacturer != null && (objectManufacturer == null
                    || !Pattern.compile(manufacturer).matcher(objectManufacturer).matches())) {
                return false;
            }
            return callingAe == null || callingAe.isEmpty() || callingAe.contains(calling);
        }
    }

    /** Copy the private attribute (creator, group, offset as hex) into the standard attribute {@code target}. */
    public record PrivateMapping(String creator, String group, String offset, String target) {
    }

    /** Coerce the values of {@code attribute}: trim (collapse whitespace), case (upper/lower), then map. */
    public record ValueCoercion(String attribute, Boolean trim, String caseChange, Map<String, String> map) {
    }

    /** In {@code sequence}, the code {@code from} becomes {@code to}. */
    public record CodeMapping(String sequence, Code from, Code to) {
    }

    /** A code: value, coding scheme designator, meaning. */
    public record Code(String value, String scheme, String meaning) {
    }
}
