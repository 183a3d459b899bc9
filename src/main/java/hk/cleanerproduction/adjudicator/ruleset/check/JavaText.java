package hk.cleanerproduction.adjudicator.ruleset.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of Java's (and DRL's) lexical structure to check rule text without a parser: blank out
 * comments and string literals (so that a message saying "exit" is not a call to exit), and split
 * the arguments of a call at its top-level commas.
 */
final class JavaText {

    private JavaText() {
    }

    /**
     * The text with comments and the contents of string and character literals replaced by spaces,
     * newlines kept, so that offsets and line numbers still point into the original.
     */
    static String code(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                blank(text, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(text, i);
                out.append(c);
                blank(text, i + 1, end - 1, out);
                out.append(end - 1 > i ? text.charAt(end - 1) : ' ');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The string literals in a piece of code, without their quotes. */
    static List<String> stringLiterals(String code) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfLiteral(code, i);
                literals.add(code.substring(i + 1, Math.max(i + 1, end - 1)));
                i = end;
            } else {
                i++;
            }
        }
        return literals;
    }

    /**
     * The arguments of the call whose opening parenthesis is at {@code open}, split at top-level
     * commas; empty when the parenthesis is never closed.
     */
    static List<String> arguments(String text, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    args.add(text.substring(start, i).trim());
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(text.substring(start, i).trim());
                start = i + 1;
            }
            i++;
        }
        return List.of();
    }

    /** 1-based line of an offset. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int endOfLiteral(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote || c == '\n') {
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static void blank(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            out.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
    }
}
