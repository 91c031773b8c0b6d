package dev.cove.shared;

/** What optional text means everywhere in Cove: blank is absent, present text is trimmed. */
public final class Text {

    private Text() {
    }

    /** {@code null} for null, empty or whitespace-only text; the trimmed text otherwise. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
