package dev.cove.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.shared.CompanyId;

/** API keys on an embedded database with the real migrations: what is remembered, and for how long. */
@JdbcTest
class ApiKeysJdbcTest {

    @Autowired
    JdbcClient jdbc;

    CompanyId company;

    @BeforeEach
    void company() {
        company = new CompanyId(UUID.randomUUID());
        jdbc.sql("INSERT INTO companies (id, name, currency, created_at) VALUES (?, 'Keys Co', 'USD', ?)")
                .params(company.value(), Instant.now()).update();
    }

    @Test
    void aKeyThatAuthenticatedIsRememberedForTheSetTimeEvenIfRevokedMeanwhile() {
        ApiKeys remembering = new ApiKeys(jdbc, new ApiKeys.Settings(Duration.ofHours(1)));
        ApiKeys lookingUpEachTime = new ApiKeys(jdbc, new ApiKeys.Settings(Duration.ZERO));
        String key = remembering.issue(company, "Zapier", null);
        assertThat(remembering.authenticate(key)).map(CompanyPrincipal::companyId).contains(company);
        assertThat(lookingUpEachTime.authenticate(key)).map(CompanyPrincipal::companyId).contains(company);

        jdbc.sql("UPDATE api_keys SET revoked_at = ? WHERE company_id = ?").params(Instant.now(), company.value()).update();

        assertThat(remembering.authenticate(key)).map(CompanyPrincipal::name).contains("API key Zapier");
        assertThat(lookingUpEachTime.authenticate(key)).isEmpty();
    }

    @Test
    void anUnknownKeyIsNeverRemembered() {
        ApiKeys keys = new ApiKeys(jdbc, new ApiKeys.Settings(Duration.ofHours(1)));
        assertThat(keys.authenticate("cove_later")).isEmpty();

        keys.issue(company, "Later", "cove_later");

        assertThat(keys.authenticate("cove_later")).map(CompanyPrincipal::companyId).contains(company);
        assertThat(keys.authenticate("cove_other")).isEmpty();
    }
}
