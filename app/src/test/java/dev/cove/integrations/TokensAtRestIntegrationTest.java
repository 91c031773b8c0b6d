package dev.cove.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

/** No token, verifier or entered secret appears in plain text in any text column of any table. */
@IntegrationTest
class TokensAtRestIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    StoredConnections stored;

    @Autowired
    TokenVault vault;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tokensAndSecretsNeverAppearInPlainTextInTheDatabase() {
        TestCompany company = companies.open("At Rest Co");
        StaffSession staff = StaffSession.signIn(companies, company);
        staff.get("/settings/integrations/quickbooks");
        staff.post("/settings/integrations/quickbooks/credentials", Map.of("environment", "SANDBOX",
                "webhookVerifier", "plain-verifier-secret-4242"));
        String authorizeUrl = ConnectionFlowIntegrationTest.authorizeUrl(company.api());
        String state = authorizeUrl.replaceAll(".*[?&]state=([^&]+).*", "$1");
        String callback = SandboxConsent.allow(authorizeUrl, SandboxConsent.EMPTY_REALM);
        String code = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");
        assertThat(SandboxConsent.get(callback).statusCode()).isEqualTo(200);
        StoredGrant first = stored.grant(company.id(), Provider.QUICKBOOKS).orElseThrow();
        jdbc.sql("UPDATE integration_connections SET access_expires_at = ? WHERE company_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), company.id().value()).update();
        vault.accessToken(company.id(), Provider.QUICKBOOKS);
        StoredGrant second = stored.grant(company.id(), Provider.QUICKBOOKS).orElseThrow();
        assertThat(second.environment()).as("the environment the connection was made in, kept for its API calls")
                .isEqualTo(ProviderEnvironment.SANDBOX);
        List<String> secrets = List.of(first.accessToken(), first.refreshToken(), second.accessToken(),
                second.refreshToken(), state, code, "plain-verifier-secret-4242");
        assertThat(secrets).doesNotContainNull().doesNotHaveDuplicates();

        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : textColumns()) {
            String table = (String) column.get("TABLE_NAME");
            String name = (String) column.get("COLUMN_NAME");
            for (String secret : secrets) {
                long count = jdbc.sql("SELECT COUNT(*) FROM " + quote(table) + " WHERE CAST(" + quote(name)
                        + " AS VARCHAR(100000)) LIKE ?").param("%" + secret + "%").query(Long.class).single();
                if (count > 0) {
                    hits.add(table + "." + name);
                }
            }
        }

        assertThat(textColumns()).extracting(c -> c.get("COLUMN_NAME").toString().toLowerCase())
                .contains("sealed_access_token", "sealed_refresh_token", "sealed_verifier", "sealed_webhook_verifier");
        assertThat(hits).isEmpty();
        assertThat(jdbc.sql("SELECT sealed_access_token FROM integration_connections WHERE company_id = ?")
                .param(company.id().value()).query(String.class).single()).startsWith("dev:");
    }

    private List<Map<String, Object>> textColumns() {
        return jdbc.sql("""
                SELECT table_name AS "TABLE_NAME", column_name AS "COLUMN_NAME" FROM information_schema.columns
                WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND (LOWER(data_type) LIKE '%char%' OR LOWER(data_type) LIKE '%text%'
                  OR LOWER(data_type) LIKE '%clob%' OR LOWER(data_type) LIKE '%character large object%')""")
                .query().listOfRows();
    }

    private static String quote(String identifier) {
        return "\"" + identifier + "\"";
    }
}
