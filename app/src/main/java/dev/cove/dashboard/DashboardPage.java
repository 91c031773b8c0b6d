package dev.cove.dashboard;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.cove.activity.ActivityFeed;
import dev.cove.customers.Customers;
import dev.cove.invoicing.InvoiceStatus;
import dev.cove.invoicing.InvoiceSummary;
import dev.cove.invoicing.Invoices;
import dev.cove.scheduling.Appointments;
import dev.cove.shared.CompanyId;
import dev.cove.staff.Companies;

@Controller
class DashboardPage {

    private static final InvoiceSummary NONE = new InvoiceSummary(0, BigDecimal.ZERO);

    private final Companies companies;
    private final Customers customers;
    private final Invoices invoices;
    private final Appointments appointments;
    private final ActivityFeed activity;

    DashboardPage(Companies companies, Customers customers, Invoices invoices, Appointments appointments,
            ActivityFeed activity) {
        this.companies = companies;
        this.customers = customers;
        this.invoices = invoices;
        this.appointments = appointments;
        this.activity = activity;
    }

    @GetMapping("/")
    String dashboard(CompanyId company, Model model) {
        Map<InvoiceStatus, InvoiceSummary> summary = invoices.summary(company);
        InvoiceSummary sent = summary.getOrDefault(InvoiceStatus.SENT, NONE);
        InvoiceSummary partial = summary.getOrDefault(InvoiceStatus.PARTIALLY_PAID, NONE);
        model.addAttribute("nav", "dashboard");
        model.addAttribute("companyName", companies.name(company));
        model.addAttribute("currency", companies.currency(company));
        model.addAttribute("customers", customers.countActive(company));
        model.addAttribute("drafts", summary.getOrDefault(InvoiceStatus.DRAFT, NONE).count());
        model.addAttribute("openCount", sent.count() + partial.count());
        model.addAttribute("openAmount", sent.open().add(partial.open()));
        model.addAttribute("paid", summary.getOrDefault(InvoiceStatus.PAID, NONE).count());
        model.addAttribute("upcoming", appointments.countUpcoming(company));
        model.addAttribute("activity", activity.recent(company, 15));
        return "dashboard";
    }
}
