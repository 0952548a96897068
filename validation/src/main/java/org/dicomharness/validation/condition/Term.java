package org.dicomharness.validation.condition;

import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Sequence;

/**
 * One line of a dicom3tools condition: an element, where to look for it, and what to test.
 *
 * @param tag      the element tested
 * @param scope    where to look for it
 * @param scopeTag the sequence named by WITHIN / PATH_FROM_ROOT scopes, else 0
 * @param test     what to test
 * @param operand  the value compared with (a string, a UID, {@code "> 0"}, a tag as {@code 0x0018,0x1065})
 * @param selector the 0-based value compared, or -1 for any value
 */
public record Term(int tag, Scope scope, int scopeTag, Test test, String operand, int selector) implements Condition {

    @Override
    public boolean test(Dataset item) {
        return switch (scope) {
            case CURRENT -> holds(item);
            case ROOT -> holds(root(item));
            case ABOVE -> above(item);
            case WITHIN -> anyItem(item, scopeTag, false);
            case PATH_FROM_ROOT -> anyItem(root(item), scopeTag, false);
            case PATH_FROM_ROOT_FIRST_ITEM -> anyItem(root(item), scopeTag, true);
        };
    }

    private boolean above(Dataset item) {
        for (Dataset d = item.parent(); d != null; d = d.parent()) {
            if (d.contains(tag)) {
                return holds(d);
            }
        }
        return false;
    }

    private boolean anyItem(Dataset holder, int sequenceTag, boolean firstOnly) {
        DataElement e = holder.get(sequenceTag);
        if (e == null || !(e.value() instanceof Sequence seq)) {
            return false;
        }
        for (Dataset d : seq) {
            if (holds(d)) {
                return true;
            }
            if (firstOnly) {
                return false;
            }
        }
        return false;
    }

    private boolean holds(Dataset d) {
        DataElement e = d.get(tag);
        switch (test) {
            case GROUP_PRESENT -> {
                int group = Tag.group(tag);
                return d.elements().stream().anyMatch(x -> Tag.group(x.tag()) == group);
            }
            case PRESENT -> {
                return e != null;
            }
            case VALUE_PRESENT -> {
                return e != null && !e.isEmpty();
            }
            case HAS_ITEMS, HAS_ONE_ITEM, HAS_TWO_ITEMS, HAS_MULTIPLE_ITEMS -> {
                int n = e != null && e.value() instanceof Sequence seq ? seq.size() : 0;
                return switch (test) {
                    case HAS_ITEMS -> n > 0;
                    case HAS_ONE_ITEM -> n == 1;
                    case HAS_TWO_ITEMS -> n == 2;
                    default -> n > 1;
                };
            }
            default -> {
                if (e == null || e.isEmpty()) {
                    return false;
                }
                try {
                    return compare(d);
                } catch (DicomDataException | NumberFormatException ex) {
                    // A value that cannot be read as the condition needs does not satisfy it; the value itself
                    // is reported by the format checks.
                    return false;
                }
            }
        }
    }

    private boolean compare(Dataset d) {
        switch (test) {
            case STRING_VALUE -> {
                String[] values = d.getStrings(tag);
                return matchAny(values.length, i -> values[i].equals(operand));
            }
            case NUMERIC_VALUE -> {
                double[] values = d.getDoubles(tag);
                String op = operand.strip();
                int space = op.indexOf(' ');
                String comparator = space > 0 ? op.substring(0, space) : "==";
                double number = Double.parseDouble(space > 0 ? op.substring(space + 1).strip() : op);
                return matchAny(values.length, i -> switch (comparator) {
                    case ">" -> values[i] > number;
                    case "<" -> values[i] < number;
                    case ">=" -> values[i] >= number;
                    case "<=" -> values[i] <= number;
                    case "!=" -> values[i] != number;
                    default -> values[i] == number;
                });
            }
            case TAG_VALUE -> {
                long[] values = d.getLongs(tag);
                String[] parts = operand.split(",");
                long wanted = (Long.decode(parts[0].strip()) << 16) | Long.decode(parts[1].strip());
                return matchAny(values.length, i -> (values[i] & 0xFFFFFFFFL) == wanted);
            }
            default -> throw new IllegalStateException("not a value test: " + test);
        }
    }

    private boolean matchAny(int count, java.util.function.IntPredicate p) {
        if (selector >= 0) {
            return selector < count && p.test(selector);
        }
        for (int i = 0; i < count; i++) {
            if (p.test(i)) {
                return true;
            }
        }
        return false;
    }

    private static Dataset root(Dataset d) {
        Dataset r = d;
        while (r.parent() != null) {
            r = r.parent();
        }
        return r;
    }
}
