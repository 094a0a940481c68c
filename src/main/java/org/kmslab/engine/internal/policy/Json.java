package org.kmslab.engine.internal.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader for policy documents (the engine takes no JSON library). Objects become
 * {@code LinkedHashMap}, arrays {@code ArrayList}, numbers {@code Double}; duplicate keys and trailing garbage are
 * errors.
 */
final class Json {

    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    /** Thrown for any syntax error; the message says where. */
    static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    static Object parse(String text) throws SyntaxError {
        Json j = new Json(text);
        Object v = j.value();
        j.ws();
        if (j.i != text.length()) {
            throw j.error("unexpected trailing content");
        }
        return v;
    }

    private Object value() throws SyntaxError {
        ws();
        if (i >= s.length()) {
            throw error("unexpected end of document");
        }
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() throws SyntaxError {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (peek('}')) {
            return m;
        }
        do {
            ws();
            if (i >= s.length() || s.charAt(i) != '"') {
                throw error("expected a member name");
            }
            String k = string();
            ws();
            expect(':');
            if (m.containsKey(k)) {
                throw error("duplicate member " + k);
            }
            m.put(k, value());
            ws();
        } while (peek(','));
        expect('}');
        return m;
    }

    private List<Object> array() throws SyntaxError {
        List<Object> l = new ArrayList<>();
        i++;
        ws();
        if (peek(']')) {
            return l;
        }
        do {
            l.add(value());
            ws();
        } while (peek(','));
        expect(']');
        return l;
    }

    private String string() throws SyntaxError {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                if (i >= s.length()) {
                    break;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw error("bad unicode escape");
                        }
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else if (c < 0x20) {
                throw error("control character in string");
            } else {
                b.append(c);
            }
        }
        throw error("unterminated string");
    }

    private Object number() throws SyntaxError {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        try {
            return Double.parseDouble(s.substring(start, i));
        } catch (NumberFormatException e) {
            throw error("unexpected character");
        }
    }

    private Object literal(String word, Object v) throws SyntaxError {
        if (!s.startsWith(word, i)) {
            throw error("unexpected character");
        }
        i += word.length();
        return v;
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private boolean peek(char c) {
        ws();
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws SyntaxError {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private SyntaxError error(String what) {
        return new SyntaxError(what + " at offset " + i);
    }
}
