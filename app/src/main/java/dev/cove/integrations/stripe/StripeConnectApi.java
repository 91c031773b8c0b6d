package dev.cove.integrations.stripe;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import dev.cove.shared.ApiController;
import dev.cove.staff.CompanyPrincipal;

/**
 * Stripe over the API. {@code connect} answers the hosted onboarding link as {@code authorizeUrl}, like the
 * other providers' consent URLs; {@code account.updated} brings the connection to ACTIVE once onboarding is done.
 */
@ApiController("/api/v1/integrations/stripe")
class StripeConnectApi {

    /** @param mode {@code test} (default) or {@code live} */
    record ConnectRequest(String mode) {
    }

    private final Onboarding onboarding;

    StripeConnectApi(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    @PostMapping("/connect")
    Map<String, String> connect(CompanyPrincipal caller, @RequestBody(required = false) ConnectRequest request) {
        boolean live = request != null && "live".equals(request.mode());
        return Map.of("authorizeUrl", onboarding.start(caller.companyId(), caller.name(), live).toString());
    }

    /** Stops taking payments through the account; every payment record stays in Cove and in Stripe. */
    @PostMapping("/disconnect")
    Map<String, String> disconnect(CompanyPrincipal caller) {
        onboarding.disconnect(caller.companyId(), caller.name());
        return Map.of("status", "NOT_CONNECTED");
    }
}
