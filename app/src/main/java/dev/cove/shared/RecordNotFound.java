package dev.cove.shared;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record does not exist in the caller's company. Records of other companies are reported the
 * same way, so their existence never leaks.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String kind, UUID id) {
        super(kind + " " + id + " was not found");
    }

    public RecordNotFound(String message) {
        super(message);
    }
}
