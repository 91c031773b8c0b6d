package dev.cove.invoicing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.BrowserSession;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;

/** A staff member's whole billing round in Chromium: customer, visits, invoice, send, outbox. */
@IntegrationTest
class InvoicingBrowserTest {

    @Autowired
    TestCompanies companies;

    @Test
    void signInCreateCustomerInvoiceVisitsSendAndFindThePdfInTheOutbox() throws Exception {
        TestCompanies.TestCompany company = companies.open("Browser Pools");
        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.signIn(companies.baseUrl(), company.email(), TestCompanies.PASSWORD);

            page.navigate("/customers");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New customer")).first().click();
            page.getByLabel("Display name").fill("Harbor View Estates");
            page.getByLabel("Email").fill("manager@harborview.example");
            page.getByLabel("City").fill("Tampa");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save customer")).click();
            assertThat(page.locator("h1")).containsText("Harbor View Estates");

            recordVisit(page, "2026-11-02", "85.00");
            recordVisit(page, "2026-11-09", "85.00");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invoice 2 unbilled visits")).click();
            assertThat(page.locator("#invoice-status")).hasText("DRAFT");
            assertThat(page.locator("#invoice-total")).hasText("170.00");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invoice")).click();
            assertThat(page.locator("#invoice-status")).hasText("SENT");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outbox")).click();
            page.getByText("Invoice #1001 from Browser Pools").click();
            assertThat(page.locator("main")).containsText("manager@harborview.example");
            Download pdf = page.waitForDownload(() -> page.getByText("Invoice-1001.pdf").click());
            byte[] content = Files.readAllBytes(pdf.path());
            assertThat(new String(content, 0, 5)).isEqualTo("%PDF-");
        }
    }

    private static void recordVisit(Page page, String date, String price) {
        page.getByLabel("Date").fill(date);
        page.getByLabel("Work done").fill("Weekly service");
        page.getByLabel("Price").fill(price);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record visit")).click();
        assertThat(page.locator(".flash")).containsText("Visit recorded");
    }
}
