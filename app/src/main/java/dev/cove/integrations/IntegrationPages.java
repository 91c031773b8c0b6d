package dev.cove.integrations;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.staff.CompanyPrincipal;

/** Settings → Integrations: a card per integration, a page per integration, connect, disconnect, credentials. */
@Controller
@RequestMapping("/settings/integrations")
class IntegrationPages {

    /** The states this browser session started; a callback must bring one of them back. */
    static final String SESSION_STATES = IntegrationPages.class.getName() + ".states";

    private final IntegrationOverview overview;
    private final Authorizations authorizations;
    private final ConnectionLifecycle lifecycle;
    private final CompanyCredentials credentials;
    private final ProviderProfiles profiles;

    IntegrationPages(IntegrationOverview overview, Authorizations authorizations, ConnectionLifecycle lifecycle,
            CompanyCredentials credentials, ProviderProfiles profiles) {
        this.overview = overview;
        this.authorizations = authorizations;
        this.lifecycle = lifecycle;
        this.credentials = credentials;
        this.profiles = profiles;
    }

    @ModelAttribute("nav")
    String nav() {
        return "settings";
    }

    @GetMapping
    String index(CompanyId company, Model model) {
        var all = overview.all(company);
        model.addAttribute("integrations", all);
        model.addAttribute("attention", all.stream().filter(v -> v.offered() && "orange".equals(v.colour())
                && v.statusReason() != null && v.accountId() != null).toList());
        return "integrations/index";
    }

    @GetMapping("/{slug}")
    String show(CompanyId company, @PathVariable String slug, Model model) {
        IntegrationView view = overview.one(company, slug);
        Provider provider = Provider.fromSlug(slug);
        model.addAttribute("integration", view);
        model.addAttribute("integrations", overview.all(company));
        model.addAttribute("environments", ProviderEnvironment.values());
        ProviderProfile profile = profiles.profile(company, provider).orElse(null);
        CompanyCredentials.Entered entered = credentials.find(company, provider).orElse(null);
        model.addAttribute("environment", profile == null ? null : profile.environment());
        model.addAttribute("fileClientId", profile == null ? "" : profile.clientId());
        model.addAttribute("enteredClientId", entered == null ? null : entered.clientId());
        model.addAttribute("secretStored", entered != null && entered.clientSecret() != null);
        model.addAttribute("verifierStored", entered != null && entered.webhookVerifier() != null);
        return "integrations/show";
    }

    @GetMapping("/{slug}/connect")
    String connect(CompanyPrincipal caller, @PathVariable String slug, HttpSession session,
            RedirectAttributes redirect) {
        Provider provider = IntegrationOverview.provider(slug);
        try {
            Authorizations.Started started = authorizations.start(caller.companyId(), caller.name(), provider, true,
                    ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
            @SuppressWarnings("unchecked")
            Set<String> states = (Set<String>) session.getAttribute(SESSION_STATES);
            Set<String> updated = states == null ? new HashSet<>() : new HashSet<>(states);
            updated.add(started.state());
            session.setAttribute(SESSION_STATES, updated);
            return "redirect:" + started.authorizeUrl();
        }
        catch (BusinessRuleViolated cannot) {
            redirect.addFlashAttribute("flash", cannot.getMessage());
            return "redirect:/settings/integrations/" + provider.slug();
        }
    }

    @PostMapping("/{slug}/disconnect")
    String disconnect(CompanyPrincipal caller, @PathVariable String slug, RedirectAttributes redirect) {
        Provider provider = IntegrationOverview.provider(slug);
        lifecycle.disconnect(caller.companyId(), provider, caller.name());
        redirect.addFlashAttribute("flash", provider.displayName() + " is disconnected. Records and links are kept; "
                + "reconnecting to the same account picks up where it left off.");
        return "redirect:/settings/integrations/" + provider.slug();
    }

    @PostMapping("/{slug}/credentials")
    String saveCredentials(CompanyPrincipal caller, @PathVariable String slug,
            @RequestParam(required = false) ProviderEnvironment environment,
            @RequestParam(required = false) String clientId, @RequestParam(required = false) String clientSecret,
            @RequestParam(required = false) String webhookVerifier, RedirectAttributes redirect) {
        Provider provider = IntegrationOverview.provider(slug);
        credentials.save(caller.companyId(), provider,
                new CompanyCredentials.Entered(environment, clientId, clientSecret, webhookVerifier), caller.name());
        redirect.addFlashAttribute("flash", provider.displayName() + " settings saved.");
        return "redirect:/settings/integrations/" + provider.slug();
    }
}
