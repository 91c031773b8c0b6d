package dev.cove.integrations;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;

/**
 * Talks to a provider's token and revocation endpoints through the Nimbus OAuth 2.0 SDK: requests are built
 * and responses parsed by the SDK (no hand-parsed token JSON), client authentication is HTTP Basic as
 * QuickBooks and Xero require. Provider extensions such as QuickBooks' {@code x_refresh_token_expires_in}
 * are read from the SDK's custom parameters.
 */
@Component
class TokenEndpoint {

    private final IntegrationSettings settings;

    TokenEndpoint(IntegrationSettings settings) {
        this.settings = settings;
    }

    /** Exchanges an authorization code. @throws TokenEndpointRefused for an OAuth error, IOException when unreachable */
    Grant exchange(ProviderProfile profile, String code, URI redirectUri, String codeVerifier) throws IOException {
        return request(profile, new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri,
                codeVerifier == null ? null : new CodeVerifier(codeVerifier)));
    }

    /** Redeems a refresh token; the answer may carry a rotated one. */
    Grant refresh(ProviderProfile profile, String refreshToken) throws IOException {
        return request(profile, new RefreshTokenGrant(new RefreshToken(refreshToken)));
    }

    /** Revokes the grant behind the refresh token (RFC 7009); false when the endpoint refused. */
    boolean revoke(ProviderProfile profile, String refreshToken) throws IOException {
        if (profile.revoke() == null || refreshToken == null) {
            return false;
        }
        HTTPRequest request = new TokenRevocationRequest(profile.revoke(), authentication(profile),
                new RefreshToken(refreshToken)).toHTTPRequest();
        return timed(request).send().indicatesSuccess();
    }

    private Grant request(ProviderProfile profile, AuthorizationGrant grant) throws IOException {
        HTTPRequest request = new TokenRequest(profile.token(), authentication(profile), grant).toHTTPRequest();
        HTTPResponse http = timed(request).send();
        TokenResponse response;
        try {
            response = TokenResponse.parse(http);
        }
        catch (ParseException unreadable) {
            if (http.getStatusCode() >= 500) {
                throw new IOException("token endpoint answered " + http.getStatusCode(), unreadable);
            }
            throw new TokenEndpointRefused("invalid_response", unreadable.getMessage());
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            if (error.getHTTPStatusCode() >= 500) {
                throw new IOException("token endpoint answered " + error.getHTTPStatusCode());
            }
            throw new TokenEndpointRefused(error.getCode() == null ? "unknown" : error.getCode(), error.getDescription());
        }
        AccessTokenResponse success = response.toSuccessResponse();
        Tokens tokens = success.getTokens();
        Instant now = Instant.now();
        long lifetime = tokens.getAccessToken().getLifetime();
        Object refreshLifetime = success.getCustomParameters().get("x_refresh_token_expires_in");
        Set<String> scopes = new LinkedHashSet<>();
        if (tokens.getAccessToken().getScope() != null) {
            scopes.addAll(tokens.getAccessToken().getScope().toStringList());
        }
        return new Grant(tokens.getAccessToken().getValue(),
                tokens.getRefreshToken() == null ? null : tokens.getRefreshToken().getValue(),
                lifetime > 0 ? now.plusSeconds(lifetime) : now.plusSeconds(3600),
                refreshLifetime instanceof Number n ? now.plusSeconds(n.longValue()) : null, scopes);
    }

    private HTTPRequest timed(HTTPRequest request) {
        int millis = (int) settings.providerTimeout().toMillis();
        request.setConnectTimeout(millis);
        request.setReadTimeout(millis);
        return request;
    }

    private static ClientAuthentication authentication(ProviderProfile profile) {
        return new ClientSecretBasic(new ClientID(profile.clientId()), new Secret(profile.clientSecret()));
    }
}
