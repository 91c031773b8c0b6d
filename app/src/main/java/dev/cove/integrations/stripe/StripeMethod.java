package dev.cove.integrations.stripe;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.cove.settings.CompanySettings;
import dev.cove.settings.PaymentMethod;
import dev.cove.shared.CompanyId;

/** The payment method Stripe payments are recorded with, added to a company's methods when first needed. */
@Component
class StripeMethod {

    static final String NAME = "Card (Stripe)";

    private final CompanySettings settings;

    StripeMethod(CompanySettings settings) {
        this.settings = settings;
    }

    synchronized UUID of(CompanyId company) {
        return settings.paymentMethods(company).stream().filter(m -> NAME.equals(m.name())).map(PaymentMethod::id)
                .findFirst().orElseGet(() -> settings.addPaymentMethod(company, NAME).id());
    }
}
