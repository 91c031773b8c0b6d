/**
 * The integrations hub: one {@link dev.cove.integrations.Connection} per company and provider,
 * its status, the OAuth flows that create it, the token vault that keeps its tokens encrypted and
 * fresh, and (in {@code integrations.sync}) the engine that moves records between Cove and the
 * provider. Each provider ({@code integrations.quickbooks}, {@code .stripe}, ...) is a thin
 * client, a mapping and a sandbox on top of it.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>One row per company and provider, never deleted.</b> Disconnect revokes the grant at the
 * provider (RFC 7009 revocation endpoint), clears the sealed tokens and keeps account id, name and
 * every link; the card turns grey with "Disconnected by ... on ...". If the provider does not confirm
 * the revocation, the reason says so, so the user can remove Cove on the provider's side.</li>
 * <li><b>Reconnecting to another account is refused</b>, not flagged: links map Cove records to one
 * QuickBooks realm or Xero organisation, and pointing them at another book would push invoices
 * against the wrong customers. The fresh grant is revoked at once, the connection keeps its account
 * and the refusal is kept as its status reason (and shown on the callback page). Reconnecting to the
 * same account publishes {@link dev.cove.integrations.ConnectionActivated} with
 * {@code reconnected=true} and the links are used as they are.</li>
 * <li><b>OAuth state</b> is 256 random bits, stored only as its SHA-256 in
 * {@code integration_authorizations} with the company, who started it, the PKCE verifier (sealed)
 * and the redirect URI; it expires ({@code cove.integrations.authorization-lifetime}) and is consumed
 * once, before the code is exchanged. A flow started from the page is also bound to the browser
 * session (the state must be in the session, and the signed-in company must be the one that started
 * it). A flow started with {@code POST /api/v1/integrations/{slug}/connect} is bound to the pending
 * row instead, since a script has no Cove session; its callback is accepted without a session, but
 * never from a session of another company. The callback path is therefore open
 * ({@code CallbackSecurity}); it changes nothing without a valid single-use state.</li>
 * <li><b>PKCE S256</b> for providers that accept it (QuickBooks, Xero; {@code pkce} per provider).</li>
 * <li><b>Which account</b> a grant reaches comes from a callback parameter ({@code realmId}) or a
 * Xero-style {@code /connections} list (setting {@code tenants}); a connection is one account. When the
 * list has one organisation, it is connected at once. When it has several, the grant stays pending
 * ({@link dev.cove.integrations.PendingChoices}: tokens sealed on the consumed authorization row, under a
 * second random token stored as its SHA-256, nothing ACTIVE) and the callback redirects to
 * {@code /settings/integrations/<slug>/organisations/<token>}, where the signed-in user picks one (name and
 * type listed, POST with CSRF). An API-started flow ends on the same page, through the sign-in page. Only
 * the company that started the flow can see or make the choice (and, for a page-started flow, only the
 * browser session that completed the callback); it is single-use and expires with the authorization
 * ({@code authorization-lifetime}, counted from the start). The reconnect rules apply to the chosen
 * organisation. The organisations not chosen are left as the user set them at the provider.</li>
 * <li><b>Disconnect</b> does what the profile's {@code disconnect} says: {@code REVOKE_GRANT} (RFC 7009,
 * the default) or {@code DELETE_CONNECTION}, which deletes only the chosen organisation's
 * {@code /connections} entry (Xero {@code DELETE /connections/{id}}, its id kept as
 * {@code account_connection_id}) so other apps' and organisations' access stays. An abandoned choice keeps
 * its sealed, unused grant until the row is cleaned up; the provider expires it (Xero: 60 days unused).</li>
 * <li><b>Scopes</b> live in settings; when the token response lists the granted scopes and one is
 * missing, the connection is SETUP_INCOMPLETE with the missing scope named.</li>
 * <li><b>OAuth mechanics</b> use the Nimbus OAuth 2.0 SDK ({@code com.nimbusds:oauth2-oidc-sdk}):
 * authorize URLs with PKCE, token and revocation requests, token-response parsing, error codes. It
 * has no Spring dependency, so it cannot fight Boot 4's auto-configuration; Spring Security's OAuth2
 * client would need its registration repository and web filters we do not use. Account names and
 * tenant lists are plain JDK {@code HttpClient} + Jackson.</li>
 * <li><b>Tokens at rest</b>: AES-256-GCM through Spring Security Crypto (already on the class path)
 * with a random IV per value, stored as {@code <key id>:<base64>}. The key comes from
 * {@code COVE_VAULT_KEY} ({@code cove.vault.key}), its id from {@code COVE_VAULT_KEY_ID}; older keys
 * stay readable under {@code cove.vault.old-keys.<id>}. Without a key, a public development key is
 * used and a warning is logged at every start. Client secrets and webhook keys entered on the
 * settings page are sealed the same way and override the file settings for that company.</li>
 * <li><b>Refresh</b>: ahead of expiry ({@code cove.integrations.refresh-skew}); the connection row is
 * locked with {@code SELECT ... FOR UPDATE}, the expiry re-checked under the lock, and the rotated
 * refresh token written in that transaction before the new access token is returned. Waiting for
 * a lock is retried up to {@code refresh-lock-wait} (H2 gives up on a lock after about a second).
 * {@code invalid_grant} commits NEEDS_RECONNECT with the reason in words (an alert on the
 * Integrations page) and throws {@link dev.cove.integrations.ConnectionNeedsReconnect}; network and
 * 5xx failures throw {@link dev.cove.integrations.TokenRefreshFailed} (transient) and change nothing.</li>
 * <li><b>Provider addresses</b> per environment ({@code SANDBOX}, {@code PROVIDER_SANDBOX},
 * {@code PRODUCTION}) under {@code cove.integrations.providers.<slug>}; in {@code SANDBOX} a path is
 * resolved against Cove's own port at run time ({@code local.server.port}), so tests on a random port
 * reach the built-in sandbox.</li>
 * <li><b>Counts</b> on the Integrations page come from {@link dev.cove.integrations.SyncCounts},
 * which the sync engine implements; without an implementation they are zero.</li>
 * </ul>
 */
package dev.cove.integrations;
