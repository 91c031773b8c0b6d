package dev.cove.sales;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.cove.shared.Text;

/** What staff or an API client enter for a lead. {@code source} is free text such as Website, Referral or Phone. */
public record LeadDetails(
        @NotBlank(message = "is required") @Size(max = 200) String name,
        @Email(message = "must be an email address") @Size(max = 254) String email,
        @Pattern(regexp = "([+0-9 ().-]{5,40})?", message = "must be a phone number of digits, spaces and + ( ) . -")
        String phone,
        @NotBlank(message = "is required") @Size(max = 100) String source,
        @Size(max = 4000) String notes) {

    static final LeadDetails BLANK = new LeadDetails(null, null, null, "Website", null);

    /** Empty strings count as absent. */
    LeadDetails normalized() {
        return new LeadDetails(name.trim(), Text.blankToNull(email), Text.blankToNull(phone), source.trim(), Text.blankToNull(notes));
    }
}
