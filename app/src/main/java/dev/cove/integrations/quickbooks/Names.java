package dev.cove.integrations.quickbooks;

/** QuickBooks' rules for list names: no colon (it separates sub-customers), trimmed, bounded length. */
final class Names {

    private Names() {
    }

    static String listName(String name, int maxLength) {
        if (name == null) {
            return null;
        }
        String clean = name.replace(':', '-').trim();
        return clean.length() > maxLength ? clean.substring(0, maxLength).trim() : clean;
    }

    static String truncate(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.trim();
        return clean.length() > maxLength ? clean.substring(0, maxLength) : clean;
    }
}
