package dev.cove.sandbox.common;

import java.time.Duration;

/**
 * Token lifetimes of one provider, in provider time (the {@link TimeScale} shortens them).
 *
 * @param accessTokenLifetime      how long an access token works
 * @param refreshTokenLifetime     how long a refresh token works after it was issued (rolling: each refresh
 *                                 issues a new one with a fresh lifetime)
 * @param refreshTokenHardLifetime absolute cap from the first authorization, after which no refresh works
 * @param codeLifetime             how long an authorization code may wait before its exchange
 */
public record OAuthPolicy(Duration accessTokenLifetime, Duration refreshTokenLifetime,
        Duration refreshTokenHardLifetime, Duration codeLifetime) {
}
