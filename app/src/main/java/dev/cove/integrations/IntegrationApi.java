package dev.cove.integrations;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;
import dev.cove.staff.CompanyPrincipal;

/**
 * The integrations over the API. {@code connect} answers the provider's consent URL; opening it and
 * completing the consent page brings the connection to ACTIVE as the page's button does. The state is bound
 * to a server-side pending authorization of the calling company (single use, expiring), since a script has
 * no browser session.
 */
@ApiController("/api/v1/integrations")
class IntegrationApi {

    private final IntegrationOverview overview;
    private final Authorizations authorizations;
    private final ConnectionLifecycle lifecycle;

    IntegrationApi(IntegrationOverview overview, Authorizations authorizations, ConnectionLifecycle lifecycle) {
        this.overview = overview;
        this.authorizations = authorizations;
        this.lifecycle = lifecycle;
    }

    @GetMapping
    List<IntegrationView> list(CompanyId company) {
        return overview.all(company);
    }

    @GetMapping("/{slug}")
    IntegrationView get(CompanyId company, @PathVariable String slug) {
        return overview.one(company, slug);
    }

    @PostMapping("/{slug}/connect")
    Map<String, String> connect(CompanyPrincipal caller, @PathVariable String slug) {
        Provider provider = IntegrationOverview.provider(slug);
        Authorizations.Started started = authorizations.start(caller.companyId(), caller.name(), provider, false,
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return Map.of("authorizeUrl", started.authorizeUrl().toString());
    }

    @PostMapping("/{slug}/disconnect")
    IntegrationView disconnect(CompanyPrincipal caller, @PathVariable String slug) {
        Provider provider = IntegrationOverview.provider(slug);
        lifecycle.disconnect(caller.companyId(), provider, caller.name());
        return overview.one(caller.companyId(), slug);
    }
}
