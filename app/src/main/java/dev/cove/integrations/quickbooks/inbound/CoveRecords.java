package dev.cove.integrations.quickbooks.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.springframework.stereotype.Component;

import dev.cove.customers.Customer;
import dev.cove.customers.Customers;
import dev.cove.items.Item;
import dev.cove.items.Items;
import dev.cove.shared.CompanyId;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;

/** Every customer and item of a company, active or not, read through the back office's own services. */
@Component
class CoveRecords {

    private final Customers customers;
    private final Items items;

    CoveRecords(Customers customers, Items items) {
        this.customers = customers;
        this.items = items;
    }

    List<Customer> customers(CompanyId company) {
        return all(page -> customers.list(company, null, true, new PageRequest(page, PageRequest.MAX_SIZE)));
    }

    List<Item> items(CompanyId company) {
        return all(page -> items.list(company, null, null, true, new PageRequest(page, PageRequest.MAX_SIZE)));
    }

    Optional<Customer> customerNamed(CompanyId company, String name) {
        return name == null ? Optional.empty()
                : customers(company).stream().filter(c -> name.trim().equalsIgnoreCase(c.displayName())).findFirst();
    }

    Optional<Item> itemNamed(CompanyId company, String name) {
        return name == null ? Optional.empty()
                : items(company).stream().filter(i -> name.trim().equalsIgnoreCase(i.name())).findFirst();
    }

    private static <T> List<T> all(IntFunction<PageResult<T>> pages) {
        List<T> all = new ArrayList<>();
        PageResult<T> page = pages.apply(0);
        all.addAll(page.items());
        while (page.hasNext()) {
            page = pages.apply(page.page() + 1);
            all.addAll(page.items());
        }
        return all;
    }
}
