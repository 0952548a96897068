package org.dicomharness.validation.rules;

/**
 * A value multiplicity as PS3.6 writes it ({@code 1}, {@code 1-3}, {@code 1-n}, {@code 2-2n}, {@code 3-3n}), also
 * used for the number of items of a sequence.
 *
 * @param min  the least number of values
 * @param max  the most, or {@link Integer#MAX_VALUE} for {@code n}
 * @param step values come in multiples of this ({@code 2-2n}: 2), else 1
 * @param text the original text
 */
public record Multiplicity(int min, int max, int step, String text) {

    /**
     * Parses a VM.
     *
     * @throws IllegalArgumentException naming the text when it is not a PS3.6 VM
     */
    public static Multiplicity parse(String text) {
        String t = text.strip();
        try {
            int dash = t.indexOf('-');
            if (dash < 0) {
                int n = Integer.parseInt(t);
                return new Multiplicity(n, n, 1, t);
            }
            int min = Integer.parseInt(t.substring(0, dash));
            String upper = t.substring(dash + 1);
            if (upper.equals("n")) {
                return new Multiplicity(min, Integer.MAX_VALUE, 1, t);
            }
            if (upper.endsWith("n")) {
                int step = Integer.parseInt(upper.substring(0, upper.length() - 1));
                return new Multiplicity(min, Integer.MAX_VALUE, step, t);
            }
            return new Multiplicity(min, Integer.parseInt(upper), 1, t);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("'" + text + "' is not a value multiplicity (PS3.5 6.4)", e);
        }
    }

    public boolean allows(int count) {
        return count >= min && count <= max && (step <= 1 || count % step == 0);
    }

    @Override
    public String toString() {
        return text;
    }
}
