package dev.cove.integrations.stripe;

import java.util.List;
import java.util.UUID;

import com.stripe.exception.StripeException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;

/**
 * The Stripe part of a customer's page, loaded into it once Stripe can take charges: the cards on file and
 * sending the customer a card-saving link.
 */
@Controller
@RequestMapping("/customers/{customerId}/stripe")
class StripeCustomerPanel {

    private final SavedCards cards;
    private final CardSetups setups;
    private final ConnectedAccounts accounts;

    StripeCustomerPanel(SavedCards cards, CardSetups setups, ConnectedAccounts accounts) {
        this.cards = cards;
        this.setups = setups;
        this.accounts = accounts;
    }

    @GetMapping
    String panel(CompanyId company, @PathVariable UUID customerId, Model model) throws StripeException {
        boolean connected = accounts.of(company).filter(ConnectedAccounts.Stored::canCharge).isPresent();
        model.addAttribute("customerId", customerId);
        model.addAttribute("canSave", connected);
        model.addAttribute("cards", connected ? cards.cards(company, customerId) : List.of());
        return "stripe/customer-cards :: panel";
    }

    @PostMapping("/card-link")
    String sendLink(CompanyId company, @PathVariable UUID customerId, RedirectAttributes redirect) {
        try {
            CardSetups.LinkSent sent = setups.link(company, customerId, true);
            redirect.addFlashAttribute("flash", "Card-saving link sent to " + sent.emailedTo() + ": " + sent.url());
        }
        catch (BusinessRuleViolated refused) {
            redirect.addFlashAttribute("flash", refused.getMessage());
        }
        return "redirect:/customers/" + customerId;
    }
}
