package dev.cove.integrations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.BrowserSession;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;

/** A staff member connects QuickBooks in Chromium: Connect, the sandbox's consent page, Allow, a green card. */
@IntegrationTest
class IntegrationsBrowserTest {

    @Autowired
    TestCompanies companies;

    @Test
    void connectFromTheIntegrationsPageAllowOnTheConsentPageAndComeBackToAGreenCard() {
        TestCompanies.TestCompany company = companies.open("Browser Integrations Co");
        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.signIn(companies.baseUrl(), company.email(), TestCompanies.PASSWORD);

            page.navigate("/settings/integrations");
            Locator card = page.locator("#integration-quickbooks");
            assertThat(card).hasAttribute("data-status", "NOT_CONNECTED");
            assertThat(page.locator("#integration-xero")).containsText("Coming soon");
            card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Connect")).click();

            assertThat(page.locator("h1")).containsText("QuickBooks Online sandbox");
            page.getByLabel(Pattern.compile("Blue Lagoon Pools")).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allow")).click();

            page.waitForURL(companies.baseUrl() + "/settings/integrations/quickbooks");
            assertThat(page.locator(".flash")).containsText("is connected to Blue Lagoon Pools");
            assertThat(page.locator("#connection")).containsText("9130355000000003");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Integrations").setExact(true)).first().click();
            assertThat(page.locator("#integration-quickbooks")).hasAttribute("data-status", "ACTIVE");
            assertThat(page.locator("#integration-quickbooks")).hasClass(Pattern.compile("\\bgreen\\b"));
            assertThat(page.locator("#integration-quickbooks")).containsText("Connected");
        }
    }
}
