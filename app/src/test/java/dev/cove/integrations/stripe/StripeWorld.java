package dev.cove.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.cove.Api;
import dev.cove.TestCompanies;
import dev.cove.invoicing.InvoiceDelivery;
import dev.cove.invoicing.Invoices;

/**
 * Drives Cove and the Stripe sandbox over HTTP the way a company, its customer and Stripe's dashboard would:
 * onboarding forms, the Pay now page, the hosted checkout, admin actions on the sandbox.
 */
final class StripeWorld {

    static final Duration PATIENCE = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final TestCompanies companies;
    private final Invoices invoices;
    private final InvoiceDelivery delivery;

    StripeWorld(TestCompanies companies, Invoices invoices, InvoiceDelivery delivery) {
        this.companies = companies;
        this.invoices = invoices;
        this.delivery = delivery;
    }

    String sandbox() {
        return companies.baseUrl() + "/sandbox/stripe";
    }

    /** Connects the company's Stripe account through hosted onboarding; answers the onboarding link used. */
    String onboard(TestCompanies.TestCompany company, String businessName, boolean leaveDue) {
        return onboard(company, businessName, leaveDue, "test");
    }

    String onboard(TestCompanies.TestCompany company, String businessName, boolean leaveDue, String mode) {
        Api.Response started = company.api().post("/api/v1/integrations/stripe/connect",
                "{\"mode\":\"" + mode + "\"}");
        assertThat(started.status()).isEqualTo(200);
        String link = started.at("/authorizeUrl");
        Map<String, String> form = new LinkedHashMap<>(Map.of("business_name", businessName,
                "routing_number", "110000000", "account_number", "000123456789"));
        if (leaveDue) {
            form.put("leave_requirements_due", "true");
        }
        HttpResponse<String> submitted = form(link, form);
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location").orElseThrow())
                .isEqualTo(companies.baseUrl() + "/settings/integrations/stripe/return");
        return link;
    }

    void connected(TestCompanies.TestCompany company, String businessName) {
        onboard(company, businessName, false);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(company.api().get("/api/v1/integrations/stripe")
                .at("/status")).isEqualTo("ACTIVE"));
    }

    /** A sent invoice of one line; answers its id. */
    UUID sentInvoice(TestCompanies.TestCompany company, String amount) {
        String customer = company.api().post("/api/v1/customers", """
                {"displayName": "Marina Reyes", "email": "marina.%s@example.com"}""".formatted(UUID.randomUUID()))
                .at("/id");
        return sentInvoice(company, customer, amount);
    }

    UUID sentInvoice(TestCompanies.TestCompany company, String customer, String amount) {
        Api api = company.api();
        String invoice = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Monthly pool service", "unitPrice": %s}]}"""
                .formatted(customer, amount)).at("/id");
        assertThat(api.post("/api/v1/invoices/" + invoice + "/send", null).status()).isEqualTo(200);
        return UUID.fromString(invoice);
    }

    String payNowLink(TestCompanies.TestCompany company, UUID invoice) {
        return delivery.payNowLink(company.id(), invoices.get(company.id(), invoice)).orElseThrow().toString();
    }

    /** Opens the Pay now page and presses Pay by card; answers the hosted checkout's address. */
    String checkout(String payNowLink) {
        return checkout(payNowLink, Map.of());
    }

    String checkout(String payNowLink, Map<String, String> choices) {
        HttpResponse<String> page = get(payNowLink);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Pay by card");
        HttpResponse<String> pressed = form(payNowLink, choices);
        assertThat(pressed.statusCode()).isEqualTo(302);
        return pressed.headers().firstValue("Location").orElseThrow();
    }

    HttpResponse<String> payWith(String checkoutUrl, String card) {
        return form(checkoutUrl, Map.of("card_number", card, "card_expiry", "12 / 34", "card_cvc", "123"));
    }

    String status(TestCompanies.TestCompany company, UUID invoice) {
        return company.api().get("/api/v1/invoices/" + invoice).at("/status");
    }

    BigDecimal balance(TestCompanies.TestCompany company, UUID invoice) {
        return company.api().get("/api/v1/invoices/" + invoice).json().get("balanceDue").decimalValue();
    }

    HttpResponse<String> admin(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(sandbox() + "/_admin" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    HttpResponse<String> form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> webhook(String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(companies.baseUrl() + "/webhooks/stripe"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
