package dev.cove.integrations.stripe;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.BrowserSession;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.invoicing.InvoiceDelivery;
import dev.cove.invoicing.Invoices;

/** In Chromium: connect Stripe from its tab, then pay an invoice with 4242 through Pay now and see it paid. */
@IntegrationTest
class StripePayNowBrowserTest {

    @Autowired
    TestCompanies companies;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceDelivery delivery;
    @Autowired
    SandboxWebhookEndpoint endpoint;

    @Test
    void connectThenPayAnInvoiceByCardAndSeeItPaid() throws Exception {
        endpoint.register();
        TestCompanies.TestCompany company = companies.open("Browser Stripe");
        StripeWorld world = new StripeWorld(companies, invoices, delivery);
        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.signIn(companies.baseUrl(), company.email(), TestCompanies.PASSWORD);

            page.navigate("/settings/integrations/stripe");
            page.locator("#stripe-account").getByRole(AriaRole.LINK,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Connect Stripe")).click();
            page.getByLabel("Test mode").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to Stripe")).click();
            page.getByLabel("Business name").fill("Glasswater Pools");
            page.getByLabel("Routing number").fill("110000000");
            page.getByLabel("Account number").fill("000123456789");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
            page.waitForURL(companies.baseUrl() + "/settings/integrations/stripe");
            assertThat(page.locator("#stripe-business")).hasText("Glasswater Pools");
            assertThat(page.locator("#stripe-charges")).hasText("Enabled");
            assertThat(page.locator("#stripe-payouts")).hasText("Enabled");
            assertThat(page.locator("#connection")).hasAttribute("data-status", "ACTIVE");

            UUID invoice = world.sentInvoice(company, "142.00");
            page.navigate("/invoices/" + invoice);
            assertThat(page.locator("#invoice-status")).hasText("SENT");
            Page pay = page.waitForPopup(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Pay now")).click());
            assertThat(pay.locator("#pay-total")).hasText("142.00 USD");
            pay.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay by card")).click();
            pay.getByLabel("Card number").fill("4242 4242 4242 4242");
            pay.getByLabel("Expiry").fill("12 / 34");
            pay.getByLabel("CVC").fill("123");
            pay.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(pay.locator("#thanks-status")).hasText("paid in full");

            page.reload();
            assertThat(page.locator("#invoice-status")).hasText("PAID");
        }
    }
}
