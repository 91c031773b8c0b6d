package dev.cove.integrations.stripe;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.shared.CompanyId;

/**
 * Random tokens of public links, one per company and subject (an invoice, a customer) and stable, so every mail
 * about the subject carries the same link. The token is the only key to the page behind it.
 */
final class LinkTokens {

    /** What a token points to. */
    record Target(CompanyId company, UUID subjectId) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final String table;
    private final String subject;

    /** @param table a table of (token, company_id, subject column, created_at), unique per company and subject */
    LinkTokens(JdbcClient jdbc, String table, String subject) {
        this.jdbc = jdbc;
        this.table = table;
        this.subject = subject;
    }

    Optional<Target> target(String token) {
        return jdbc.sql("SELECT company_id, " + subject + " FROM " + table + " WHERE token = ?").param(token)
                .query((rs, n) -> new Target(new CompanyId(rs.getObject("company_id", UUID.class)),
                        rs.getObject(subject, UUID.class)))
                .optional();
    }

    String tokenFor(CompanyId company, UUID subjectId) {
        Optional<String> existing = existing(company, subjectId);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            jdbc.sql("INSERT INTO " + table + " (token, company_id, " + subject + ", created_at) VALUES (?, ?, ?, ?)")
                    .params(token, company.value(), subjectId, OffsetDateTime.now(ZoneOffset.UTC)).update();
            return token;
        }
        catch (DuplicateKeyException raced) {
            return existing(company, subjectId).orElseThrow();
        }
    }

    private Optional<String> existing(CompanyId company, UUID subjectId) {
        return jdbc.sql("SELECT token FROM " + table + " WHERE company_id = ? AND " + subject + " = ?")
                .params(company.value(), subjectId).query(String.class).optional();
    }
}
