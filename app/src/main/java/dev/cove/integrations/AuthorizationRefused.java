package dev.cove.integrations;

/** A callback that does not complete a connection: forged, replayed, foreign, declined or refused by the provider. */
class AuthorizationRefused extends RuntimeException {

    AuthorizationRefused(String reason) {
        super(reason);
    }
}
