package dev.cove.scheduling;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import dev.cove.customers.Customers;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;

/** Every rule an appointment must satisfy, checked together so a caller learns all problems at once. */
@Component
class AppointmentRules {

    private final Validator validator;
    private final Customers customers;

    AppointmentRules(Validator validator, Customers customers) {
        this.validator = validator;
        this.customers = customers;
    }

    /** The broken rules, sorted by field; empty when the details may be saved. */
    List<FieldError> check(CompanyId company, AppointmentDetails d) {
        List<FieldError> errors = new ArrayList<>(validator.validate(d).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
        if (d.customerId() != null && customers.find(company, d.customerId()).isEmpty()) {
            errors.add(new FieldError("customerId", "is not a customer of this company"));
        }
        if (d.startsAt() != null && d.endsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            errors.add(new FieldError("endsAt", "must be after the start"));
        }
        String link = d.meetingLink();
        if (link != null && !link.isBlank()) {
            if (d.locationType() != null && !d.locationType().online()) {
                errors.add(new FieldError("meetingLink", "is only allowed for Google Meet and Zoom meetings"));
            } else if (!isWebAddress(link.trim())) {
                errors.add(new FieldError("meetingLink", "must be an http or https address"));
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
