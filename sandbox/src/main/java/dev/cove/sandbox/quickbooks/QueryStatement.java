package dev.cove.sandbox.quickbooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed QBO query: {@code SELECT * | count(*) FROM Entity [WHERE a AND b ...] [ORDERBY f [ASC|DESC]]
 * [STARTPOSITION n] [MAXRESULTS m]}. {@code OR}, joins, grouping and projections are refused with 4000,
 * as QBO does.
 */
record QueryStatement(boolean count, EntityType entity, List<Condition> conditions, String orderBy,
        boolean descending, int startPosition, Integer maxResults) {

    /** One {@code field op value(s)} test; {@code op} is one of = != < > <= >= IN LIKE. */
    record Condition(String field, String op, List<String> values) {
    }

    static QueryStatement parse(String text) {
        List<String> tokens = tokenize(text == null ? "" : text.trim());
        Cursor cursor = new Cursor(tokens);
        cursor.expect("SELECT");
        boolean count;
        if (cursor.peekIs("*")) {
            cursor.next();
            count = false;
        }
        else if (cursor.peekIs("COUNT")) {
            cursor.next();
            cursor.expect("(");
            cursor.expect("*");
            cursor.expect(")");
            count = true;
        }
        else {
            throw QuickBooksFault.queryParser("only SELECT * and SELECT COUNT(*) are supported, not projections");
        }
        cursor.expect("FROM");
        String entityName = cursor.next();
        EntityType entity = EntityType.parse(entityName)
            .orElseThrow(() -> QuickBooksFault.queryParser("Invalid entity " + entityName));
        List<Condition> conditions = new ArrayList<>();
        String orderBy = null;
        boolean descending = false;
        int start = 1;
        Integer max = null;
        if (cursor.peekIs("WHERE")) {
            cursor.next();
            conditions.add(condition(cursor));
            while (cursor.peekIs("AND")) {
                cursor.next();
                conditions.add(condition(cursor));
            }
        }
        while (cursor.hasNext()) {
            String keyword = cursor.next().toUpperCase(Locale.ROOT);
            switch (keyword) {
                case "ORDERBY", "ORDER" -> {
                    if (keyword.equals("ORDER")) {
                        cursor.expect("BY");
                    }
                    orderBy = cursor.next();
                    if (cursor.peekIs("ASC") || cursor.peekIs("DESC")) {
                        descending = cursor.next().equalsIgnoreCase("DESC");
                    }
                }
                case "STARTPOSITION" -> start = number(cursor.next());
                case "MAXRESULTS" -> max = number(cursor.next());
                case "OR" -> throw QuickBooksFault.queryParser("OR is not supported");
                default -> throw QuickBooksFault.queryParser("Encountered \"" + keyword + "\"");
            }
        }
        return new QueryStatement(count, entity, conditions, orderBy, descending, Math.max(1, start), max);
    }

    private static Condition condition(Cursor cursor) {
        String field = cursor.next();
        String op = cursor.next().toUpperCase(Locale.ROOT);
        if (op.equals("IN")) {
            cursor.expect("(");
            List<String> values = new ArrayList<>();
            values.add(literal(cursor.next()));
            while (cursor.peekIs(",")) {
                cursor.next();
                values.add(literal(cursor.next()));
            }
            cursor.expect(")");
            return new Condition(field, op, values);
        }
        if (!List.of("=", "!=", "<", ">", "<=", ">=", "LIKE").contains(op)) {
            throw QuickBooksFault.queryParser("Encountered \"" + op + "\" after " + field);
        }
        return new Condition(field, op, List.of(literal(cursor.next())));
    }

    private static String literal(String token) {
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1);
        }
        return token;
    }

    private static int number(String token) {
        try {
            return Integer.parseInt(token);
        }
        catch (NumberFormatException notANumber) {
            throw QuickBooksFault.queryParser("Expected a number but found " + token);
        }
    }

    /** Splits into words, quoted strings (kept with quotes; '' and \' escape a quote) and symbols. */
    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            }
            else if (c == '\'') {
                StringBuilder literal = new StringBuilder("'");
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw QuickBooksFault.queryParser("unterminated string");
                    }
                    char d = text.charAt(i);
                    if (d == '\\' && i + 1 < text.length()) {
                        literal.append(text.charAt(i + 1));
                        i += 2;
                    }
                    else if (d == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        literal.append('\'');
                        i += 2;
                    }
                    else if (d == '\'') {
                        i++;
                        break;
                    }
                    else {
                        literal.append(d);
                        i++;
                    }
                }
                tokens.add(literal.append('\'').toString());
            }
            else if ("(),*".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            }
            else if ("<>=!".indexOf(c) >= 0) {
                int end = i + 1;
                if (end < text.length() && text.charAt(end) == '=') {
                    end++;
                }
                tokens.add(text.substring(i, end));
                i = end;
            }
            else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && "(),*<>=!'".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(text.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }

    private static final class Cursor {
        private final List<String> tokens;
        private int at;

        Cursor(List<String> tokens) {
            this.tokens = tokens;
        }

        boolean hasNext() {
            return at < tokens.size();
        }

        boolean peekIs(String word) {
            return hasNext() && tokens.get(at).equalsIgnoreCase(word);
        }

        String next() {
            if (!hasNext()) {
                throw QuickBooksFault.queryParser("unexpected end of query");
            }
            return tokens.get(at++);
        }

        void expect(String word) {
            String token = hasNext() ? tokens.get(at) : "<end>";
            if (!token.equalsIgnoreCase(word)) {
                throw QuickBooksFault.queryParser("Encountered \"" + token + "\" where " + word + " was expected");
            }
            at++;
        }
    }
}
