package dev.cove.sales;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.cove.customers.Customers;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;

/** Every rule a new quote must satisfy, checked together so a caller learns all problems at once. */
@Component
class QuoteRules {

    private final Validator validator;
    private final Customers customers;
    private final JdbcClient jdbc;

    QuoteRules(Validator validator, Customers customers, JdbcClient jdbc) {
        this.validator = validator;
        this.customers = customers;
        this.jdbc = jdbc;
    }

    /** The broken rules, sorted by field; empty when the quote may be saved. */
    List<FieldError> check(CompanyId company, QuoteDetails d) {
        List<FieldError> errors = new ArrayList<>(validator.validate(d).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()))
                .toList());
        if (d.customerId() != null && customers.find(company, d.customerId()).isEmpty()) {
            errors.add(new FieldError("customerId", "is not a customer of this company"));
        }
        if (d.lines() != null) {
            for (int i = 0; i < d.lines().size(); i++) {
                QuoteLineDetails line = d.lines().get(i);
                if (line != null && line.itemId() != null && !itemExists(company, line)) {
                    errors.add(new FieldError("lines[" + i + "].itemId", "is not an item of this company"));
                }
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    // The items module has no public lookup yet; its table is company-scoped like every other.
    private boolean itemExists(CompanyId company, QuoteLineDetails line) {
        return jdbc.sql("SELECT COUNT(*) FROM items WHERE company_id = ? AND id = ?")
                .params(company.value(), line.itemId()).query(Long.class).single() > 0;
    }
}
