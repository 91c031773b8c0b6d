package dev.cove.sandbox.common;

/**
 * Faults a sandbox injects into its API calls (not into OAuth or admin calls). Posting a plan replaces
 * the previous one; absent numbers mean "off". Rates are probabilities from 0 to 1.
 *
 * @param errorRate        share of calls answered with a 5xx in the provider's format
 * @param errorStatus      that status; 500 when absent
 * @param latencyMs        delay added to every call
 * @param timeoutRate      share of calls held for {@code timeoutMs} before they are processed
 * @param timeoutMs        how long such a call is held (set it above the client's timeout)
 * @param lostResponseRate share of calls that are performed (writes commit) but whose response is cut off,
 *                         so that the client sees an I/O error
 * @param throttleBurst    the next N calls get the provider's 429 with Retry-After
 * @param revokeAllTokens  kills every issued token now (next refresh gets invalid_grant, calls get 401)
 * @param companyId        restricts the plan to one company; null means every company
 */
public record FaultPlan(Double errorRate, Integer errorStatus, Long latencyMs, Double timeoutRate, Long timeoutMs,
        Double lostResponseRate, Integer throttleBurst, Boolean revokeAllTokens, String companyId) {

    public static final FaultPlan NONE = new FaultPlan(null, null, null, null, null, null, null, null, null);

    double error() {
        return errorRate == null ? 0 : errorRate;
    }

    int status() {
        return errorStatus == null ? 500 : errorStatus;
    }

    long latency() {
        return latencyMs == null ? 0 : latencyMs;
    }

    double timeout() {
        return timeoutRate == null ? 0 : timeoutRate;
    }

    long hold() {
        return timeoutMs == null ? 0 : timeoutMs;
    }

    double lost() {
        return lostResponseRate == null ? 0 : lostResponseRate;
    }

    boolean appliesTo(String company) {
        return companyId == null || companyId.equals(company);
    }
}
