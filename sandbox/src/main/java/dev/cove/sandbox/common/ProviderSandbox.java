package dev.cove.sandbox.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** What a provider sandbox offers the common admin API. */
public interface ProviderSandbox {

    /** The path segment under {@code /sandbox}, e.g. {@code quickbooks}. */
    String name();

    SandboxControls controls();

    /** A company as the admin API lists it; contains at least {@code id} and {@code name}. */
    Map<String, Object> describe(Company company);

    /** Records of one type in the provider's own JSON shape, or empty when the type is unknown. */
    Optional<List<JsonNode>> records(Company company, String type);

    /** Creates a company from an admin request body (at least {@code name}). */
    Company createCompany(JsonNode body);

    /** Names in the seed data (companies, customers, items, accounts) that tests may rely on. */
    Map<String, Object> seedNames();

    /** Back to the seed state: seed companies only, no tokens, no faults, counters at zero. */
    void reset();
}
