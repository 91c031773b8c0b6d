package dev.cove.sandbox.common;

/** A response kept for idempotent replay: same status, same body bytes. */
public record StoredResponse(int status, String body) {
}
