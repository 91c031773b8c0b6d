package dev.cove.sandbox.common;

/**
 * The common machinery of one provider sandbox, bundled: its companies, clock scale, OAuth server,
 * rate limits, faults, counters and webhooks.
 */
public record SandboxControls(Companies companies, TimeScale timeScale, AuthorizationServer authorization,
        Throttle throttle, FaultInjector faults, TrafficStats stats, WebhookDispatcher webhooks) {

    /**
     * Forgets tokens, counters, windows, faults and queued webhooks and restores the configured time scale;
     * companies are the provider's business.
     */
    public void reset() {
        timeScale.reset();
        authorization.reset();
        throttle.reset();
        faults.set(FaultPlan.NONE);
        stats.reset();
        webhooks.reset();
    }
}
