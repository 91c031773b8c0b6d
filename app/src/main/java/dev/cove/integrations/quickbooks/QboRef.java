package dev.cove.integrations.quickbooks;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A reference to another QuickBooks record: its id ({@code value}) and, in responses, its name. */
public record QboRef(@JsonProperty("value") String value, @JsonProperty("name") String name) {

    public static QboRef to(String id) {
        return id == null ? null : new QboRef(id, null);
    }
}
