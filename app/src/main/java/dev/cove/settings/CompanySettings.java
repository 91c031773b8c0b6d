package dev.cove.settings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.RecordNotFound;

/**
 * The tax rates, payment terms and payment methods of each company. Every read is scoped to the
 * caller's company: an id of another company reads as absent. Lists hold active entries only;
 * the single-entry lookups also find deactivated ones, because old invoices still point at them.
 * Additions are validated here (so every caller gets the same rules) and refused with
 * {@link InvalidRequest} naming the offending fields, writing nothing.
 */
@Service
public class CompanySettings {

    private final JdbcClient jdbc;
    private final Validator validator;

    CompanySettings(JdbcClient jdbc, Validator validator) {
        this.jdbc = jdbc;
        this.validator = validator;
    }

    /** The active tax rates, by name. */
    public List<TaxRate> taxRates(CompanyId company) {
        return jdbc.sql("SELECT id, name, rate, active FROM tax_rates WHERE company_id = ? AND active = TRUE ORDER BY LOWER(name), id")
                .param(company.value()).query(CompanySettings::taxRate).list();
    }

    /** The tax rate, active or not, if it is the company's. */
    public Optional<TaxRate> taxRate(CompanyId company, UUID id) {
        return jdbc.sql("SELECT id, name, rate, active FROM tax_rates WHERE company_id = ? AND id = ?")
                .params(company.value(), id).query(CompanySettings::taxRate).optional();
    }

    /** The active payment terms, shortest first. */
    public List<PaymentTerm> terms(CompanyId company) {
        return jdbc.sql("SELECT id, name, days_due, active FROM payment_terms WHERE company_id = ? AND active = TRUE ORDER BY days_due, LOWER(name), id")
                .param(company.value()).query(CompanySettings::term).list();
    }

    /** The payment term, active or not, if it is the company's. */
    public Optional<PaymentTerm> term(CompanyId company, UUID id) {
        return jdbc.sql("SELECT id, name, days_due, active FROM payment_terms WHERE company_id = ? AND id = ?")
                .params(company.value(), id).query(CompanySettings::term).optional();
    }

    /**
     * The term new invoices get when none is chosen: "Net 30" unless changed. The default cannot be
     * deactivated, so every company opened through {@code Companies} has one.
     */
    public PaymentTerm defaultTerm(CompanyId company) {
        return jdbc.sql("SELECT id, name, days_due, active FROM payment_terms WHERE company_id = ? AND is_default = TRUE AND active = TRUE")
                .param(company.value()).query(CompanySettings::term).optional()
                .or(() -> terms(company).stream().max(Comparator.comparingInt(PaymentTerm::daysDue)))
                .orElseThrow(() -> new RecordNotFound("The company has no payment term"));
    }

    /** The active payment methods, by name. */
    public List<PaymentMethod> paymentMethods(CompanyId company) {
        return jdbc.sql("SELECT id, name, active FROM payment_methods WHERE company_id = ? AND active = TRUE ORDER BY LOWER(name), id")
                .param(company.value()).query(CompanySettings::method).list();
    }

    /** The payment method, active or not, if it is the company's. */
    public Optional<PaymentMethod> paymentMethod(CompanyId company, UUID id) {
        return jdbc.sql("SELECT id, name, active FROM payment_methods WHERE company_id = ? AND id = ?")
                .params(company.value(), id).query(CompanySettings::method).optional();
    }

    /** Adds an active tax rate; {@code rate} is a percentage 0..100 with at most 4 decimals. */
    @Transactional
    public TaxRate addTaxRate(CompanyId company, String name, BigDecimal rate) {
        TaxRateDetails d = valid(new TaxRateDetails(trim(name), rate));
        requireUniqueName(company, "tax_rates", d.name(), "tax rate");
        TaxRate added = new TaxRate(UUID.randomUUID(), d.name(), d.rate().setScale(4), true);
        jdbc.sql("INSERT INTO tax_rates (id, company_id, name, rate, active) VALUES (?, ?, ?, ?, TRUE)")
                .params(added.id(), company.value(), added.name(), added.rate()).update();
        return added;
    }

    /** Adds an active payment term due {@code daysDue} (0..365) days after issue. */
    @Transactional
    public PaymentTerm addTerm(CompanyId company, String name, int daysDue) {
        return addTerm(company, new PaymentTermDetails(name, daysDue));
    }

    @Transactional
    PaymentTerm addTerm(CompanyId company, PaymentTermDetails details) {
        PaymentTermDetails d = valid(new PaymentTermDetails(trim(details.name()), details.daysDue()));
        return insertTerm(company, d, false);
    }

    /** Adds an active payment method. */
    @Transactional
    public PaymentMethod addPaymentMethod(CompanyId company, String name) {
        PaymentMethodDetails d = valid(new PaymentMethodDetails(trim(name)));
        requireUniqueName(company, "payment_methods", d.name(), "payment method");
        PaymentMethod added = new PaymentMethod(UUID.randomUUID(), d.name(), true);
        jdbc.sql("INSERT INTO payment_methods (id, company_id, name, active) VALUES (?, ?, ?, TRUE)")
                .params(added.id(), company.value(), added.name()).update();
        return added;
    }

    @Transactional
    TaxRate deactivateTaxRate(CompanyId company, UUID id) {
        TaxRate rate = taxRate(company, id).orElseThrow(() -> new RecordNotFound("Tax rate", id));
        jdbc.sql("UPDATE tax_rates SET active = FALSE WHERE company_id = ? AND id = ?").params(company.value(), id).update();
        return rate;
    }

    /** Deactivates a term; the default term stays (invoices need one). */
    @Transactional
    PaymentTerm deactivateTerm(CompanyId company, UUID id) {
        PaymentTerm term = term(company, id).orElseThrow(() -> new RecordNotFound("Payment term", id));
        if (term.active() && defaultTerm(company).id().equals(id)) {
            throw new BusinessRuleViolated(term.name() + " is the default payment term and cannot be deactivated");
        }
        jdbc.sql("UPDATE payment_terms SET active = FALSE WHERE company_id = ? AND id = ?").params(company.value(), id).update();
        return term;
    }

    @Transactional
    PaymentMethod deactivatePaymentMethod(CompanyId company, UUID id) {
        PaymentMethod method = paymentMethod(company, id).orElseThrow(() -> new RecordNotFound("Payment method", id));
        jdbc.sql("UPDATE payment_methods SET active = FALSE WHERE company_id = ? AND id = ?").params(company.value(), id).update();
        return method;
    }

    PaymentTerm insertTerm(CompanyId company, PaymentTermDetails d, boolean isDefault) {
        requireUniqueName(company, "payment_terms", d.name(), "payment term");
        PaymentTerm added = new PaymentTerm(UUID.randomUUID(), d.name(), d.daysDue(), true);
        jdbc.sql("INSERT INTO payment_terms (id, company_id, name, days_due, active, is_default) VALUES (?, ?, ?, ?, TRUE, ?)")
                .params(added.id(), company.value(), added.name(), added.daysDue(), isDefault).update();
        return added;
    }

    private void requireUniqueName(CompanyId company, String table, String name, String kind) {
        long same = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE company_id = ? AND active = TRUE AND LOWER(name) = ?")
                .params(company.value(), name.toLowerCase()).query(Long.class).single();
        if (same > 0) {
            throw new InvalidRequest("name", "is already the name of an active " + kind);
        }
    }

    private <T> T valid(T details) {
        List<FieldError> errors = validator.validate(details).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return details;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static TaxRate taxRate(ResultSet rs, int row) throws SQLException {
        return new TaxRate(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBigDecimal("rate"), rs.getBoolean("active"));
    }

    private static PaymentTerm term(ResultSet rs, int row) throws SQLException {
        return new PaymentTerm(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("days_due"), rs.getBoolean("active"));
    }

    private static PaymentMethod method(ResultSet rs, int row) throws SQLException {
        return new PaymentMethod(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("active"));
    }
}
