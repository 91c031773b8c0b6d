package dev.cove.integrations;

import dev.cove.shared.CompanyId;

/**
 * A token could not be obtained for a reason that may pass (the provider was unreachable or answered with
 * a server error, or another node held the refresh lock too long). The grant itself is still good: retry
 * later, as with any transient failure. Contrast {@link ConnectionNeedsReconnect}.
 */
public class TokenRefreshFailed extends RuntimeException {

    private final CompanyId company;
    private final Provider provider;

    public TokenRefreshFailed(CompanyId company, Provider provider, String reason, Throwable cause) {
        super(provider.displayName() + " token could not be refreshed: " + reason, cause);
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
