package dev.cove.integrations;

import dev.cove.shared.CompanyId;

/** The connection has no usable grant; a person must reconnect it. Tasks wait instead of failing. */
public class ConnectionNeedsReconnect extends RuntimeException {

    private final CompanyId company;
    private final Provider provider;

    public ConnectionNeedsReconnect(CompanyId company, Provider provider, String reason) {
        super(provider.displayName() + " needs to be reconnected: " + reason);
        this.company = company;
        this.provider = provider;
    }

    public CompanyId company() {
        return company;
    }

    public Provider provider() {
        return provider;
    }
}
