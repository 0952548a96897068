package org.dicomharness.validation.condition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicomharness.dicom.dict.DictionaryEntry;
import org.dicomharness.dicom.dict.ElementDictionary;

/**
 * Parses the dicom3tools condition language (condn.tpl) as kept in {@code conditions.tsv}: lines joined with
 * {@code " | "}, each {@code Element="Keyword"} followed by what to test ({@code ElementPresent},
 * {@code StringValue="YES"}, {@code BinaryValue="> 0"}...), optionally {@code Modifier="Not"},
 * {@code Operator="And"|"Or"} and {@code ValueSelector="n"|"*"}; {@code (} and {@code )} group lines.
 */
public final class ConditionParser {

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final ElementDictionary dictionary;

    public ConditionParser(ElementDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Parses one named condition.
     *
     * @throws IllegalArgumentException naming the condition and the line when a keyword is unknown or the
     *                                  expression is malformed
     */
    public Condition parse(String name, String expression) {
        Deque<List<Chain.Clause>> stack = new ArrayDeque<>();
        stack.push(new ArrayList<>());
        for (String raw : expression.split(" \\| ")) {
            String line = raw.strip();
            if (line.isEmpty() || line.equals("}")) {
                continue;
            }
            if (line.equals("(")) {
                stack.push(new ArrayList<>());
                continue;
            }
            Map<String, String> attrs = attributes(line);
            boolean not = "Not".equals(attrs.get("Modifier"));
            boolean and = "And".equals(attrs.get("Operator"));
            if (line.startsWith(")")) {
                if (stack.size() < 2) {
                    throw new IllegalArgumentException("condition " + name + ": ')' without '('");
                }
                Chain group = new Chain("", stack.pop());
                stack.peek().add(new Chain.Clause(and, not, group));
                continue;
            }
            stack.peek().add(new Chain.Clause(and, not, term(name, line, attrs)));
        }
        if (stack.size() != 1) {
            throw new IllegalArgumentException("condition " + name + ": unbalanced parentheses");
        }
        List<Chain.Clause> clauses = stack.pop();
        return new Chain(name, clauses);
    }

    private Term term(String name, String line, Map<String, String> a) {
        String keyword = a.get("Element");
        if (keyword == null) {
            throw new IllegalArgumentException("condition " + name + ": no Element in '" + line + "'");
        }
        int tag = tagOf(name, keyword);
        Scope scope = Scope.CURRENT;
        int scopeTag = 0;
        Test test = Test.PRESENT;
        String operand = "";
        for (Map.Entry<String, String> e : a.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            switch (key) {
                case "Element", "Modifier", "Operator", "ValueSelector", "ElementPresent" -> {
                }
                case "ValuePresent" -> test = Test.VALUE_PRESENT;
                case "ElementPresentInRoot" -> scope = Scope.ROOT;
                case "ElementPresentAbove" -> scope = Scope.ABOVE;
                case "ElementPresentWithin" -> {
                    scope = Scope.WITHIN;
                    scopeTag = tagOf(name, value);
                }
                case "ElementPresentInPathFromRoot" -> {
                    scope = Scope.PATH_FROM_ROOT;
                    scopeTag = tagOf(name, value);
                }
                case "ElementPresentInPathFromRootFirstItem" -> {
                    scope = Scope.PATH_FROM_ROOT_FIRST_ITEM;
                    scopeTag = tagOf(name, value);
                }
                case "SequencePresentInPathFromRootHasItems" -> {
                    scope = Scope.PATH_FROM_ROOT;
                    scopeTag = tagOf(name, value);
                    test = Test.HAS_ITEMS;
                }
                case "SequencePresentInPathFromRootFirstItemHasItems" -> {
                    scope = Scope.PATH_FROM_ROOT_FIRST_ITEM;
                    scopeTag = tagOf(name, value);
                    test = Test.HAS_ITEMS;
                }
                case "SequenceHasItems" -> test = Test.HAS_ITEMS;
                case "SequenceHasOneItem" -> test = Test.HAS_ONE_ITEM;
                case "SequenceHasTwoItems" -> test = Test.HAS_TWO_ITEMS;
                case "SequenceHasMultipleItems" -> test = Test.HAS_MULTIPLE_ITEMS;
                case "GroupPresent" -> test = Test.GROUP_PRESENT;
                case "StringValue", "StringConstant" -> {
                    test = Test.STRING_VALUE;
                    operand = value;
                }
                case "StringValueFromRootAttribute", "StringConstantFromRootAttribute", "StringValueFromRoot" -> {
                    test = Test.STRING_VALUE;
                    operand = value;
                    scope = Scope.ROOT;
                }
                case "StringValueAbove" -> {
                    test = Test.STRING_VALUE;
                    operand = value;
                    scope = Scope.ABOVE;
                }
                case "BinaryValue" -> {
                    test = Test.NUMERIC_VALUE;
                    operand = value;
                }
                case "BinaryValueFromRootAttribute" -> {
                    test = Test.NUMERIC_VALUE;
                    operand = value;
                    scope = Scope.ROOT;
                }
                case "TagValue" -> {
                    test = Test.TAG_VALUE;
                    operand = value;
                }
                default -> throw new IllegalArgumentException("condition " + name + ": unknown test '" + key
                        + "' in '" + line + "'");
            }
        }
        String selectorText = a.get("ValueSelector");
        // dicom3tools compares the first value unless a selector names another one, or "*" for any.
        int selector = selectorText == null ? 0 : selectorText.equals("*") ? -1 : Integer.parseInt(selectorText);
        return new Term(tag, scope, scopeTag, test, operand, selector);
    }

    private int tagOf(String name, String keyword) {
        DictionaryEntry e = dictionary.byKeyword(keyword).orElseThrow(() -> new IllegalArgumentException(
                "condition " + name + ": '" + keyword + "' is not a PS3.6 keyword"));
        return e.tag();
    }

    private static Map<String, String> attributes(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(line);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }
}
