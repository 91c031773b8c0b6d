package dev.cove.integrations;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
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

import dev.cove.shared.CompanyId;

/**
 * The page where a signed-in user picks the organisation a multi-organisation grant connects to (Xero's
 * tenant choice). Both flows end here: the callback redirects to it, for an API-started flow through the
 * sign-in page. Only the company that started the flow can see or make the choice; the POST carries the CSRF
 * token like every form.
 */
@Controller
@RequestMapping("/settings/integrations/{slug}/organisations/{choice}")
class OrganisationChoicePages {

    /** The choices this browser session was sent to by a callback it completed. */
    static final String SESSION_CHOICES = OrganisationChoicePages.class.getName() + ".choices";

    private final PendingChoices choices;
    private final Authorizations authorizations;

    OrganisationChoicePages(PendingChoices choices, Authorizations authorizations) {
        this.choices = choices;
        this.authorizations = authorizations;
    }

    @ModelAttribute("nav")
    String nav() {
        return "settings";
    }

    @GetMapping
    String show(CompanyId company, @PathVariable String slug, @PathVariable String choice, HttpSession session,
            Model model, HttpServletResponse response) {
        Provider provider = IntegrationOverview.provider(slug);
        PendingChoices.Choice waiting = choices.find(choice, company).filter(c -> c.provider() == provider)
                .orElse(null);
        if (waiting == null || waiting.browserBound() && !sessionChoices(session).contains(choice)) {
            return refused(model, response, provider, "This choice of " + provider.displayName()
                    + " organisation does not belong to your session or company. Nothing was connected.");
        }
        if (!waiting.openAt(Instant.now())) {
            return refused(model, response, provider, "This choice of " + provider.displayName() + " organisation "
                    + "was already made or has expired. Start again from Settings → Integrations if needed.");
        }
        model.addAttribute("providerName", provider.displayName());
        model.addAttribute("slug", provider.slug());
        model.addAttribute("choice", choice);
        model.addAttribute("organisations", waiting.organisations());
        model.addAttribute("expiresAt", waiting.expiresAt());
        return "integrations/organisations";
    }

    @PostMapping
    String choose(CompanyId company, @PathVariable String slug, @PathVariable String choice,
            @RequestParam(required = false) String organisation, HttpSession session, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Provider provider = IntegrationOverview.provider(slug);
        try {
            Authorizations.Completed done = authorizations.choose(provider, choice,
                    organisation == null ? "" : organisation, company, sessionChoices(session));
            redirect.addFlashAttribute("flash", IntegrationCallback.outcome(provider, done));
            return "redirect:/settings/integrations/" + provider.slug();
        }
        catch (AuthorizationRefused refused) {
            return refused(model, response, provider, refused.getMessage());
        }
    }

    /** Remembers that this session completed the callback that led to the choice. */
    static void remember(HttpSession session, String choice) {
        Set<String> updated = new HashSet<>(sessionChoices(session));
        updated.add(choice);
        session.setAttribute(SESSION_CHOICES, updated);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> sessionChoices(HttpSession session) {
        Object choices = session == null ? null : session.getAttribute(SESSION_CHOICES);
        return choices == null ? Set.of() : (Set<String>) choices;
    }

    private static String refused(Model model, HttpServletResponse response, Provider provider, String message) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("title", provider.displayName() + " was not connected");
        model.addAttribute("message", message);
        return "integrations/callback";
    }
}
