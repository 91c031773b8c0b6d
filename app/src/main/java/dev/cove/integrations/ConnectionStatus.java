package dev.cove.integrations;

/**
 * Where a connection stands, as the Integrations page colours it: ACTIVE green, NOT_CONNECTED
 * grey, SETUP_INCOMPLETE / NEEDS_RECONNECT / ERROR orange with the reason and the fixing action.
 */
public enum ConnectionStatus {
    ACTIVE, NOT_CONNECTED, SETUP_INCOMPLETE, NEEDS_RECONNECT, ERROR
}
