package dev.cove.items;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;

@ApiController("/api/v1/item-categories")
class ItemCategoryApi {

    private final Items items;

    ItemCategoryApi(Items items) {
        this.items = items;
    }

    record NewCategory(String name) {
    }

    @GetMapping
    List<ItemCategory> list(CompanyId company) {
        return items.categories(company);
    }

    @PostMapping
    ResponseEntity<ItemCategory> create(CompanyId company, @RequestBody NewCategory body) {
        ItemCategory category = items.createCategory(company, body.name());
        return ResponseEntity.created(URI.create("/api/v1/item-categories/" + category.id())).body(category);
    }
}
