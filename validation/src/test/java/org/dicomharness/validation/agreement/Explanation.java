package org.dicomharness.validation.agreement;

import java.util.regex.Pattern;

/**
 * Why a dciodvfy error has no counterpart among ours: a check we deliberately do not make, or a dciodvfy false
 * positive (with the PS3.3 rule that shows it).
 *
 * @param kind    which of the two
 * @param message a regular expression the dciodvfy message matches
 * @param files   a regular expression the corpus file name matches
 * @param text    the explanation, quoting the standard
 */
record Explanation(Kind kind, Pattern message, Pattern files, String text) {

    enum Kind {
        NOT_CHECKED("check we deliberately do not make"),
        DCIODVFY_FALSE_POSITIVE("dciodvfy false positive"),
        /** A closing line that repeats errors listed before it; accepted only when those are matched. */
        SUMMARY("dciodvfy summary line");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static Explanation of(Kind kind, String message, String files, String text) {
        return new Explanation(kind, Pattern.compile(message), Pattern.compile(files), text);
    }

    boolean explains(String file, DciodvfyError error) {
        return message.matcher(error.message()).find() && files.matcher(file).find();
    }
}
