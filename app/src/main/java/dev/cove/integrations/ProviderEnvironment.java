package dev.cove.integrations;

/**
 * Where a provider's calls go: Cove's built-in sandbox on its own port, the provider's own sandbox
 * (developer accounts), or the real service.
 */
public enum ProviderEnvironment {
    SANDBOX, PROVIDER_SANDBOX, PRODUCTION
}
