package dev.cove.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.cove.shared.Text;
import dev.cove.customers.Customers;
import dev.cove.customers.Visit;
import dev.cove.customers.Visits;
import dev.cove.items.Item;
import dev.cove.items.Items;
import dev.cove.settings.CompanySettings;
import dev.cove.settings.PaymentTerm;
import dev.cove.settings.TaxRate;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;
import dev.cove.staff.Companies;

/**
 * Turns a draft into a priced invoice, checking every reference against the caller's company.
 * All problems are collected and reported together, before anything is written.
 */
@Component
class InvoicePricing {

    private final Customers customers;
    private final Visits visits;
    private final Items items;
    private final CompanySettings settings;
    private final Companies companies;

    InvoicePricing(Customers customers, Visits visits, Items items, CompanySettings settings, Companies companies) {
        this.customers = customers;
        this.visits = visits;
        this.items = items;
        this.settings = settings;
        this.companies = companies;
    }

    PricedInvoice price(CompanyId company, InvoiceDraft draft, UUID invoiceId) {
        List<FieldError> errors = new ArrayList<>();
        if (customers.find(company, draft.customerId()).isEmpty()) {
            errors.add(new FieldError("customerId", "is not a customer of this company"));
        }
        LocalDate issueDate = draft.issueDate() != null ? draft.issueDate() : LocalDate.now();
        PaymentTerm terms = draft.termsId() == null ? settings.defaultTerm(company)
                : settings.term(company, draft.termsId()).orElse(null);
        if (terms == null && draft.termsId() != null) {
            errors.add(new FieldError("termsId", "is not a payment term of this company"));
        }
        LocalDate dueDate = draft.dueDate() != null ? draft.dueDate()
                : issueDate.plusDays(terms == null ? 0 : terms.daysDue());
        if (dueDate.isBefore(issueDate)) {
            errors.add(new FieldError("dueDate", "must not be before the issue date " + issueDate));
        }
        TaxRate tax = draft.taxRateId() == null ? null : settings.taxRate(company, draft.taxRateId()).orElse(null);
        if (draft.taxRateId() != null && tax == null) {
            errors.add(new FieldError("taxRateId", "is not a tax rate of this company"));
        }
        String currency = companies.currency(company);
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        List<PricedLine> lines = lines(company, draft, invoiceId, digits, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        BigDecimal rate = tax == null ? BigDecimal.ZERO : tax.rate();
        return new PricedInvoice(draft.customerId(), issueDate, terms == null ? null : terms.id(), dueDate,
                tax == null ? null : tax.id(), rate, currency, Text.blankToNull(draft.notes()), lines,
                InvoiceTotals.of(lines, rate, digits));
    }

    private List<PricedLine> lines(CompanyId company, InvoiceDraft draft, UUID invoiceId, int digits,
            List<FieldError> errors) {
        boolean billsVisits = draft.lines().stream().anyMatch(l -> l.visitId() != null);
        List<Visit> billable = draft.customerId() == null || !billsVisits ? List.of()
                : customerVisits(company, draft.customerId(), invoiceId);
        Set<UUID> seenVisits = new HashSet<>();
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            InvoiceDraft.LineDraft line = draft.lines().get(i);
            String at = "lines[" + i + "].";
            Item item = null;
            if (line.itemId() != null) {
                item = items.find(company, line.itemId()).orElse(null);
                if (item == null) {
                    errors.add(new FieldError(at + "itemId", "is not an item of this company"));
                }
            }
            Visit visit = null;
            if (line.visitId() != null) {
                visit = billable.stream().filter(v -> v.id().equals(line.visitId())).findFirst().orElse(null);
                if (visit == null || !seenVisits.add(line.visitId())) {
                    errors.add(new FieldError(at + "visitId", "is not an unbilled visit of this customer"));
                }
            }
            String description = firstText(line.description(), visit == null ? null : visit.description(),
                    item == null ? null : item.name());
            if (description == null) {
                errors.add(new FieldError(at + "description", "is required unless the line names an item or a visit"));
            }
            BigDecimal unitPrice = line.unitPrice() != null ? line.unitPrice()
                    : visit != null ? visit.price() : item != null ? item.unitPrice() : null;
            if (unitPrice == null) {
                errors.add(new FieldError(at + "unitPrice", "is required unless the line names an item or a visit"));
                continue;
            }
            BigDecimal quantity = line.quantity() != null ? line.quantity() : BigDecimal.ONE;
            boolean taxable = line.taxable() != null ? line.taxable() : item != null && item.taxable();
            LocalDate serviceDate = line.serviceDate() != null ? line.serviceDate() : visit == null ? null : visit.date();
            lines.add(new PricedLine(serviceDate, description, quantity, unitPrice,
                    InvoiceTotals.lineAmount(quantity, unitPrice, digits), taxable,
                    item != null ? item.id() : visit != null ? visit.itemId() : null, line.visitId()));
        }
        return lines;
    }

    /** The customer's unbilled visits plus those already on this invoice (when it is being edited). */
    private List<Visit> customerVisits(CompanyId company, UUID customerId, UUID invoiceId) {
        return visits.forCustomer(company, customerId).stream()
                .filter(v -> !v.billed() || v.invoiceId().equals(invoiceId))
                .toList();
    }

    private static String firstText(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.trim();
            }
        }
        return null;
    }
}
