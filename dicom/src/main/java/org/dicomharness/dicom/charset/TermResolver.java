package org.dicomharness.dicom.charset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicomharness.dicom.charset.DefinedTerm.Table;

/**
 * Reads the values of Specific Character Set (0008,0005) into Defined Terms and checks where each may stand
 * (PS3.3 C.12.1.1.2): Table C.12-2 and C.12-5 terms alone, Table C.12-3 terms as any value of a multi-valued
 * attribute, Table C.12-4 terms as values 2 to n only.
 *
 * <p>Strict resolution fails on the first value that breaks these rules. Lenient resolution, for reading files
 * from the field, repairs what it can (a misspelled term such as {@code ISO_IR100}, a Table C.12-2 term used with
 * code extensions, a Table C.12-4 term as value 1), falls back to Latin alphabet No. 1 for an unknown value 1,
 * ignores unknown later values, and records each repair as a {@link TermCorrection}.
 */
final class TermResolver {

    /** The Defined Terms to use, in order, and what lenient resolution changed to get them. */
    record Resolution(List<DefinedTerm> terms, List<TermCorrection> corrections) {
    }

    private record Entry(int valueNumber, String declared, DefinedTerm term) {
    }

    private static final Pattern IR_NUMBER = Pattern.compile("^(?:ISO)?(2022)?IR(\\d+)$");
    private static final Pattern ISO_8859 = Pattern.compile("^ISO8859(\\d+)$");
    private static final Map<String, Integer> ISO_8859_PARTS = Map.ofEntries(Map.entry("1", 100),
            Map.entry("2", 101), Map.entry("3", 109), Map.entry("4", 110), Map.entry("5", 144), Map.entry("6", 127),
            Map.entry("7", 126), Map.entry("8", 138), Map.entry("9", 148), Map.entry("11", 166),
            Map.entry("15", 203));

    private final boolean lenient;
    private final List<TermCorrection> corrections = new ArrayList<>();

    private TermResolver(boolean lenient) {
        this.lenient = lenient;
    }

    /**
     * @throws IllegalArgumentException in strict mode, naming the value and the rule it breaks
     */
    static Resolution resolve(List<String> declared, boolean lenient) {
        return new TermResolver(lenient).run(declared);
    }

    private Resolution run(List<String> declared) {
        List<Entry> entries = new ArrayList<>();
        boolean multiValued = declared.size() > 1;
        for (int i = 0; i < declared.size(); i++) {
            String value = declared.get(i).strip();
            Entry entry = read(i + 1, value, multiValued);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (entries.isEmpty()) {
            entries.add(new Entry(1, "", term("")));
        }
        List<DefinedTerm> terms = entries.size() == 1 ? single(entries.get(0)) : several(entries);
        return new Resolution(List.copyOf(terms), List.copyOf(corrections));
    }

    private Entry read(int number, String value, boolean multiValued) {
        if (value.isEmpty()) {
            if (number == 1) {
                return new Entry(1, value, term(""));
            }
            problem(number, value, null, "an empty value is no Defined Term: values 2 to n name the character "
                    + "sets reached by code extensions (PS3.3 C.12.1.1.2)");
            return null;
        }
        Optional<DefinedTerm> exact = DefinedTerms.lookup(value);
        if (exact.isPresent()) {
            return new Entry(number, value, exact.get());
        }
        DefinedTerm guess = guess(value, multiValued);
        if (guess != null) {
            problem(number, value, guess.term(), "not a Defined Term of PS3.3 C.12.1.1.2; it reads as '"
                    + guess.display() + "'");
            return new Entry(number, value, guess);
        }
        if (number == 1) {
            DefinedTerm fallback = term(multiValued ? "ISO 2022 IR 100" : "ISO_IR 100");
            problem(number, value, fallback.term(), "not a Defined Term of PS3.3 C.12.1.1.2; Latin alphabet No. 1 "
                    + "assumed, since it decodes every byte of the default repertoire and of its right half");
            return new Entry(number, value, fallback);
        }
        problem(number, value, null, "not a Defined Term of PS3.3 C.12.1.1.2; escape sequences to it will be "
                + "reported when decoding");
        return null;
    }

    private List<DefinedTerm> single(Entry only) {
        if (only.term().table() == Table.MULTI_BYTE_EXTENSIONS) {
            problem(only.valueNumber(), only.declared(), only.term().term(), only.term().table().reference()
                    + " terms can only be values 2 to n; value 1 taken as empty (ISO 2022 IR 6, PS3.5 6.1.2.5.4)");
            return List.of(term(""), only.term());
        }
        return List.of(only.term());
    }

    private List<DefinedTerm> several(List<Entry> entries) {
        List<DefinedTerm> terms = new ArrayList<>();
        Entry first = entries.get(0);
        switch (first.term().table()) {
            case MULTI_BYTE -> {
                problem(first.valueNumber(), first.declared(), first.term().term(), first.term().display()
                        + " does not allow code extensions, so (0008,0005) may have only this value "
                        + "(PS3.5 6.1.2.4, note 3); the other values are ignored");
                for (Entry e : entries.subList(1, entries.size())) {
                    problem(e.valueNumber(), e.declared(), null, "ignored: value 1 is " + first.term().display());
                }
                return List.of(first.term());
            }
            case MULTI_BYTE_EXTENSIONS -> {
                problem(first.valueNumber(), first.declared(), first.term().term(), "Table C.12-4 terms can only "
                        + "be values 2 to n; value 1 taken as empty (ISO 2022 IR 6, PS3.5 6.1.2.5.4)");
                terms.add(term(""));
                terms.add(first.term());
            }
            case SINGLE_BYTE -> terms.add(withExtensions(first));
            case SINGLE_BYTE_EXTENSIONS -> terms.add(first.term());
        }
        for (Entry e : entries.subList(1, entries.size())) {
            switch (e.term().table()) {
                case MULTI_BYTE -> problem(e.valueNumber(), e.declared(), null, e.term().display()
                        + " does not allow code extensions and cannot be combined with other character sets "
                        + "(PS3.5 6.1.2.4, note 3)");
                case SINGLE_BYTE -> terms.add(withExtensions(e));
                default -> terms.add(e.term());
            }
        }
        return terms;
    }

    /** A Table C.12-2 term in a multi-valued attribute: the "ISO 2022" form of the same set (PS3.3 C.12.1.1.2). */
    private DefinedTerm withExtensions(Entry e) {
        if (e.term().term().isEmpty()) {
            return e.term();
        }
        DefinedTerm extended = term(e.term().term().replace("ISO_IR ", "ISO 2022 IR "));
        problem(e.valueNumber(), e.declared(), extended.term(), "with more than one value code extensions are "
                + "used, and the Defined Terms carry the prefix 'ISO 2022' (PS3.3 C.12.1.1.2, Table C.12-3)");
        return extended;
    }

    private void problem(int number, String declared, String used, String reason) {
        TermCorrection correction = new TermCorrection(number, declared, used, reason);
        if (!lenient) {
            throw new IllegalArgumentException("Specific Character Set (0008,0005) value " + number + " '"
                    + declared + "': " + reason);
        }
        corrections.add(correction);
    }

    private static DefinedTerm term(String term) {
        return DefinedTerms.lookup(term).orElseThrow(() -> new IllegalStateException("no Defined Term " + term));
    }

    /** The Defined Term a misspelling most likely means, or {@code null}. */
    static DefinedTerm guess(String value, boolean extension) {
        String squashed = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        switch (squashed) {
            case "UTF8", "UNICODE", "ISO10646" -> {
                return term("ISO_IR 192");
            }
            case "GB18030" -> {
                return term("GB18030");
            }
            case "GBK", "CP936" -> {
                return term("GBK");
            }
            case "GB2312", "EUCCN" -> {
                // GB 2312 alone is its EUC form, whose bytes GBK decodes the same; with code extensions, ISO-IR 58.
                return term(extension ? "ISO 2022 IR 58" : "GBK");
            }
            case "TIS620" -> {
                return term(extension ? "ISO 2022 IR 166" : "ISO_IR 166");
            }
            default -> {
                // handled below
            }
        }
        Matcher part = ISO_8859.matcher(squashed);
        if (part.matches() && ISO_8859_PARTS.containsKey(part.group(1))) {
            return byNumber(ISO_8859_PARTS.get(part.group(1)), extension);
        }
        Matcher ir = IR_NUMBER.matcher(squashed);
        if (ir.matches()) {
            return byNumber(Integer.parseInt(ir.group(2)), extension || ir.group(1) != null);
        }
        return null;
    }

    private static DefinedTerm byNumber(int number, boolean extension) {
        if (number == 6) {
            return term(extension ? "ISO 2022 IR 6" : "");
        }
        String extended = "ISO 2022 IR " + number;
        String plain = "ISO_IR " + number;
        List<String> order = extension ? List.of(extended, plain) : List.of(plain, extended);
        for (String candidate : order) {
            Optional<DefinedTerm> t = DefinedTerms.lookup(candidate);
            if (t.isPresent()) {
                return t.get();
            }
        }
        return null;
    }
}
