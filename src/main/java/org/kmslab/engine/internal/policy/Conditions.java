package org.kmslab.engine.internal.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IAM condition operators over the engine's condition keys: String(Not)Equals(IgnoreCase), String(Not)Like,
 * Arn(Not)Equals/Like, Bool and Null, with the {@code ForAnyValue:}/{@code ForAllValues:} set prefixes and the
 * {@code IfExists} suffix. Unknown operators never match, so an unsupported condition cannot widen access.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
final class Conditions {

    private Conditions() {
    }

    /** Null when every condition holds, else a description of the first that failed. */
    static String firstFailure(Map<String, Map<String, List<String>>> conditions, RequestContext ctx) {
        for (Map.Entry<String, Map<String, List<String>>> op : conditions.entrySet()) {
            for (Map.Entry<String, List<String>> key : op.getValue().entrySet()) {
                if (!holds(op.getKey(), ctx.values(key.getKey()), key.getValue())) {
                    return op.getKey() + " " + key.getKey() + " " + key.getValue() + " not satisfied (request has "
                            + ctx.values(key.getKey()) + ")";
                }
            }
        }
        return null;
    }

    static boolean holds(String operator, List<String> actual, List<String> expected) {
        boolean ifExists = operator.endsWith("IfExists");
        String op = ifExists ? operator.substring(0, operator.length() - "IfExists".length()) : operator;
        if (ifExists && actual.isEmpty()) {
            return true;
        }
        if (op.equals("Null")) {
            return expected.contains(Boolean.toString(actual.isEmpty()));
        }
        if (op.startsWith("ForAllValues:")) {
            String base = op.substring("ForAllValues:".length());
            return actual.stream().allMatch(a -> anyMatch(base, a, expected));
        }
        if (op.startsWith("ForAnyValue:")) {
            String base = op.substring("ForAnyValue:".length());
            return actual.stream().anyMatch(a -> anyMatch(base, a, expected));
        }
        boolean negated = op.contains("Not");
        if (negated) {
            String positive = op.replace("Not", "");
            return actual.stream().noneMatch(a -> anyMatch(positive, a, expected));
        }
        return actual.stream().anyMatch(a -> anyMatch(op, a, expected));
    }

    private static boolean anyMatch(String op, String actual, List<String> expected) {
        for (String e : expected) {
            boolean m = switch (op) {
                case "StringEquals", "ArnEquals", "Bool" -> actual.equals(e);
                case "StringEqualsIgnoreCase" -> actual.equalsIgnoreCase(e);
                case "StringLike", "ArnLike" -> glob(e, actual, false);
                default -> false;
            };
            if (m) {
                return true;
            }
        }
        return false;
    }

    /** IAM wildcards: {@code *} any run, {@code ?} one character. */
    static boolean glob(String pattern, String value, boolean ignoreCase) {
        String p = ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
        String v = ignoreCase ? value.toLowerCase(Locale.ROOT) : value;
        int pi = 0;
        int vi = 0;
        int star = -1;
        int mark = 0;
        while (vi < v.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == v.charAt(vi))) {
                pi++;
                vi++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = vi;
            } else if (star >= 0) {
                pi = star + 1;
                vi = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
