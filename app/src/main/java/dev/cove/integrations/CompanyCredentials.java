package dev.cove.integrations;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.Text;
import dev.cove.shared.CompanyId;

/**
 * Provider credentials a company entered on its settings page. Secrets are sealed like tokens. A blank
 * field keeps what was stored before, so the page never has to show a secret back.
 */
@Repository
class CompanyCredentials {

    /** What the company entered; every field may be null (then the file settings apply). */
    record Entered(ProviderEnvironment environment, String clientId, String clientSecret, String webhookVerifier) {

        @Override
        public String toString() {
            return "Entered[environment=" + environment + ", clientId=" + clientId + ", secrets hidden]";
        }
    }

    private final JdbcClient jdbc;
    private final SecretSeal seal;

    CompanyCredentials(JdbcClient jdbc, SecretSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    Optional<Entered> find(CompanyId company, Provider provider) {
        return jdbc.sql("""
                SELECT environment, client_id, sealed_client_secret, sealed_webhook_verifier
                FROM integration_credentials WHERE company_id = ? AND provider = ?""")
                .params(company.value(), provider.name())
                .query((rs, row) -> new Entered(
                        rs.getString("environment") == null ? null : ProviderEnvironment.valueOf(rs.getString("environment")),
                        rs.getString("client_id"), seal.open(rs.getString("sealed_client_secret")),
                        seal.open(rs.getString("sealed_webhook_verifier"))))
                .optional();
    }

    @Transactional
    void save(CompanyId company, Provider provider, Entered entered, String by) {
        Entered before = find(company, provider).orElse(new Entered(null, null, null, null));
        Entered merged = new Entered(entered.environment(), Text.blankToNull(entered.clientId()),
                keep(entered.clientSecret(), before.clientSecret()), keep(entered.webhookVerifier(), before.webhookVerifier()));
        jdbc.sql("DELETE FROM integration_credentials WHERE company_id = ? AND provider = ?")
                .params(company.value(), provider.name()).update();
        jdbc.sql("""
                INSERT INTO integration_credentials (company_id, provider, environment, client_id, sealed_client_secret,
                  sealed_webhook_verifier, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(company.value(), provider.name(),
                        merged.environment() == null ? null : merged.environment().name(), merged.clientId(),
                        seal.seal(merged.clientSecret()), seal.seal(merged.webhookVerifier()), by,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private static String keep(String entered, String before) {
        return entered == null || entered.isBlank() ? before : entered;
    }
}
