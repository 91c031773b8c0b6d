package dev.cove.integrations;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;

/**
 * The OAuth 2.0 authorization-code flow, the same for every provider. {@link #start} stores a pending
 * authorization (company, who, PKCE verifier, redirect URI) under a random state; {@link #complete} accepts a
 * callback only for a known, unexpired, unused state of the same provider, from the browser session that
 * started it (or, for a flow started over the API, from no session or a session of the same company), and
 * consumes the state before the code is exchanged, so a replayed callback finds nothing.
 */
@Service
class Authorizations {

    /** Who is completing a callback: the signed-in company (if any) and the states its session started. */
    record Caller(Optional<CompanyId> company, Set<String> sessionStates) {
    }

    /** A started flow: where to send the user, and the state to remember in the browser session. */
    record Started(URI authorizeUrl, String state) {
    }

    /**
     * A completed flow: either a connection, or (when the grant reaches several organisations) the token of a
     * {@link PendingChoices} choice the signed-in user still has to make; exactly one of the two is non-null.
     */
    record Completed(CompanyId company, boolean browserBound, Connection connection, boolean reconnected,
            String choice) {
    }

    private final ProviderProfiles profiles;
    private final PendingAuthorizations pending;
    private final TokenEndpoint endpoint;
    private final AccountLookup accounts;
    private final ConnectionLifecycle lifecycle;
    private final IntegrationSettings settings;
    private final PendingChoices choices;

    Authorizations(ProviderProfiles profiles, PendingAuthorizations pending, TokenEndpoint endpoint,
            AccountLookup accounts, ConnectionLifecycle lifecycle, IntegrationSettings settings,
            PendingChoices choices) {
        this.profiles = profiles;
        this.pending = pending;
        this.choices = choices;
        this.endpoint = endpoint;
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.settings = settings;
    }

    /** @param cove Cove's own address as seen by the caller, used unless {@code cove.integrations.public-url} is set */
    Started start(CompanyId company, String startedBy, Provider provider, boolean browserBound, String cove) {
        ProviderProfile profile = profiles.profile(company, provider).orElseThrow(() -> new BusinessRuleViolated(
                provider.displayName() + " cannot be connected yet."));
        if (profile.missing() != null) {
            throw new BusinessRuleViolated(profile.missing());
        }
        String base = settings.publicUrl() == null || settings.publicUrl().isBlank() ? cove : settings.publicUrl();
        URI redirect = URI.create(base.replaceAll("/+$", "") + "/integrations/" + provider.slug() + "/callback");
        CodeVerifier verifier = profile.pkce() ? new CodeVerifier() : null;
        String state = pending.start(company, provider, startedBy, browserBound,
                verifier == null ? null : verifier.getValue(), redirect.toString(),
                Instant.now().plus(settings.authorizationLifetime()));
        AuthorizationRequest.Builder request = new AuthorizationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                new ClientID(profile.clientId())).endpointURI(profile.authorize()).redirectionURI(redirect)
                .state(new State(state));
        if (!profile.scopes().isEmpty()) {
            request.scope(new Scope(profile.scopes().toArray(String[]::new)));
        }
        if (verifier != null) {
            request.codeChallenge(verifier, CodeChallengeMethod.S256);
        }
        return new Started(request.build().toURI(), state);
    }

    Completed complete(Provider provider, Map<String, String> callback, Caller caller) {
        String state = callback.get("state");
        PendingAuthorizations.Pending started = state == null ? null : pending.find(state).orElse(null);
        if (started == null || started.provider() != provider) {
            throw new AuthorizationRefused("This " + provider.displayName() + " callback does not belong to a connection "
                    + "Cove started (unknown state). Nothing was connected; start again from Settings → Integrations.");
        }
        boolean sameCompany = caller.company().map(started.company()::equals).orElse(false);
        if (started.browserBound() ? !(sameCompany && caller.sessionStates().contains(state))
                : caller.company().isPresent() && !sameCompany) {
            throw new AuthorizationRefused("This " + provider.displayName() + " connection was started by another "
                    + "session or company, so it cannot be finished here. Nothing was connected.");
        }
        if (!pending.consume(state)) {
            throw new AuthorizationRefused("This " + provider.displayName() + " callback was already used or has "
                    + "expired. Nothing changed; start again from Settings → Integrations if needed.");
        }
        if (callback.get("error") != null) {
            throw new AuthorizationRefused(provider.displayName() + " did not grant access (" + callback.get("error")
                    + "). Nothing was connected.");
        }
        String code = callback.get("code");
        ProviderProfile profile = profiles.profile(started.company(), provider).orElseThrow();
        if (code == null || profile.missing() != null) {
            throw new AuthorizationRefused(profile.missing() != null ? profile.missing()
                    : provider.displayName() + " sent no authorization code. Nothing was connected.");
        }
        Grant grant;
        List<AccountLookup.Account> reached;
        try {
            grant = endpoint.exchange(profile, code, URI.create(started.redirectUri()), started.codeVerifier());
            reached = accounts.accounts(profile, callback, grant.accessToken());
        }
        catch (TokenEndpointRefused refused) {
            throw new AuthorizationRefused(provider.displayName() + " refused the authorization code ("
                    + refused.getMessage() + "). Nothing was connected; start again.");
        }
        catch (IOException unreachable) {
            throw new AuthorizationRefused(provider.displayName() + " could not be reached to finish the connection ("
                    + unreachable.getMessage() + "). Try again in a moment.");
        }
        if (reached.isEmpty()) {
            lifecycle.revoke(started.company(), provider, stored(grant));
            throw new AuthorizationRefused(provider.displayName() + " did not say which account was chosen. "
                    + "Nothing was connected.");
        }
        if (reached.size() > 1) {
            return new Completed(started.company(), started.browserBound(), null, false,
                    choices.await(state, grant, reached));
        }
        return activate(started.company(), profile, reached.get(0), started.startedBy(), grant, started.browserBound());
    }

    /**
     * Connects the organisation the signed-in user chose from a grant that reaches several. Refused (and nothing
     * changes) for a choice of another company, of another browser session when the flow was started from the
     * pages, for an organisation the grant does not reach, and for a choice already made or expired.
     *
     * @param sessionChoices the choices the caller's browser session was sent to; empty without a session
     */
    Completed choose(Provider provider, String choice, String organisationId, CompanyId company,
            Set<String> sessionChoices) {
        PendingChoices.Choice waiting = choices.find(choice, company).filter(c -> c.provider() == provider)
                .orElseThrow(() -> new AuthorizationRefused("This choice of " + provider.displayName()
                        + " organisation does not belong to your company. Nothing was connected."));
        if (waiting.browserBound() && !sessionChoices.contains(choice)) {
            throw new AuthorizationRefused("This " + provider.displayName() + " connection was started by another "
                    + "session, so it cannot be finished here. Nothing was connected.");
        }
        AccountLookup.Account organisation = waiting.organisation(organisationId).orElseThrow(() ->
                new AuthorizationRefused("Choose one of the organisations listed. Nothing was connected."));
        Grant grant = choices.take(choice, company).orElseThrow(() -> new AuthorizationRefused("This choice of "
                + provider.displayName() + " organisation was already made or has expired. Nothing changed; "
                + "start again from Settings → Integrations if needed."));
        ProviderProfile profile = profiles.profile(company, provider).orElseThrow();
        return activate(company, profile, organisation, waiting.startedBy(), grant, waiting.browserBound());
    }

    private Completed activate(CompanyId company, ProviderProfile profile, AccountLookup.Account account, String by,
            Grant grant, boolean browserBound) {
        try {
            ConnectionLifecycle.Activated activated = lifecycle.activate(company, profile.provider(), profile.environment(),
                    account, by, grant, missingScopes(profile, grant));
            return new Completed(company, browserBound, activated.connection(), activated.reconnected(), null);
        }
        catch (AuthorizationRefused otherAccount) {
            lifecycle.revoke(company, profile.provider(), stored(grant));
            throw otherAccount;
        }
    }

    private static StoredGrant stored(Grant grant) {
        return new StoredGrant(null, ConnectionStatus.ACTIVE, null, null, grant.accessToken(), grant.refreshToken(),
                grant.accessExpiresAt(), null);
    }

    /** Null when every requested scope was granted (or the provider did not list them); else what is missing. */
    private static String missingScopes(ProviderProfile profile, Grant grant) {
        if (grant.grantedScopes().isEmpty()) {
            return null;
        }
        Set<String> missing = new LinkedHashSet<>(profile.scopes());
        missing.removeAll(grant.grantedScopes());
        return missing.isEmpty() ? null : profile.provider().displayName() + " did not grant " + String.join(", ", missing)
                + ", which Cove needs. Reconnect and allow every requested permission.";
    }
}
