package dev.cove.settings;

import java.math.BigDecimal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.cove.staff.CompanyCreated;

/**
 * Gives a new company the settings it needs to bill on day one. Listens synchronously, so the
 * defaults commit (or roll back) with the company itself.
 */
@Component
class SettingsDefaults {

    private final CompanySettings settings;

    SettingsDefaults(CompanySettings settings) {
        this.settings = settings;
    }

    @EventListener
    void on(CompanyCreated created) {
        settings.insertTerm(created.companyId(), new PaymentTermDetails("Due on receipt", 0), false);
        settings.insertTerm(created.companyId(), new PaymentTermDetails("Net 15", 15), false);
        settings.insertTerm(created.companyId(), new PaymentTermDetails("Net 30", 30), true);
        for (String method : new String[] {"Cash", "Check", "Card", "Bank transfer"}) {
            settings.addPaymentMethod(created.companyId(), method);
        }
        settings.addTaxRate(created.companyId(), "Sales tax", new BigDecimal("7.0000"));
    }
}
