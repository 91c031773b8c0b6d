package dev.cove.sandbox.stripe;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.cove.sandbox.common.Companies;
import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import dev.cove.sandbox.common.TimeScale;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform and its connected accounts. Each account and mode has its own object store (a
 * {@link Company}); the platform has one per mode ({@code platform_test}, {@code platform_live}). Connected
 * accounts start with requirements due and become able to charge once onboarding (an Account Link and the
 * hosted page) has collected everything; each change emits {@code account.updated}.
 */
final class Accounts {

    /** One Account Link: single use, expires. */
    record Link(String token, String account, String refreshUrl, String returnUrl, long expiresAt) {
    }

    static final String ROLE = "role";
    static final List<String> INITIAL_DUE = List.of("business_profile.name", "external_account",
            "representative.first_name", "representative.last_name", "tos_acceptance.date", "tos_acceptance.ip");
    static final String LEFT_DUE = "representative.verification.document";

    private final StripeSettings settings;
    private final TimeScale timeScale;
    private final Companies companies;
    private final Events events;
    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final Set<String> usedLinks = ConcurrentHashMap.newKeySet();

    Accounts(StripeSettings settings, TimeScale timeScale, Companies companies, Events events) {
        this.settings = settings;
        this.timeScale = timeScale;
        this.companies = companies;
        this.events = events;
    }

    static String platformId(boolean livemode) {
        return livemode ? "platform_live" : "platform_test";
    }

    Company platform(boolean livemode) {
        return companies.find(platformId(livemode)).orElseThrow();
    }

    /** The platform stores with their own account objects; called on reset. */
    void seed() {
        links.clear();
        usedLinks.clear();
        for (boolean live : new boolean[] {false, true}) {
            Company company = companies.add(new Company(platformId(live), settings.platformName(),
                    Map.of(ROLE, Scope.PLATFORM, Scope.ACCOUNT, settings.platformAccount(), Scope.LIVEMODE, String.valueOf(live),
                            Scope.PLATFORM, platformId(live))));
            ObjectNode account = account(settings.platformAccount(), "standard", settings.platformName(), null);
            enable(account, List.of());
            account.put("details_submitted", true);
            company.put("account", settings.platformAccount(), account);
        }
    }

    Scope scopeOf(Company company) {
        boolean live = Boolean.parseBoolean(company.traits().get(Scope.LIVEMODE));
        boolean connected = Scope.ACCOUNT.equals(company.traits().get(ROLE));
        return new Scope(company, platform(live), connected ? company.id() : null, live);
    }

    /** The connected account a platform scope may act for, if it exists in that mode and has not disconnected. */
    Optional<Company> connected(String accountId, boolean livemode) {
        return companies.find(accountId).filter(c -> Scope.ACCOUNT.equals(c.traits().get(ROLE))
                && Boolean.parseBoolean(c.traits().get(Scope.LIVEMODE)) == livemode
                && c.find("_connection", "deauthorized").isEmpty());
    }

    /** The connected accounts of the calling platform, in the call's mode. */
    List<ObjectNode> all(Scope scope) {
        if (scope.account() != null) {
            throw StripeError.invalid(null, "Only the platform can list its connected accounts.");
        }
        return companies.all().stream().filter(c -> scope.platform().id().equals(c.traits().get(Scope.PLATFORM))
                && Scope.ACCOUNT.equals(c.traits().get(ROLE))).flatMap(c -> c.find("account", c.id()).stream()).toList();
    }

    /** The store that holds an object with this id, whatever account it lives on. */
    Optional<Company> holderOf(String type, String id) {
        return companies.all().stream().filter(c -> c.find(type, id).isPresent()).findFirst();
    }

    ObjectNode create(Scope scope, ObjectNode params) {
        if (scope.account() != null) {
            throw StripeError.invalid(null, "You cannot create connected accounts on behalf of a connected account.");
        }
        String type = Optional.ofNullable(Json.text(params, "type")).orElseGet(() -> dashboardType(params));
        if (!Set.of("express", "standard", "custom").contains(type)) {
            throw StripeError.invalid("type", "Invalid type: must be one of express, standard, or custom");
        }
        String id = StripeIds.next("acct_").substring(0, 21);
        ObjectNode profile = params.get("business_profile") instanceof ObjectNode p ? p : Json.object();
        ObjectNode account = account(id, type, Json.text(profile, "name"), Json.text(params, "email"));
        account.put("country", Optional.ofNullable(Json.text(params, "country")).orElse("US"));
        account.set("metadata", params.get("metadata") instanceof ObjectNode m ? m : Json.object());
        Company company = companies.add(new Company(id, Optional.ofNullable(Json.text(profile, "name")).orElse(id),
                Map.of(ROLE, Scope.ACCOUNT, Scope.ACCOUNT, id, Scope.LIVEMODE, String.valueOf(scope.livemode()),
                        Scope.PLATFORM, scope.platform().id())));
        company.put("account", id, account);
        return account;
    }

    private static String dashboardType(ObjectNode params) {
        String dashboard = params.path("controller").path("stripe_dashboard").path("type").asString("");
        return switch (dashboard) {
            case "full" -> "standard";
            case "none" -> "custom";
            default -> "express";
        };
    }

    private ObjectNode account(String id, String type, String name, String email) {
        ObjectNode account = Json.object();
        account.put("id", id);
        account.put("object", "account");
        ObjectNode profile = account.putObject("business_profile");
        Payments.putOrNull(profile, "name", name);
        profile.putNull("url");
        account.putObject("capabilities").put("card_payments", "inactive").put("transfers", "inactive");
        account.put("charges_enabled", false);
        ObjectNode controller = account.putObject("controller");
        controller.put("type", "application");
        controller.putObject("stripe_dashboard").put("type", "standard".equals(type) ? "full" : "express".equals(type) ? "express" : "none");
        account.put("country", "US");
        account.put("created", Scope.now());
        account.put("default_currency", "usd");
        account.put("details_submitted", false);
        Payments.putOrNull(account, "email", email);
        ObjectNode external = account.putObject("external_accounts");
        external.put("object", "list");
        external.putArray("data");
        external.put("has_more", false);
        external.put("url", "/v1/accounts/" + id + "/external_accounts");
        account.putObject("metadata");
        account.put("payouts_enabled", false);
        requirements(account, INITIAL_DUE.stream().filter(f -> !(name != null && f.equals("business_profile.name"))).toList());
        account.put("type", type);
        return account;
    }

    private static void requirements(ObjectNode account, List<String> due) {
        ObjectNode requirements = account.putObject("requirements");
        requirements.putArray("alternatives");
        requirements.putNull("current_deadline");
        due.forEach(requirements.putArray("currently_due")::add);
        if (due.isEmpty()) {
            requirements.putNull("disabled_reason");
        }
        else {
            requirements.put("disabled_reason", "requirements.past_due");
        }
        requirements.putArray("errors");
        due.forEach(requirements.putArray("eventually_due")::add);
        due.forEach(requirements.putArray("past_due")::add);
        requirements.putArray("pending_verification");
    }

    private static void enable(ObjectNode account, List<String> due) {
        requirements(account, due);
        boolean ready = due.isEmpty();
        account.put("charges_enabled", ready);
        account.put("payouts_enabled", ready);
        String capability = ready ? "active" : "inactive";
        account.putObject("capabilities").put("card_payments", capability).put("transfers", capability);
    }

    ObjectNode update(Scope scope, ObjectNode account, ObjectNode params) {
        ObjectNode before = account.deepCopy();
        if (params.get("business_profile") instanceof ObjectNode profile && Json.text(profile, "name") != null) {
            ((ObjectNode) account.get("business_profile")).put("name", Json.text(profile, "name"));
        }
        if (Json.text(params, "email") != null) {
            account.put("email", Json.text(params, "email"));
        }
        if (params.get("metadata") instanceof ObjectNode metadata) {
            metadata.properties().forEach(e -> ((ObjectNode) account.get("metadata")).set(e.getKey(), e.getValue()));
        }
        changed(scope, account, before);
        return account;
    }

    ObjectNode link(Scope scope, ObjectNode params, String origin) {
        String accountId = Json.text(params, "account");
        for (String required : List.of("account", "type", "refresh_url", "return_url")) {
            if (Json.text(params, required) == null) {
                throw StripeError.missing(required);
            }
        }
        Company company = connected(accountId, scope.livemode()).orElseThrow(() -> StripeError.noSuch("account", accountId, "account"));
        String type = Json.text(params, "type");
        if (!"account_onboarding".equals(type)) {
            boolean hosted = !"none".equals(company.find("account", accountId).orElseThrow()
                .path("controller").path("stripe_dashboard").path("type").asString());
            if (!"account_update".equals(type) || hosted) {
                throw StripeError.invalid("type", "You cannot create `" + type + "` type Account Links for this account.");
            }
        }
        long created = Scope.now();
        long expires = created + Math.max(1, timeScale.real(settings.accountLinkLifetime()).toSeconds());
        String token = StripeIds.random(32);
        links.put(token, new Link(token, accountId, Json.text(params, "refresh_url"), Json.text(params, "return_url"),
                expires));
        ObjectNode link = Json.object();
        link.put("object", "account_link");
        link.put("created", created);
        link.put("expires_at", expires);
        link.put("url", origin + StripeSandbox.ROOT + "/connect/onboarding/" + token);
        return link;
    }

    /** A link that is still usable, or empty when unknown, used or expired (go to its refresh URL). */
    Optional<Link> usableLink(String token) {
        Link link = links.get(token);
        if (link == null || usedLinks.contains(token) || Scope.now() >= link.expiresAt()) {
            return Optional.empty();
        }
        return Optional.of(link);
    }

    Optional<Link> anyLink(String token) {
        return Optional.ofNullable(links.get(token));
    }

    /** The hosted onboarding form was submitted: apply it, spend the link, emit {@code account.updated}. */
    void onboard(Link link, String businessName, String routing, String accountNumber, boolean leaveDue) {
        usedLinks.add(link.token());
        Company company = companies.find(link.account()).orElseThrow();
        company.atomically(() -> {
            ObjectNode account = company.find("account", link.account()).orElseThrow();
            ObjectNode before = account.deepCopy();
            Set<String> due = new LinkedHashSet<>();
            if (businessName != null && !businessName.isBlank()) {
                ((ObjectNode) account.get("business_profile")).put("name", businessName.trim());
            }
            if (account.path("business_profile").path("name").isNull()) {
                due.add("business_profile.name");
            }
            if (routing != null && !routing.isBlank() && accountNumber != null && accountNumber.length() >= 4) {
                ObjectNode bank = Json.object();
                bank.put("id", StripeIds.next("ba_"));
                bank.put("object", "bank_account");
                bank.put("account", link.account());
                bank.put("last4", accountNumber.substring(accountNumber.length() - 4));
                bank.put("routing_number", routing.trim());
                bank.put("status", "new");
                ((tools.jackson.databind.node.ArrayNode) account.get("external_accounts").get("data")).removeAll().add(bank);
            }
            if (account.path("external_accounts").path("data").isEmpty()) {
                due.add("external_account");
            }
            if (leaveDue) {
                due.add(LEFT_DUE);
            }
            account.put("details_submitted", true);
            enable(account, List.copyOf(due));
            changed(scopeOf(company), account, before);
            return null;
        });
    }

    /** The account disconnected the platform: emit {@code account.application.deauthorized}; later calls get 403. */
    ObjectNode deauthorize(Company company) {
        Scope scope = scopeOf(company);
        ObjectNode application = Json.object();
        application.put("id", "ca_" + settings.platformAccount().substring(5));
        application.put("object", "application");
        application.put("name", settings.platformName());
        ObjectNode event = events.emit(scope, "account.application.deauthorized", application, null);
        company.put("_connection", "deauthorized", Json.object().put("at", Scope.now()));
        return event;
    }

    private void changed(Scope scope, ObjectNode account, ObjectNode before) {
        ObjectNode previous = Json.object();
        account.properties().forEach(e -> {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                previous.set(e.getKey(), before.get(e.getKey()));
            }
        });
        if (!previous.isEmpty()) {
            events.emit(scope, "account.updated", account, previous);
        }
    }
}
