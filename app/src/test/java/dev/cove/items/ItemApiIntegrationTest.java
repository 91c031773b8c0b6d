package dev.cove.items;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

@IntegrationTest
class ItemApiIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsReadsAndPatchesItemsInCategories() {
        Api api = companies.open("Items Co").api();
        Api.Response category = api.post("/api/v1/item-categories", "{\"name\": \"Chemicals\"}");
        assertThat(category.status()).isEqualTo(201);
        String categoryId = category.at("/id");

        Api.Response created = api.post("/api/v1/items", """
                {"name": "Liquid chlorine 2.5 gal", "sku": "CHEM-CL-25", "description": "12.5%% sodium hypochlorite",
                 "kind": "INVENTORY", "unitPrice": 14.5, "categoryId": "%s", "taxable": true}""".formatted(categoryId));
        assertThat(created.status()).isEqualTo(201);
        String id = created.at("/id");
        assertThat(created.body()).contains("\"unitPrice\":14.50");
        assertThat(created.at("/categoryName")).isEqualTo("Chemicals");
        assertThat(created.json().get("taxable").asBoolean()).isTrue();
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/items/" + id).at("/sku")).isEqualTo("CHEM-CL-25");

        Api.Response patched = api.patch("/api/v1/items/" + id, "{\"unitPrice\": 15.25, \"categoryId\": \"\", \"sku\": \"\"}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body()).contains("\"unitPrice\":15.25");
        assertThat(patched.json().has("categoryId")).isFalse();
        assertThat(patched.json().has("sku")).isFalse();
        assertThat(patched.at("/name")).isEqualTo("Liquid chlorine 2.5 gal");

        Api.Response deactivated = api.patch("/api/v1/items/" + id, "{\"active\": false}");
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/items").json().get("total").asLong()).isZero();
        assertThat(api.get("/api/v1/items?includeInactive=true").json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/item-categories").json().findValuesAsString("name")).containsExactly("Chemicals");
    }

    @Test
    void listsPagesSearchesAndFiltersByCategory() {
        Api api = companies.open("Paging Co").api();
        String labour = api.post("/api/v1/item-categories", "{\"name\": \"Labour\"}").at("/id");
        for (String name : new String[] {"Weekly service", "Filter clean", "Green pool recovery"}) {
            assertThat(api.post("/api/v1/items", """
                    {"name": "%s", "kind": "SERVICE", "unitPrice": 85, "categoryId": "%s"}""".formatted(name, labour))
                    .status()).isEqualTo(201);
        }
        api.post("/api/v1/items", "{\"name\": \"Skimmer basket\", \"kind\": \"NON_INVENTORY\", \"unitPrice\": 19.99, \"sku\": \"SKIM-1\"}");

        Api.Response first = api.get("/api/v1/items?page=0&size=3");
        assertThat(first.json().get("total").asLong()).isEqualTo(4);
        assertThat(first.json().get("page").asInt()).isZero();
        assertThat(first.json().get("size").asInt()).isEqualTo(3);
        assertThat(first.json().get("items").findValuesAsString("name"))
                .containsExactly("Filter clean", "Green pool recovery", "Skimmer basket");
        assertThat(api.get("/api/v1/items?page=1&size=3").json().get("items").findValuesAsString("name"))
                .containsExactly("Weekly service");
        assertThat(api.get("/api/v1/items?search=skim-").json().get("items").findValuesAsString("name"))
                .containsExactly("Skimmer basket");
        assertThat(api.get("/api/v1/items?categoryId=" + labour).json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void invalidItemIsRefusedWithEveryOffendingFieldAndWritesNothing() {
        TestCompany company = companies.open("Invalid Items Co");

        Api.Response refused = company.api().post("/api/v1/items", "{\"unitPrice\": -1.005}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("kind", "name", "unitPrice");
        assertThat(refused.json().get("errors").findValuesAsString("message"))
                .contains("must not be negative", "must have at most 2 decimals");
        assertThat(items(company)).isZero();
    }

    @Test
    void unknownOrForeignCategoryAndDuplicateSkuAreRefusedByField() {
        TestCompany company = companies.open("Category Co");
        String foreign = companies.open("Other Category Co").api().post("/api/v1/item-categories", "{\"name\": \"Theirs\"}").at("/id");
        Api api = company.api();

        Api.Response unknown = api.post("/api/v1/items", """
                {"name": "Pump", "kind": "INVENTORY", "unitPrice": 500, "categoryId": "%s"}""".formatted(foreign));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.at("/errors/0/field")).isEqualTo("categoryId");
        assertThat(items(company)).isZero();

        assertThat(api.post("/api/v1/items", "{\"name\": \"Pump\", \"kind\": \"INVENTORY\", \"unitPrice\": 500, \"sku\": \"P-1\"}")
                .status()).isEqualTo(201);
        Api.Response duplicate = api.post("/api/v1/items", "{\"name\": \"Pump 2\", \"kind\": \"INVENTORY\", \"unitPrice\": 1, \"sku\": \"P-1\"}");
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.at("/errors/0/field")).isEqualTo("sku");
        assertThat(api.post("/api/v1/item-categories", "{\"name\": \" \"}").at("/errors/0/field")).isEqualTo("name");
        assertThat(items(company)).isEqualTo(1);
    }

    @Test
    void anotherCompanysItemIsNotFound() {
        Api owner = companies.open("Owner Co").api();
        Api other = companies.open("Snoop Co").api();
        String id = owner.post("/api/v1/items", "{\"name\": \"Secret item\", \"kind\": \"SERVICE\", \"unitPrice\": 1}").at("/id");

        assertThat(other.get("/api/v1/items/" + id).status()).isEqualTo(404);
        assertThat(other.patch("/api/v1/items/" + id, "{\"name\": \"Mine now\"}").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/items").json().get("total").asLong()).isZero();
        assertThat(owner.get("/api/v1/items/" + id).at("/name")).isEqualTo("Secret item");
    }

    private long items(TestCompany company) {
        return jdbc.sql("SELECT COUNT(*) FROM items WHERE company_id = ?").param(company.id().value()).query(Long.class).single();
    }
}
