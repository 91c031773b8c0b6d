package dev.cove;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. Close it after the test.
 */
public final class BrowserSession implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("cove.chromium", "/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(java.nio.file.Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public static BrowserSession start() {
        return new BrowserSession();
    }

    /** A fresh page signed in as the given staff member. */
    public Page signIn(String baseUrl, String email, String password) {
        Page page = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl).setAcceptDownloads(true))
                .newPage();
        page.onDialog(dialog -> dialog.accept());
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(baseUrl + "/");
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
