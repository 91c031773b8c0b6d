package dev.cove.shared;

import java.util.Objects;
import java.util.UUID;

/** The tenant a record belongs to. Every query for company data is scoped by one. */
public record CompanyId(UUID value) {

    public CompanyId {
        Objects.requireNonNull(value, "value");
    }

    public static CompanyId of(String value) {
        return new CompanyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
