package dev.cove.integrations;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.shared.CompanyId;
import dev.cove.staff.Companies;

/**
 * Where providers send the browser back. Reachable without signing in (a flow started over the API comes
 * back through curl or a script's browser); what it may complete is decided by {@link Authorizations}.
 */
@Controller
class IntegrationCallback {

    private static final Logger log = LoggerFactory.getLogger(IntegrationCallback.class);

    private final Authorizations authorizations;
    private final Companies companies;

    IntegrationCallback(Authorizations authorizations, Companies companies) {
        this.authorizations = authorizations;
        this.companies = companies;
    }

    @GetMapping("/integrations/{slug}/callback")
    String callback(@PathVariable String slug, @RequestParam Map<String, String> params, HttpServletRequest request,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Provider provider = IntegrationOverview.provider(slug);
        @SuppressWarnings("unchecked")
        Set<String> states = (Set<String>) (request.getSession(false) == null ? null
                : request.getSession(false).getAttribute(IntegrationPages.SESSION_STATES));
        try {
            Authorizations.Completed done = authorizations.complete(provider, params,
                    new Authorizations.Caller(signedInCompany(), states == null ? Set.of() : states));
            if (done.choice() != null) {
                // Several organisations: the choice is made signed in (an API-started flow passes the sign-in page).
                if (done.browserBound()) {
                    OrganisationChoicePages.remember(request.getSession(), done.choice());
                }
                return "redirect:/settings/integrations/" + provider.slug() + "/organisations/" + done.choice();
            }
            String message = outcome(provider, done);
            if (done.browserBound()) {
                redirect.addFlashAttribute("flash", message);
                return "redirect:/settings/integrations/" + provider.slug();
            }
            model.addAttribute("title", provider.displayName() + " connected");
            model.addAttribute("message", message);
            return "integrations/callback";
        }
        catch (AuthorizationRefused refused) {
            log.info("{} callback refused: {}", provider, refused.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("title", provider.displayName() + " was not connected");
            model.addAttribute("message", refused.getMessage());
            return "integrations/callback";
        }
    }

    /** What a finished connection says to the user. */
    static String outcome(Provider provider, Authorizations.Completed done) {
        Connection connection = done.connection();
        return provider.displayName() + (connection.status() == ConnectionStatus.ACTIVE
                ? (done.reconnected() ? " is reconnected to " : " is connected to ") + connection.accountName() + "."
                : " is connected but needs attention: " + connection.statusReason());
    }

    private Optional<CompanyId> signedInCompany() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || !(authentication.getPrincipal() instanceof UserDetails staff)) {
            return Optional.empty();
        }
        return companies.findByStaffEmail(staff.getUsername());
    }
}
