package dev.cove.integrations;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.CompanyId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Grants waiting for the user to choose one of the organisations they reach. The grant stays on its
 * (consumed) authorization row, tokens sealed, under a second random token stored only as its SHA-256; it
 * expires with the authorization and can be taken once, by the company that started it. Nothing here is a
 * connection yet.
 */
@Repository
class PendingChoices {

    /** A grant waiting for a choice; {@code chosenAt} is null until it is taken. */
    record Choice(CompanyId company, Provider provider, String startedBy, boolean browserBound,
            List<AccountLookup.Account> organisations, Instant expiresAt, Instant chosenAt) {

        boolean openAt(Instant now) {
            return chosenAt == null && expiresAt.isAfter(now);
        }

        Optional<AccountLookup.Account> organisation(String id) {
            return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final SecretSeal seal;

    PendingChoices(JdbcClient jdbc, SecretSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /** Keeps the grant on the authorization of {@code state} and answers the choice token, 256 random bits. */
    String await(String state, Grant grant, List<AccountLookup.Account> organisations) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String choice = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ArrayNode list = JSON.createArrayNode();
        organisations.forEach(o -> list.addObject().put("id", o.id()).put("name", o.name()).put("type", o.type())
                .put("connectionId", o.connectionId()));
        jdbc.sql("""
                UPDATE integration_authorizations SET choice_hash = ?, sealed_access_token = ?, sealed_refresh_token = ?,
                  access_expires_at = ?, refresh_expires_at = ?, granted_scopes = ?, organisations = ?
                WHERE state_hash = ?""")
                .params(PendingAuthorizations.hash(choice), seal.seal(grant.accessToken()),
                        seal.seal(grant.refreshToken()), at(grant.accessExpiresAt()), at(grant.refreshExpiresAt()),
                        String.join(" ", grant.grantedScopes()), JSON.writeValueAsString(list),
                        PendingAuthorizations.hash(state))
                .update();
        return choice;
    }

    /** The choice, only for the company that started it; empty for an unknown token or another company. */
    Optional<Choice> find(String choice, CompanyId company) {
        return jdbc.sql("""
                SELECT provider, started_by, browser_bound, organisations, expires_at, chosen_at
                FROM integration_authorizations WHERE choice_hash = ? AND company_id = ?""")
                .params(PendingAuthorizations.hash(choice), company.value())
                .query((rs, row) -> new Choice(company, Provider.valueOf(rs.getString("provider")),
                        rs.getString("started_by"), rs.getBoolean("browser_bound"),
                        organisations(rs.getString("organisations")),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("chosen_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(null)))
                .optional();
    }

    /**
     * Marks the choice made and hands its grant over, once: empty when it was taken before, has expired or
     * belongs to another company. The sealed tokens leave this row in the same transaction.
     */
    @Transactional
    Optional<Grant> take(String choice, CompanyId company) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String hash = PendingAuthorizations.hash(choice);
        int taken = jdbc.sql("UPDATE integration_authorizations SET chosen_at = ? WHERE choice_hash = ? "
                + "AND company_id = ? AND chosen_at IS NULL AND expires_at > ? AND sealed_access_token IS NOT NULL")
                .params(now, hash, company.value(), now).update();
        if (taken != 1) {
            return Optional.empty();
        }
        Grant grant = jdbc.sql("""
                SELECT sealed_access_token, sealed_refresh_token, access_expires_at, refresh_expires_at, granted_scopes
                FROM integration_authorizations WHERE choice_hash = ?""")
                .param(hash)
                .query((rs, row) -> new Grant(seal.open(rs.getString("sealed_access_token")),
                        seal.open(rs.getString("sealed_refresh_token")), instant(rs.getObject("access_expires_at",
                                OffsetDateTime.class)), instant(rs.getObject("refresh_expires_at", OffsetDateTime.class)),
                        scopes(rs.getString("granted_scopes"))))
                .single();
        jdbc.sql("UPDATE integration_authorizations SET sealed_access_token = NULL, sealed_refresh_token = NULL "
                + "WHERE choice_hash = ?").param(hash).update();
        return Optional.of(grant);
    }

    private static List<AccountLookup.Account> organisations(String json) {
        List<AccountLookup.Account> organisations = new ArrayList<>();
        for (JsonNode o : JSON.readTree(json == null ? "[]" : json)) {
            organisations.add(new AccountLookup.Account(o.path("id").asString(), o.path("name").asString(),
                    text(o.path("type")), text(o.path("connectionId"))));
        }
        return List.copyOf(organisations);
    }

    private static LinkedHashSet<String> scopes(String scopes) {
        return scopes == null || scopes.isBlank() ? new LinkedHashSet<>()
                : new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }
}
