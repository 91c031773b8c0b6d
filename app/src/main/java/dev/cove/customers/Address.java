package dev.cove.customers;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A billing address; every part may be empty. {@code country} is an ISO 3166 alpha-2 code. */
public record Address(
        @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 100) String city,
        @Size(max = 100) String region,
        @Size(max = 20) String postalCode,
        @Pattern(regexp = "([A-Z]{2})?", message = "must be a two-letter ISO country code such as US") String country) {

    public static final Address EMPTY = new Address(null, null, null, null, null, null);

    /** The address on one line, parts that are empty left out. */
    public String oneLine() {
        return String.join(", ", java.util.stream.Stream.of(line1, line2, city, region, postalCode, country)
                .filter(s -> s != null && !s.isBlank()).toList());
    }
}
