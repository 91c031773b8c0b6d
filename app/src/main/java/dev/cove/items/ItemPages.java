package dev.cove.items;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.shared.CompanyId;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.PageRequest;

@Controller
@RequestMapping("/items")
class ItemPages {

    private final Items items;

    ItemPages(Items items) {
        this.items = items;
    }

    @ModelAttribute("nav")
    String nav() {
        return "items";
    }

    @GetMapping
    String list(CompanyId company, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID category, @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("items", items.list(company, q, category, inactive, new PageRequest(page, 25)));
        model.addAttribute("categories", items.categories(company));
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("inactive", inactive);
        return "items/list";
    }

    @GetMapping("/new")
    String newForm(CompanyId company, Model model) {
        model.addAttribute("details", new ItemDetails(null, null, null, ItemKind.SERVICE, BigDecimal.ZERO.setScale(2),
                null, false));
        return form(company, model);
    }

    @PostMapping
    String create(CompanyId company, @Valid @ModelAttribute("details") ItemDetails details, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Item item = items.create(company, details);
                redirect.addFlashAttribute("flash", "Item " + item.name() + " created.");
                return "redirect:/items";
            } catch (InvalidRequest e) {
                e.errors().forEach(f -> errors.rejectValue(f.field(), "invalid", f.message()));
            }
        }
        return form(company, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(CompanyId company, @PathVariable UUID id, Model model) {
        Item item = items.get(company, id);
        model.addAttribute("item", item);
        model.addAttribute("details", ItemDetails.of(item));
        return form(company, model);
    }

    @PostMapping("/{id}")
    String update(CompanyId company, @PathVariable UUID id, @Valid @ModelAttribute("details") ItemDetails details,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Item item = items.get(company, id);
        if (!errors.hasErrors()) {
            try {
                items.update(company, id, details);
                redirect.addFlashAttribute("flash", "Changes to " + details.name().trim() + " saved.");
                return "redirect:/items";
            } catch (InvalidRequest e) {
                e.errors().forEach(f -> errors.rejectValue(f.field(), "invalid", f.message()));
            }
        }
        model.addAttribute("item", item);
        return form(company, model);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        Item item = items.setActive(company, id, false);
        redirect.addFlashAttribute("flash", item.name() + " is now inactive.");
        return "redirect:/items";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        Item item = items.setActive(company, id, true);
        redirect.addFlashAttribute("flash", item.name() + " is active again.");
        return "redirect:/items?inactive=true";
    }

    @GetMapping("/categories")
    String categories(CompanyId company, Model model) {
        model.addAttribute("categories", items.categories(company));
        return "items/categories";
    }

    @PostMapping("/categories")
    String createCategory(CompanyId company, @RequestParam(defaultValue = "") String name, Model model,
            RedirectAttributes redirect) {
        try {
            ItemCategory category = items.createCategory(company, name);
            redirect.addFlashAttribute("flash", "Category " + category.name() + " created.");
            return "redirect:/items/categories";
        } catch (InvalidRequest e) {
            model.addAttribute("name", name);
            model.addAttribute("nameError", e.errors().get(0).message());
            return categories(company, model);
        }
    }

    @PostMapping("/categories/{id}/delete")
    String deleteCategory(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            items.deleteCategory(company, id);
            redirect.addFlashAttribute("flash", "Category deleted.");
        } catch (InvalidRequest e) {
            redirect.addFlashAttribute("flash", "This category " + e.errors().get(0).message() + "; move them first.");
        }
        return "redirect:/items/categories";
    }


    private String form(CompanyId company, Model model) {
        model.addAttribute("categories", items.categories(company));
        model.addAttribute("kinds", ItemKind.values());
        return "items/form";
    }
}
