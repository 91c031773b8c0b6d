package dev.cove.shared;

import java.util.UUID;

/**
 * A record does not exist in the caller's company. Records of other companies are reported the
 * same way, so their existence never leaks.
 */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String kind, UUID id) {
        super(kind + " " + id + " was not found");
    }

    public RecordNotFound(String message) {
        super(message);
    }
}
