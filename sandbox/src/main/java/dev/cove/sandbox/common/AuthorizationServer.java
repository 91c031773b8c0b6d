package dev.cove.sandbox.common;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OAuth 2.0 authorization server of one provider sandbox: consent page, authorization-code and
 * refresh-token grants (client auth by HTTP Basic or form fields), PKCE (S256 and plain), refresh-token
 * rotation and revocation. A provider mounts its handlers at the provider's own paths.
 */
public final class AuthorizationServer {

    /** What a valid bearer token grants: one client's access to one company. */
    public record Access(String clientId, String companyId) {
    }

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final String provider;
    private final OAuthPolicy policy;
    private final TimeScale timeScale;
    private final SandboxProperties properties;
    private final Companies companies;
    private final Function<Company, Map<String, String>> callbackExtras;
    private final Tokens tokens = new Tokens();

    /**
     * @param callbackExtras provider-specific query parameters added to a successful redirect,
     *                       such as QuickBooks' {@code realmId}
     */
    public AuthorizationServer(String provider, OAuthPolicy policy, TimeScale timeScale, SandboxProperties properties,
            Companies companies, Function<Company, Map<String, String>> callbackExtras) {
        this.provider = provider;
        this.policy = policy;
        this.timeScale = timeScale;
        this.properties = properties;
        this.companies = companies;
        this.callbackExtras = callbackExtras;
    }

    /** GET of the authorize endpoint: the consent page, or a plain error page when the client is unknown. */
    public ServerResponse consentPage(ServerRequest request) {
        Map<String, String> params = single(request);
        Optional<String> problem = clientProblem(params);
        if (problem.isPresent()) {
            return html(HttpStatus.BAD_REQUEST, ConsentPage.error(problem.get()));
        }
        if (!"code".equals(params.get("response_type"))) {
            return redirect(params.get("redirect_uri"), Map.of("error", "unsupported_response_type"), params);
        }
        String action = request.requestPath().value();
        return html(HttpStatus.OK, ConsentPage.render(provider, action, params, companies.all()));
    }

    /** POST of the consent form: redirects back with a code (Allow) or {@code error=access_denied} (Deny). */
    public ServerResponse decide(ServerRequest request) {
        Map<String, String> params = single(request);
        Optional<String> problem = clientProblem(params);
        if (problem.isPresent()) {
            return html(HttpStatus.BAD_REQUEST, ConsentPage.error(problem.get()));
        }
        if (!"allow".equals(params.get("decision"))) {
            return redirect(params.get("redirect_uri"), Map.of("error", "access_denied"), params);
        }
        Optional<Company> company = companies.find(params.get("company"));
        if (company.isEmpty()) {
            return html(HttpStatus.BAD_REQUEST, ConsentPage.error("Choose a company."));
        }
        String method = params.get("code_challenge_method");
        if (params.get("code_challenge") != null && method != null && !Set.of("S256", "plain").contains(method)) {
            return redirect(params.get("redirect_uri"), Map.of("error", "invalid_request"), params);
        }
        Instant now = Instant.now();
        Tokens.Connection connection = new Tokens.Connection(params.get("client_id"), company.get().id(),
                now.plus(timeScale.real(policy.refreshTokenHardLifetime())));
        String code = tokens.newCode(new Tokens.Code(connection, params.get("redirect_uri"),
                params.get("code_challenge"), method == null ? "plain" : method,
                now.plus(timeScale.real(policy.codeLifetime()))));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("code", code);
        query.putAll(callbackExtras.apply(company.get()));
        return redirect(params.get("redirect_uri"), query, params);
    }

    /** The token endpoint: {@code authorization_code} and {@code refresh_token} grants. */
    public ServerResponse token(ServerRequest request) {
        Map<String, String> params = single(request);
        Optional<String> clientId = authenticateClient(request, params);
        if (clientId.isEmpty()) {
            return oauthError(HttpStatus.UNAUTHORIZED, "invalid_client");
        }
        String grantType = params.getOrDefault("grant_type", "");
        return switch (grantType) {
            case "authorization_code" -> exchangeCode(clientId.get(), params);
            case "refresh_token" -> refresh(clientId.get(), params);
            default -> oauthError(HttpStatus.BAD_REQUEST, "unsupported_grant_type");
        };
    }

    /** The revocation endpoint; accepts {@code token} as a form field or in a JSON body. Always 200 for a known client. */
    public ServerResponse revoke(ServerRequest request) {
        Map<String, String> params = single(request);
        if (authenticateClient(request, params).isEmpty()) {
            return oauthError(HttpStatus.UNAUTHORIZED, "invalid_client");
        }
        String token = params.get("token");
        if (token == null) {
            token = Json.readObject(bodyOf(request)).path("token").asString("");
        }
        if (token.isEmpty()) {
            return oauthError(HttpStatus.BAD_REQUEST, "invalid_request");
        }
        tokens.revoke(token);
        return ServerResponse.ok().build();
    }

    /** The access a bearer token grants now, or empty when it is unknown, expired or revoked. */
    public Optional<Access> authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.accessToken(authorizationHeader.substring(7).trim())
            .filter(issued -> issued.usableAt(now))
            .map(issued -> new Access(issued.connection().clientId, issued.connection().companyId));
    }

    /** Kills every token issued so far, as when users disconnect inside the provider. */
    public void revokeAll() {
        tokens.revokeAll();
    }

    public void reset() {
        tokens.clear();
    }

    private ServerResponse exchangeCode(String clientId, Map<String, String> params) {
        Optional<Tokens.Code> redeemed = tokens.redeemCode(params.get("code"));
        if (redeemed.isEmpty()) {
            return oauthError(HttpStatus.BAD_REQUEST, "invalid_grant");
        }
        Tokens.Code code = redeemed.get();
        boolean valid = code.connection().clientId.equals(clientId)
                && Instant.now().isBefore(code.expiresAt())
                && code.redirectUri().equals(params.get("redirect_uri"))
                && !code.connection().revoked
                && Pkce.verifies(code.challenge(), code.challengeMethod(), params.get("code_verifier"));
        if (!valid) {
            code.connection().revoked = true;
            return oauthError(HttpStatus.BAD_REQUEST, "invalid_grant");
        }
        return issue(code.connection());
    }

    private ServerResponse refresh(String clientId, Map<String, String> params) {
        Optional<Tokens.Issued> redeemed = tokens.redeemRefreshToken(params.get("refresh_token"));
        if (redeemed.isEmpty() || !redeemed.get().connection().clientId.equals(clientId)
                || !redeemed.get().usableAt(Instant.now())) {
            return oauthError(HttpStatus.BAD_REQUEST, "invalid_grant");
        }
        return issue(redeemed.get().connection());
    }

    private ServerResponse issue(Tokens.Connection connection) {
        Instant now = Instant.now();
        Duration access = timeScale.real(policy.accessTokenLifetime());
        Instant refreshExpiry = now.plus(timeScale.real(policy.refreshTokenLifetime()));
        if (refreshExpiry.isAfter(connection.hardExpiry)) {
            refreshExpiry = connection.hardExpiry;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", "bearer");
        body.put("access_token", tokens.newAccessToken(connection, now.plus(access)));
        body.put("refresh_token", tokens.newRefreshToken(connection, refreshExpiry));
        body.put("expires_in", seconds(access));
        body.put("x_refresh_token_expires_in", seconds(Duration.between(now, refreshExpiry)));
        body.put("x_refresh_token_hard_expires_in", seconds(Duration.between(now, connection.hardExpiry)));
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.CACHE_CONTROL, "no-store").body(Json.write(body));
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    private Optional<String> authenticateClient(ServerRequest request, Map<String, String> params) {
        String header = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
        String id = params.get("client_id");
        String secret = params.get("client_secret");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon < 0) {
                    return Optional.empty();
                }
                id = decoded.substring(0, colon);
                secret = decoded.substring(colon + 1);
            }
            catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        return id != null && secret != null && properties.acceptsClient(id, secret) ? Optional.of(id) : Optional.empty();
    }

    private Optional<String> clientProblem(Map<String, String> params) {
        if (!properties.knowsClient(params.getOrDefault("client_id", ""))) {
            return Optional.of("Unknown client_id.");
        }
        String redirect = params.get("redirect_uri");
        try {
            URI uri = URI.create(redirect == null ? "" : redirect);
            if (uri.getHost() == null || !LOOPBACK.contains(uri.getHost())
                    || !Set.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
                return Optional.of("redirect_uri must be an http(s) URL on localhost or 127.0.0.1.");
            }
        }
        catch (IllegalArgumentException malformed) {
            return Optional.of("redirect_uri is not a valid URL.");
        }
        return Optional.empty();
    }

    private static ServerResponse redirect(String redirectUri, Map<String, String> query, Map<String, String> params) {
        UriComponentsBuilder target = UriComponentsBuilder.fromUriString(redirectUri);
        query.forEach((name, value) -> target.queryParam(name, value));
        if (params.get("state") != null) {
            target.queryParam("state", params.get("state"));
        }
        return ServerResponse.status(HttpStatus.FOUND).location(target.encode().build().toUri()).build();
    }

    private static ServerResponse oauthError(HttpStatus status, String error) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.CACHE_CONTROL, "no-store").body(Json.write(Map.of("error", error)));
    }

    private static ServerResponse html(HttpStatus status, String body) {
        return ServerResponse.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
            .body(body);
    }

    private static Map<String, String> single(ServerRequest request) {
        Map<String, String> params = new HashMap<>();
        request.params().forEach((name, values) -> {
            if (!values.isEmpty()) {
                params.put(name, values.get(0));
            }
        });
        return params;
    }

    private static String bodyOf(ServerRequest request) {
        try {
            return request.body(String.class);
        }
        catch (Exception unreadable) {
            return "";
        }
    }
}
