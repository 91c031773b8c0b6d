package dev.cove.sandbox.stripe;

import java.time.Instant;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where one API call acts: the account whose objects it reads and writes ({@code company}: the platform
 * itself, or the connected account named by {@code Stripe-Account}), in test or live mode.
 *
 * @param company  the account's object store (one per account and mode)
 * @param platform the platform's object store in the same mode
 * @param account  the connected account id from {@code Stripe-Account}, or null on the platform
 * @param livemode true for {@code sk_live_} keys
 */
record Scope(Company company, Company platform, String account, boolean livemode) {

    /** Traits of an account store. */
    static final String LIVEMODE = "livemode";
    static final String ACCOUNT = "account";
    static final String PLATFORM = "platform";

    static long now() {
        return Instant.now().getEpochSecond();
    }

    /** A fresh Stripe object with {@code id}, {@code object}, {@code created} and {@code livemode}. */
    ObjectNode create(String prefix, String object) {
        ObjectNode node = Json.object();
        node.put("id", StripeIds.next(prefix));
        node.put("object", object);
        node.put("created", now());
        node.put("livemode", livemode);
        return node;
    }

    void save(ObjectNode node) {
        company.put(node.get("object").asString(), node.get("id").asString(), node);
    }

    /** The object with this id, or a 404 {@code resource_missing} naming the param. */
    ObjectNode require(String type, String id, String param) {
        if (id == null || id.isEmpty()) {
            throw StripeError.missing(param);
        }
        return company.find(type, id).orElseThrow(() -> StripeError.noSuch(type.replace('.', ' ').replace('_', ' '), id, param));
    }

    /** The account id objects in this scope belong to. */
    String accountId() {
        return company.traits().get(ACCOUNT);
    }
}
