package dev.cove.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.cove.shared.Text;

/** What staff or an API client enter for a customer. */
public record CustomerDetails(
        @NotBlank(message = "is required") @Size(max = 200) String displayName,
        @Size(max = 200) String companyName,
        @Email(message = "must be an email address") @Size(max = 254) String email,
        @Pattern(regexp = "([+0-9 ().-]{5,40})?", message = "must be a phone number of digits, spaces and + ( ) . -")
        String phone,
        @Valid Address billingAddress,
        @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language code such as en or es") String language,
        @Size(max = 4000) String notes) {

    /** Empty strings count as absent, and an absent language is English. */
    public CustomerDetails normalized() {
        Address a = billingAddress == null ? Address.EMPTY : billingAddress;
        return new CustomerDetails(displayName.trim(), Text.blankToNull(companyName), Text.blankToNull(email), Text.blankToNull(phone),
                new Address(Text.blankToNull(a.line1()), Text.blankToNull(a.line2()), Text.blankToNull(a.city()),
                        Text.blankToNull(a.region()), Text.blankToNull(a.postalCode()), Text.blankToNull(a.country())),
                language == null || language.isBlank() ? "en" : language, Text.blankToNull(notes));
    }

    static CustomerDetails of(Customer c) {
        return new CustomerDetails(c.displayName(), c.companyName(), c.email(), c.phone(), c.billingAddress(),
                c.language(), c.notes());
    }
}
