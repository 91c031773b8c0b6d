package dev.cove.integrations.quickbooks.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.shared.CompanyId;
import dev.cove.shared.InvalidRequest;

/**
 * Settings → Integrations → QuickBooks → preview: every Cove customer and item with its proposal; a
 * select per record (link to any QuickBooks record of that kind, create, skip). Form fields are
 * {@code choice:<type>:<coveId>} = {@code LINK:<remoteId>}, {@code CREATE} or {@code SKIP}.
 */
@Controller
@RequestMapping("/settings/integrations/quickbooks/preview")
class PreviewPages {

    private final QuickBooksPreview preview;
    private final PreviewAcceptance acceptance;

    PreviewPages(QuickBooksPreview preview, PreviewAcceptance acceptance) {
        this.preview = preview;
        this.acceptance = acceptance;
    }

    @ModelAttribute("nav")
    String nav() {
        return "settings";
    }

    @GetMapping
    String show(CompanyId company, Model model) {
        model.addAttribute("summary", preview.find(company).orElse(null));
        model.addAttribute("records", preview.records(company));
        model.addAttribute("remotes", preview.remotes(company));
        return "quickbooks/preview";
    }

    @PostMapping
    String accept(CompanyId company, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<PreviewChoice> choices = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith("choice:") && value != null && !value.isBlank()) {
                String[] key = name.split(":", 3);
                String[] action = value.split(":", 2);
                choices.add(new PreviewChoice(key[1], java.util.UUID.fromString(key[2]), action[0],
                        action.length > 1 ? action[1] : null));
            }
        });
        try {
            acceptance.accept(company, choices);
        } catch (InvalidRequest refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            return "redirect:/settings/integrations/quickbooks/preview";
        }
        redirect.addFlashAttribute("flash", "Matches accepted. The first sync with QuickBooks has started.");
        return "redirect:/settings/integrations/quickbooks/preview";
    }
}
