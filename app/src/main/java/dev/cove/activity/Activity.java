package dev.cove.activity;

import java.time.Instant;

/** One line of the feed, e.g. "Invoice #1043 sent". */
public record Activity(Instant occurredAt, String kind, String summary) {
}
