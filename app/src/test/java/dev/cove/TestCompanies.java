package dev.cove;

import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import dev.cove.shared.CompanyId;
import dev.cove.staff.Companies;
import dev.cove.staff.NewCompany;
import dev.cove.staff.OpenedCompany;

/** Opens a fresh company per test, with its own staff login and API key. */
@TestComponent
public class TestCompanies {

    public static final String PASSWORD = "correct horse battery";

    private final Companies companies;
    private final Environment environment;

    TestCompanies(Companies companies, Environment environment) {
        this.companies = companies;
        this.environment = environment;
    }

    /** A new company with an empty book, and a client for its API and pages. */
    public TestCompany open(String name) {
        String email = "staff-" + UUID.randomUUID() + "@test.example";
        OpenedCompany opened = companies.open(new NewCompany(name, "USD", email, "Test Staff " + name, PASSWORD, null));
        return new TestCompany(opened.companyId(), email, new Api(baseUrl(), opened.apiKey()));
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    public record TestCompany(CompanyId id, String email, Api api) {
    }
}
