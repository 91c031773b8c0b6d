package dev.cove.sales;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** The new-quote form of the pages: a fixed number of line rows, of which trailing empty ones are ignored. */
record QuoteForm(UUID customerId, String title, List<QuoteLineDetails> lines) {

    static final int ROWS = 6;

    static QuoteForm blank(UUID customerId) {
        return new QuoteForm(customerId, null, Collections.nCopies(ROWS, new QuoteLineDetails(null, null, null, null)));
    }

    /** The quote as entered, trailing empty rows left out (a gap in the middle is reported, not skipped). */
    QuoteDetails toDetails() {
        List<QuoteLineDetails> rows = new ArrayList<>(lines == null ? List.of() : lines);
        while (!rows.isEmpty() && (rows.get(rows.size() - 1) == null || rows.get(rows.size() - 1).blank())) {
            rows.remove(rows.size() - 1);
        }
        return new QuoteDetails(customerId, title, rows);
    }
}
