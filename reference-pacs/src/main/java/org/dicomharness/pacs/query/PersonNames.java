package org.dicomharness.pacs.query;

/** Person Name (PN) comparison rules of this SCP, as its conformance statement gives them. */
final class PersonNames {

    private PersonNames() {
    }

    /**
     * Drops empty trailing components and component groups ({@code Doe^John^^^} is {@code Doe^John}, PS3.5 6.2:
     * trailing delimiters may be omitted), so that equal names compare equal however they were padded.
     */
    static String normalise(String name) {
        String[] groups = name.split("=", -1);
        StringBuilder out = new StringBuilder();
        int lastNonEmpty = -1;
        String[] trimmed = new String[groups.length];
        for (int g = 0; g < groups.length; g++) {
            String group = groups[g].strip();
            int end = group.length();
            while (end > 0 && group.charAt(end - 1) == '^') {
                end--;
            }
            trimmed[g] = group.substring(0, end);
            if (!trimmed[g].isEmpty()) {
                lastNonEmpty = g;
            }
        }
        for (int g = 0; g <= lastNonEmpty; g++) {
            if (g > 0) {
                out.append('=');
            }
            out.append(trimmed[g]);
        }
        return out.toString();
    }
}
