package dev.cove.items;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;

@ApiController("/api/v1/items")
class ItemApi {

    private final Items items;

    ItemApi(Items items) {
        this.items = items;
    }

    @PostMapping
    ResponseEntity<Item> create(CompanyId company, @RequestBody ItemDetails details) {
        Item item = items.create(company, details);
        return ResponseEntity.created(URI.create("/api/v1/items/" + item.id())).body(item);
    }

    @GetMapping
    PageResult<Item> list(CompanyId company, @RequestParam(required = false) String search,
            @RequestParam(required = false) UUID categoryId,
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return items.list(company, search, categoryId, includeInactive, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Item get(CompanyId company, @PathVariable UUID id) {
        return items.get(company, id);
    }

    @PatchMapping("/{id}")
    @Transactional
    Item patch(CompanyId company, @PathVariable UUID id, @RequestBody ItemPatch patch) {
        Item updated = items.update(company, id, patch.applyTo(items.get(company, id)));
        return patch.active() == null ? updated : items.setActive(company, id, patch.active());
    }
}
