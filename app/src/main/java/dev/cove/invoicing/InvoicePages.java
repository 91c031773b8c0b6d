package dev.cove.invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.customers.Customers;
import dev.cove.items.Items;
import dev.cove.mail.MailNotDelivered;
import dev.cove.settings.CompanySettings;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.PageRequest;

@Controller
@RequestMapping("/invoices")
class InvoicePages {

    private final Invoices invoices;
    private final InvoiceDelivery delivery;
    private final Customers customers;
    private final Items items;
    private final CompanySettings settings;
    private final List<InvoiceLedger> ledgers;
    private final List<InvoiceBadges> badges;

    InvoicePages(Invoices invoices, InvoiceDelivery delivery, Customers customers, Items items,
            CompanySettings settings, List<InvoiceLedger> ledgers, List<InvoiceBadges> badges) {
        this.invoices = invoices;
        this.delivery = delivery;
        this.customers = customers;
        this.items = items;
        this.settings = settings;
        this.ledgers = ledgers;
        this.badges = badges;
    }

    @ModelAttribute("nav")
    String nav() {
        return "invoices";
    }

    @GetMapping
    String list(CompanyId company, @RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) UUID customer, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("invoices", invoices.list(company, status, customer, new PageRequest(page, 25)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("customer", customer == null ? null : customers.get(company, customer));
        return "invoices/list";
    }

    @GetMapping("/new")
    String newForm(CompanyId company, @RequestParam(required = false) UUID customer, Model model) {
        model.addAttribute("draft", new InvoiceDraft(customer, LocalDate.now(), null, null, null, null,
                List.of(new InvoiceDraft.LineDraft(LocalDate.now(), null, java.math.BigDecimal.ONE, null, null, null, null))));
        return form(company, null, model);
    }

    @PostMapping
    String create(CompanyId company, @Valid @ModelAttribute("draft") InvoiceDraft draft, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Invoice invoice = invoices.create(company, draft);
                redirect.addFlashAttribute("flash", "Draft invoice #" + invoice.number() + " created.");
                return "redirect:/invoices/" + invoice.id();
            } catch (InvalidRequest e) {
                reject(errors, e.errors());
            }
        }
        return form(company, null, model);
    }

    @PostMapping("/from-visits")
    String fromVisits(CompanyId company, @RequestParam UUID customerId, RedirectAttributes redirect) {
        try {
            Invoice invoice = invoices.createFromUnbilledVisits(company, customerId);
            redirect.addFlashAttribute("flash", "Draft invoice #" + invoice.number() + " created from "
                    + invoice.lines().size() + " visits. Review it, then send it.");
            return "redirect:/invoices/" + invoice.id();
        } catch (BusinessRuleViolated e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:/customers/" + customerId;
        }
    }

    @GetMapping("/{id}")
    String show(CompanyId company, @PathVariable UUID id, Model model) {
        Invoice invoice = invoices.get(company, id);
        model.addAttribute("invoice", invoice);
        model.addAttribute("customer", customers.get(company, invoice.customerId()));
        model.addAttribute("ledger", ledgers.stream().flatMap(l -> l.entriesFor(company, id).stream()).toList());
        model.addAttribute("methods", settings.paymentMethods(company));
        model.addAttribute("payNow", delivery.payNowLink(company, invoice).orElse(null));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("badges", badges.stream().flatMap(b -> b.badgesFor(company, id).stream()).toList());
        return "invoices/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(CompanyId company, @PathVariable UUID id, Model model) {
        Invoice invoice = invoices.get(company, id);
        model.addAttribute("draft", new InvoiceDraft(invoice.customerId(), invoice.issueDate(), invoice.termsId(),
                invoice.dueDate(), invoice.taxRateId(), invoice.notes(), invoice.lines().stream()
                .map(l -> new InvoiceDraft.LineDraft(l.serviceDate(), l.description(), l.quantity(), l.unitPrice(),
                        l.itemId(), l.visitId(), l.taxable()))
                .toList()));
        return form(company, invoice, model);
    }

    @PostMapping("/{id}")
    String update(CompanyId company, @PathVariable UUID id, @Valid @ModelAttribute("draft") InvoiceDraft draft,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Invoice invoice = invoices.update(company, id, draft);
                redirect.addFlashAttribute("flash", "Invoice #" + invoice.number() + " saved.");
                return "redirect:/invoices/" + id;
            } catch (InvalidRequest e) {
                reject(errors, e.errors());
            } catch (BusinessRuleViolated e) {
                errors.reject("rule", e.getMessage());
            }
        }
        return form(company, invoices.get(company, id), model);
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(CompanyId company, @PathVariable UUID id) {
        Invoice invoice = invoices.get(company, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + InvoiceDelivery.fileName(invoice) + "\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(delivery.pdf(company, id));
    }

    @PostMapping("/{id}/send")
    String send(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Invoice invoice = delivery.send(company, id);
            redirect.addFlashAttribute("flash", "Invoice #" + invoice.number() + " is on its way to " + invoice.customerName() + " (the Outbox shows its delivery).");
        } catch (BusinessRuleViolated | MailNotDelivered e) {
            redirect.addFlashAttribute("error", "Not sent: " + e.getMessage());
        }
        return "redirect:/invoices/" + id;
    }

    @PostMapping("/{id}/void")
    String voidInvoice(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Invoice invoice = invoices.voidInvoice(company, id);
            redirect.addFlashAttribute("flash", "Invoice #" + invoice.number() + " is void.");
        } catch (BusinessRuleViolated e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/invoices/" + id;
    }

    private String form(CompanyId company, Invoice invoice, Model model) {
        model.addAttribute("invoice", invoice);
        model.addAttribute("customers", customers.list(company, null, false, new PageRequest(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("items", items.active(company));
        model.addAttribute("taxRates", settings.taxRates(company));
        model.addAttribute("terms", settings.terms(company));
        return "invoices/form";
    }

    private static void reject(BindingResult errors, List<FieldError> fieldErrors) {
        for (FieldError e : new ArrayList<>(fieldErrors)) {
            errors.rejectValue(e.field(), "invalid", e.message());
        }
    }
}
