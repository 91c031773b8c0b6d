package dev.cove.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.RecordNotFound;

@IntegrationTest
@RecordApplicationEvents
class ItemsIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    Items items;

    @Autowired
    ApplicationEvents events;

    @Test
    void publishesItemChangedOnCreateUpdateAndDeactivateOnly() {
        TestCompany company = companies.open("Events Co");

        Item item = items.create(company.id(), details("Weekly service", null));
        items.update(company.id(), item.id(), details("Weekly service (large pool)", null));
        items.setActive(company.id(), item.id(), false);
        items.setActive(company.id(), item.id(), false);

        assertThat(events.stream(ItemChanged.class)).containsExactly(
                new ItemChanged(company.id(), item.id(), "Weekly service"),
                new ItemChanged(company.id(), item.id(), "Weekly service (large pool)"),
                new ItemChanged(company.id(), item.id(), "Weekly service (large pool)"));
        assertThat(items.active(company.id())).isEmpty();
        assertThat(items.find(company.id(), item.id())).hasValueSatisfying(i -> assertThat(i.active()).isFalse());
    }

    @Test
    void refusedItemPublishesNothingAndOtherCompaniesCannotReadIt() {
        TestCompany a = companies.open("Refused A");
        TestCompany b = companies.open("Refused B");

        assertThatThrownBy(() -> items.create(a.id(), new ItemDetails(" ", null, null, ItemKind.SERVICE,
                new BigDecimal("1.00"), null, false))).isInstanceOf(InvalidRequest.class);
        assertThat(events.stream(ItemChanged.class)).isEmpty();

        Item item = items.create(a.id(), details("Filter clean", "FC-1"));
        assertThat(items.find(b.id(), item.id())).isEmpty();
        assertThatThrownBy(() -> items.get(b.id(), item.id())).isInstanceOf(RecordNotFound.class);
        assertThat(items.create(b.id(), details("Their filter clean", "FC-1")).sku()).isEqualTo("FC-1");
    }

    @Test
    void itemPagesListCreateWithFieldErrorsAndKeepOtherCompaniesOut() {
        TestCompany company = companies.open("Item Pages Co");
        StaffSession staff = StaffSession.signIn(companies.baseUrl(), company.email(), TestCompanies.PASSWORD);

        assertThat(staff.get("/items").text()).contains("No items yet");
        staff.get("/items/new");
        StaffSession.Page refused = staff.post("/items", Map.of("name", "", "kind", "SERVICE", "unitPrice", "-3",
                "categoryId", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("is required", "must not be negative");
        assertThat(items.active(company.id())).isEmpty();

        StaffSession.Page created = staff.post("/items", Map.of("name", "Acid wash", "kind", "SERVICE",
                "unitPrice", "350.00", "categoryId", "", "taxable", "true", "_taxable", "on"));
        assertThat(created.status()).isEqualTo(302);
        Item item = items.active(company.id()).get(0);
        assertThat(item.unitPrice()).isEqualTo(new BigDecimal("350.00"));
        assertThat(item.taxable()).isTrue();
        assertThat(staff.get("/items?q=acid").text()).contains("Acid wash", "350.00", "data-confirm=");
        assertThat(staff.get("/items/" + item.id() + "/edit").status()).isEqualTo(200);

        staff.get("/items/categories");
        assertThat(staff.post("/items/categories", Map.of("name", "Labour")).status()).isEqualTo(302);
        assertThat(staff.post("/items/categories", Map.of("name", "labour")).text()).contains("is already the name of a category");

        TestCompany other = companies.open("Item Pages Other");
        StaffSession snoop = StaffSession.signIn(companies.baseUrl(), other.email(), TestCompanies.PASSWORD);
        assertThat(snoop.get("/items/" + item.id() + "/edit").status()).isEqualTo(404);
        snoop.get("/items");
        assertThat(snoop.post("/items/" + item.id() + "/deactivate", Map.of()).status()).isEqualTo(404);
        assertThat(items.get(company.id(), item.id()).active()).isTrue();
    }

    private static ItemDetails details(String name, String sku) {
        return new ItemDetails(name, sku, null, ItemKind.SERVICE, new BigDecimal("85"), null, false);
    }
}
