package io.github.jingdu.lint.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A glob pattern with the JDK's meaning ({@code FileSystem.getPathMatcher("glob:…")}: {@code *}
 * within a segment, {@code **} across segments, {@code ?}, {@code [a-z]}, {@code [!a]},
 * {@code {a,b}}, {@code \} escapes), matched in time proportional to the pattern's length times
 * the path's. The JDK turns a glob into a regular expression whose backtracking grows
 * exponentially with the number of {@code **}: fourteen of them against a path 31 folders deep
 * took 80 seconds.
 */
public final class Glob {
    /** The most alternatives that {@code {…}} groups may multiply into. */
    private static final int MAX_ALTERNATIVES = 1_000;

    private enum Kind { LITERAL, ONE, STAR, STARS, CLASS }

    private record Token(Kind kind, char literal, String set, boolean negated) {
        boolean matches(char c) {
            return switch (kind) {
                case LITERAL -> c == literal;
                case ONE -> c != '/';
                case CLASS -> c != '/' && inSet(c) != negated;
                default -> throw new IllegalStateException(kind.name());
            };
        }

        private boolean inSet(char c) {
            for (int i = 0; i < set.length(); i++) {
                if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                    if (c >= set.charAt(i) && c <= set.charAt(i + 2)) {
                        return true;
                    }
                    i += 2;
                } else if (set.charAt(i) == c) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<List<Token>> alternatives;

    private Glob(List<List<Token>> alternatives) {
        this.alternatives = alternatives;
    }

    /**
     * Compiles a glob.
     *
     * @param glob the pattern
     * @return the compiled pattern
     * @throws IllegalArgumentException for a pattern the JDK refuses too (an unclosed bracket or
     *     brace, a nested brace, a trailing backslash), or one whose braces multiply into more than
     *     a thousand alternatives
     */
    public static Glob compile(String glob) {
        List<List<Token>> alternatives = new ArrayList<>();
        alternatives.add(new ArrayList<>());
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '{') {
                int close = glob.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("missing '}' in " + glob);
                }
                List<List<Token>> options = new ArrayList<>();
                for (String option : glob.substring(i + 1, close).split(",", -1)) {
                    if (option.indexOf('{') >= 0) {
                        throw new IllegalArgumentException("cannot nest groups in " + glob);
                    }
                    options.add(tokens(option, glob));
                }
                if ((long) alternatives.size() * options.size() > MAX_ALTERNATIVES) {
                    throw new IllegalArgumentException("more than " + MAX_ALTERNATIVES + " alternatives in " + glob);
                }
                List<List<Token>> product = new ArrayList<>();
                for (List<Token> before : alternatives) {
                    for (List<Token> option : options) {
                        List<Token> joined = new ArrayList<>(before);
                        joined.addAll(option);
                        product.add(joined);
                    }
                }
                alternatives = product;
                i = close + 1;
            } else {
                int end = i;
                while (end < glob.length() && glob.charAt(end) != '{') {
                    end += glob.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, glob.length());
                List<Token> run = tokens(glob.substring(i, end), glob);
                alternatives.forEach(a -> a.addAll(run));
                i = end;
            }
        }
        return new Glob(alternatives);
    }

    private static List<Token> tokens(String part, String glob) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= part.length()) {
                        throw new IllegalArgumentException("no character to escape at the end of " + glob);
                    }
                    tokens.add(new Token(Kind.LITERAL, part.charAt(++i), null, false));
                }
                case '?' -> tokens.add(new Token(Kind.ONE, c, null, false));
                case '*' -> {
                    if (i + 1 < part.length() && part.charAt(i + 1) == '*') {
                        tokens.add(new Token(Kind.STARS, c, null, false));
                        i++;
                    } else {
                        tokens.add(new Token(Kind.STAR, c, null, false));
                    }
                }
                case '[' -> {
                    int close = part.indexOf(']', i + 1);
                    if (close < 0) {
                        throw new IllegalArgumentException("missing ']' in " + glob);
                    }
                    boolean negated = close > i + 1 && part.charAt(i + 1) == '!';
                    tokens.add(new Token(Kind.CLASS, c, part.substring(negated ? i + 2 : i + 1, close), negated));
                    i = close;
                }
                default -> tokens.add(new Token(Kind.LITERAL, c, null, false));
            }
        }
        return tokens;
    }

    /**
     * Whether the pattern matches a whole path, written with {@code /} between its names.
     *
     * @param path the path
     * @return true when it matches
     */
    public boolean matches(String path) {
        for (List<Token> tokens : alternatives) {
            if (matches(tokens, path)) {
                return true;
            }
        }
        return false;
    }

    /** A walk of every state of the pattern at once: no backtracking. */
    private static boolean matches(List<Token> tokens, String path) {
        int n = tokens.size();
        BitSet states = new BitSet(n + 1);
        states.set(0);
        close(tokens, states);
        for (int p = 0; p < path.length() && !states.isEmpty(); p++) {
            char c = path.charAt(p);
            BitSet next = new BitSet(n + 1);
            for (int s = states.nextSetBit(0); s >= 0 && s < n; s = states.nextSetBit(s + 1)) {
                Token t = tokens.get(s);
                switch (t.kind()) {
                    case STAR -> {
                        if (c != '/') {
                            next.set(s);
                        }
                    }
                    case STARS -> next.set(s);
                    default -> {
                        if (t.matches(c)) {
                            next.set(s + 1);
                        }
                    }
                }
            }
            close(tokens, next);
            states = next;
        }
        return states.get(n);
    }

    /** A star may match nothing: a state before one is also a state after it. */
    private static void close(List<Token> tokens, BitSet states) {
        for (int s = 0; s < tokens.size(); s++) {
            Kind kind = tokens.get(s).kind();
            if (states.get(s) && (kind == Kind.STAR || kind == Kind.STARS)) {
                states.set(s + 1);
            }
        }
    }
}
