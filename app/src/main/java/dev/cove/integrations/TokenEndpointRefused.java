package dev.cove.integrations;

/**
 * The token endpoint answered with an OAuth error ({@code invalid_grant}, {@code invalid_client}, ...).
 * {@code error} is the provider's code; {@code description} its words, possibly null.
 */
class TokenEndpointRefused extends RuntimeException {

    private final String error;

    TokenEndpointRefused(String error, String description) {
        super(error + (description == null ? "" : ": " + description));
        this.error = error;
    }

    /** The grant is dead (expired, revoked, rotated away, code replayed): only a person can renew it. */
    boolean grantIsGone() {
        return "invalid_grant".equals(error);
    }

    String error() {
        return error;
    }
}
