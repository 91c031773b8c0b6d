package dev.cove.staff;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.CompanyId;

/** Opens companies and answers what Cove knows about one. */
@Service
public class Companies {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApiKeys apiKeys;
    private final ApplicationEventPublisher events;

    Companies(JdbcClient jdbc, PasswordEncoder passwords, ApiKeys apiKeys, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.apiKeys = apiKeys;
        this.events = events;
    }

    /** Creates the company, its first staff member and an API key, all or nothing. */
    @Transactional
    public OpenedCompany open(NewCompany company) {
        CompanyId id = new CompanyId(UUID.randomUUID());
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO companies (id, name, currency, created_at) VALUES (?, ?, ?, ?)")
                .params(id.value(), company.name(), company.currency(), now).update();
        jdbc.sql("""
                INSERT INTO staff_users (id, company_id, email, full_name, password_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), company.staffEmail().toLowerCase(), company.staffName(),
                        passwords.encode(company.password()), now)
                .update();
        String key = apiKeys.issue(id, "Default key", company.apiKey());
        events.publishEvent(new CompanyCreated(id, company.name(), company.currency()));
        return new OpenedCompany(id, key);
    }

    public Optional<CompanyId> findByStaffEmail(String email) {
        return jdbc.sql("SELECT company_id FROM staff_users WHERE email = ?")
                .param(email.toLowerCase())
                .query(UUID.class).optional().map(CompanyId::new);
    }

    public String name(CompanyId company) {
        return jdbc.sql("SELECT name FROM companies WHERE id = ?").param(company.value()).query(String.class).single();
    }

    /** The ISO 4217 code every amount of the company is in. */
    public String currency(CompanyId company) {
        return jdbc.sql("SELECT currency FROM companies WHERE id = ?").param(company.value()).query(String.class).single();
    }
}
