package dev.cove.integrations.quickbooks;

import java.util.List;

/** One page of a query: the rows from {@code startPosition} (1-based), at most the page size asked for. */
public record QueryPage<T>(List<T> records, int startPosition, int pageSize) {

    /** True when this page was full, so another one may follow. */
    public boolean mayHaveMore() {
        return records.size() >= pageSize;
    }

    public int nextPosition() {
        return startPosition + records.size();
    }
}
