package dev.cove.integrations.stripe;

import com.stripe.exception.StripeException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.cove.customers.Customers;
import dev.cove.shared.RecordNotFound;
import dev.cove.staff.Companies;

/**
 * The customer's side of a card-saving link, open without a Cove login (the random token is the key): what
 * saving a card means, then Stripe's hosted page in setup mode, then a thank-you. The card itself is recorded
 * from Stripe's webhook, not from this redirect.
 */
@Controller
@RequestMapping(CardSetupPages.PATH + "/{token}")
class CardSetupPages {

    static final String PATH = "/pay/cards";

    private final CardSetups setups;
    private final ConnectedAccounts accounts;
    private final Customers customers;
    private final Companies companies;

    CardSetupPages(CardSetups setups, ConnectedAccounts accounts, Customers customers, Companies companies) {
        this.setups = setups;
        this.accounts = accounts;
        this.customers = customers;
        this.companies = companies;
    }

    @GetMapping
    String show(@PathVariable String token, Model model) {
        LinkTokens.Target target = describe(token, model);
        model.addAttribute("available", accounts.of(target.company()).filter(ConnectedAccounts.Stored::canCharge)
                .isPresent());
        model.addAttribute("token", token);
        return "stripe/save-card";
    }

    @PostMapping
    String save(@PathVariable String token) throws StripeException {
        LinkTokens.Target target = target(token);
        ConnectedAccounts.Stored account = accounts.of(target.company()).filter(ConnectedAccounts.Stored::canCharge)
                .orElse(null);
        if (account == null) {
            return "redirect:" + PATH + "/" + token;
        }
        return "redirect:" + setups.open(account, target.subjectId(), token);
    }

    @GetMapping("/done")
    String done(@PathVariable String token, Model model) {
        describe(token, model);
        return "stripe/card-saved";
    }

    private LinkTokens.Target describe(String token, Model model) {
        LinkTokens.Target target = target(token);
        model.addAttribute("customer", customers.get(target.company(), target.subjectId()));
        model.addAttribute("companyName", companies.name(target.company()));
        return target;
    }

    private LinkTokens.Target target(String token) {
        return setups.target(token).orElseThrow(() -> new RecordNotFound("This card-saving link is not valid"));
    }
}
