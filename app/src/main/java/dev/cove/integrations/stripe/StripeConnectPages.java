package dev.cove.integrations.stripe;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.staff.CompanyPrincipal;

/**
 * The Stripe tab's actions. These paths are more specific than the hub's {@code /{slug}/connect}, so Stripe
 * onboards with Account Links instead of the OAuth flow the other providers use.
 */
@Controller
@RequestMapping("/settings/integrations/stripe")
class StripeConnectPages {

    private static final String TAB = "redirect:/settings/integrations/stripe";

    private final Onboarding onboarding;
    private final ConnectedAccounts accounts;
    private final StripeSettings settings;

    StripeConnectPages(Onboarding onboarding, ConnectedAccounts accounts, StripeSettings settings) {
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.settings = settings;
    }

    @ModelAttribute("nav")
    String nav() {
        return "settings";
    }

    /** The account part of the Stripe tab, loaded into the hub's page. */
    @GetMapping("/panel")
    String panel(CompanyId company, Model model) {
        accounts.of(company).ifPresent(stored -> {
            model.addAttribute("stripeAccount", stored);
            model.addAttribute("stripeDashboard", settings.dashboardUrl() + (stored.state().livemode() ? "" : "/test")
                    + "/connect/accounts/" + stored.state().accountId());
        });
        return "stripe/panel :: panel";
    }

    @GetMapping("/connect")
    String chooseMode() {
        return "stripe/connect";
    }

    @PostMapping("/connect")
    String connect(CompanyPrincipal caller, @RequestParam(defaultValue = "test") String mode,
            RedirectAttributes redirect) {
        try {
            return "redirect:" + onboarding.start(caller.companyId(), caller.name(), "live".equals(mode));
        }
        catch (BusinessRuleViolated refused) {
            redirect.addFlashAttribute("flash", refused.getMessage());
            return TAB;
        }
    }

    @GetMapping("/return")
    String returned(CompanyPrincipal caller, RedirectAttributes redirect) {
        onboarding.returned(caller.companyId(), caller.name()).ifPresent(state -> redirect.addFlashAttribute("flash",
                state.reason() == null ? "Stripe is connected: " + state.businessName() + " can take card payments."
                        : state.reason()));
        return TAB;
    }

    @GetMapping("/refresh")
    String refresh(CompanyId company) {
        return "redirect:" + onboarding.resume(company);
    }

    @PostMapping("/resume")
    String resume(CompanyId company) {
        return "redirect:" + onboarding.resume(company);
    }

    @PostMapping("/disconnect")
    String disconnect(CompanyPrincipal caller, RedirectAttributes redirect) {
        onboarding.disconnect(caller.companyId(), caller.name());
        redirect.addFlashAttribute("flash", "Stripe is disconnected. Every payment record stays in Cove and in Stripe.");
        return TAB;
    }

    @PostMapping("/card-fee")
    String cardFee(CompanyId company, @RequestParam(defaultValue = "false") boolean passCardFee,
            RedirectAttributes redirect) {
        accounts.passCardFee(company, passCardFee);
        redirect.addFlashAttribute("flash", passCardFee ? "Customers now see and pay the card fee as a surcharge."
                : "Card fees are no longer passed on.");
        return TAB;
    }

}
