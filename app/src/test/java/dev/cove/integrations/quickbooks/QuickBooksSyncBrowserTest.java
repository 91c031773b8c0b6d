package dev.cove.integrations.quickbooks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.cove.Api;
import dev.cove.BrowserSession;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;

/**
 * In Chromium: connect QuickBooks through the sandbox's consent page, run the first sync and watch its
 * progress bar finish, then see the invoice's QuickBooks number on the invoice page.
 */
@IntegrationTest
class QuickBooksSyncBrowserTest {

    @Autowired
    TestCompanies companies;

    @Test
    void connectSyncWatchTheProgressBarFinishAndSeeTheInvoicesQuickBooksStatus() {
        String sfx = UUID.randomUUID().toString().substring(0, 8);
        TestCompanies.TestCompany company = companies.open("Browser QBO " + sfx);
        Api api = company.api();
        String customer = api.post("/api/v1/customers", """
                {"displayName": "Browser Pools %s", "email": "browser-%s@example.com"}""".formatted(sfx, sfx)).at("/id");
        String invoice = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"serviceDate": "2026-06-01", "description": "Weekly service",
                 "unitPrice": 120}]}""".formatted(customer)).at("/id");
        org.assertj.core.api.Assertions.assertThat(api.post("/api/v1/invoices/" + invoice + "/send", null).status())
                .isLessThan(300);
        String number = api.get("/api/v1/invoices/" + invoice).at("/number");
        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.signIn(companies.baseUrl(), company.email(), TestCompanies.PASSWORD);
            page.navigate("/settings/integrations/quickbooks");
            page.locator("#connection").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Connect")).click();
            page.getByLabel(Pattern.compile("Cove Sandbox US \\(empty\\)")).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allow")).click();
            page.waitForURL(companies.baseUrl() + "/settings/integrations/quickbooks");
            assertThat(page.locator("#quickbooks-panel")).containsText("Sync all invoices");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sync now, progress and log")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sync now")).click();
            assertThat(page.locator("#sync-finished")).containsText("Sync finished: every record is up to date.",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(page.locator("#sync-bar")).hasJSProperty("value", page.locator("#sync-bar").evaluate("b => b.max"));

            page.navigate("/invoices/" + invoice);
            // The badge is rendered by the server: a push still settling shows "pending" until the page is reloaded.
            long until = System.currentTimeMillis() + 30_000;
            while (!page.locator("#badge-quickbooks-status").innerText().contains("QuickBooks #")
                    && System.currentTimeMillis() < until) {
                page.waitForTimeout(500);
                page.reload();
            }
            assertThat(page.locator("#badge-quickbooks-status")).containsText("QuickBooks #" + number);
        }
    }
}
