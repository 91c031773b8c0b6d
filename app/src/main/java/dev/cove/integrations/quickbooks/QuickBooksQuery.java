package dev.cove.integrations.quickbooks;

/**
 * Builds conditions of the QuickBooks query language safely: text literals are quoted with quotes
 * and backslashes escaped, so a name like {@code O'Brien's Pools} cannot break the statement.
 */
public final class QuickBooksQuery {

    private QuickBooksQuery() {
    }

    /** {@code 'O\'Brien'}: a quoted text literal. */
    public static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** {@code Field = 'value'}. */
    public static String equalTo(String field, String value) {
        return field + " = " + literal(value);
    }

    /** Include inactive list records too, which queries leave out unless asked. */
    public static String activeOrNot() {
        return "Active IN (true, false)";
    }

    static String select(String entity, String where, int startPosition, int maxResults) {
        return "SELECT * FROM " + entity + (where == null || where.isBlank() ? "" : " WHERE " + where)
                + " ORDERBY Id STARTPOSITION " + startPosition + " MAXRESULTS " + maxResults;
    }
}
