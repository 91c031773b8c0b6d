package dev.cove.settings;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;

/** The company's active tax rates, payment terms and payment methods as plain JSON arrays. */
@ApiController("/api/v1/settings")
class SettingsApi {

    private final CompanySettings settings;

    SettingsApi(CompanySettings settings) {
        this.settings = settings;
    }

    @GetMapping("/tax-rates")
    List<TaxRate> taxRates(CompanyId company) {
        return settings.taxRates(company);
    }

    @PostMapping("/tax-rates")
    ResponseEntity<TaxRate> addTaxRate(CompanyId company, @RequestBody TaxRateDetails details) {
        TaxRate added = settings.addTaxRate(company, details.name(), details.rate());
        return ResponseEntity.created(URI.create("/api/v1/settings/tax-rates/" + added.id())).body(added);
    }

    @GetMapping("/payment-terms")
    List<PaymentTerm> terms(CompanyId company) {
        return settings.terms(company);
    }

    @PostMapping("/payment-terms")
    ResponseEntity<PaymentTerm> addTerm(CompanyId company, @RequestBody PaymentTermDetails details) {
        PaymentTerm added = settings.addTerm(company, details);
        return ResponseEntity.created(URI.create("/api/v1/settings/payment-terms/" + added.id())).body(added);
    }

    @GetMapping("/payment-methods")
    List<PaymentMethod> paymentMethods(CompanyId company) {
        return settings.paymentMethods(company);
    }

    @PostMapping("/payment-methods")
    ResponseEntity<PaymentMethod> addPaymentMethod(CompanyId company, @RequestBody PaymentMethodDetails details) {
        PaymentMethod added = settings.addPaymentMethod(company, details.name());
        return ResponseEntity.created(URI.create("/api/v1/settings/payment-methods/" + added.id())).body(added);
    }
}
