package dev.cove.items;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;
import dev.cove.shared.RecordNotFound;

/**
 * The items and item categories of each company. Every read and write is scoped to the caller's
 * company; an item of another company is {@link RecordNotFound}. Writes are validated here and
 * refused with {@link InvalidRequest} naming the offending fields, writing nothing. Each change to
 * an item publishes {@link ItemChanged} in the same transaction.
 */
@Service
public class Items {

    private static final String SELECT = """
            SELECT i.id, i.name, i.sku, i.description, i.kind, i.unit_price, i.category_id, c.name AS category_name,
              i.taxable, i.active, i.created_at, i.updated_at
            FROM items i LEFT JOIN item_categories c ON c.id = i.category_id AND c.company_id = i.company_id""";

    private final JdbcClient jdbc;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    Items(JdbcClient jdbc, Validator validator, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.events = events;
    }

    /** The item, active or not; {@link RecordNotFound} if absent or another company's. */
    public Item get(CompanyId company, UUID id) {
        return find(company, id).orElseThrow(() -> new RecordNotFound("Item", id));
    }

    /** The item, active or not, if it is the company's. */
    public Optional<Item> find(CompanyId company, UUID id) {
        return jdbc.sql(SELECT + " WHERE i.company_id = ? AND i.id = ?").params(company.value(), id)
                .query(Items::map).optional();
    }

    /** Every active item, by name: what a new invoice line or visit can pick from. */
    public List<Item> active(CompanyId company) {
        return jdbc.sql(SELECT + " WHERE i.company_id = ? AND i.active = TRUE ORDER BY LOWER(i.name), i.id")
                .param(company.value()).query(Items::map).list();
    }

    /**
     * Items whose name, SKU or description contains {@code search}, optionally of one category, by
     * name. {@code search} and {@code categoryId} may be null.
     */
    public PageResult<Item> list(CompanyId company, String search, UUID categoryId, boolean includeInactive,
            PageRequest page) {
        String where = " WHERE i.company_id = :company" + (includeInactive ? "" : " AND i.active = TRUE")
                + (categoryId == null ? "" : " AND i.category_id = :category")
                + (search == null || search.isBlank() ? ""
                        : " AND (LOWER(i.name) LIKE :q OR LOWER(i.sku) LIKE :q OR LOWER(i.description) LIKE :q)");
        String q = search == null ? "" : "%" + search.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
        long total = jdbc.sql("SELECT COUNT(*) FROM items i" + where).param("company", company.value())
                .param("category", categoryId).param("q", q).query(Long.class).single();
        List<Item> items = jdbc.sql(SELECT + where + " ORDER BY LOWER(i.name), i.id LIMIT :limit OFFSET :offset")
                .param("company", company.value()).param("category", categoryId).param("q", q)
                .param("limit", page.size()).param("offset", page.offset()).query(Items::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Creates an active item. */
    @Transactional
    public Item create(CompanyId company, ItemDetails details) {
        ItemDetails d = check(company, null, details);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("""
                INSERT INTO items (id, company_id, name, sku, description, kind, unit_price, category_id, taxable, active,
                  created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
                .params(id, company.value(), d.name(), d.sku(), d.description(), d.kind().name(), d.unitPrice(),
                        d.categoryId(), d.taxable().booleanValue(), now, now)
                .update();
        events.publishEvent(new ItemChanged(company, id, d.name()));
        return get(company, id);
    }

    /** Replaces the item's details; its active flag stays. */
    @Transactional
    public Item update(CompanyId company, UUID id, ItemDetails details) {
        get(company, id);
        ItemDetails d = check(company, id, details);
        jdbc.sql("""
                UPDATE items SET name = ?, sku = ?, description = ?, kind = ?, unit_price = ?, category_id = ?, taxable = ?,
                  updated_at = ? WHERE company_id = ? AND id = ?""")
                .params(d.name(), d.sku(), d.description(), d.kind().name(), d.unitPrice(), d.categoryId(), d.taxable().booleanValue(),
                        Instant.now(), company.value(), id)
                .update();
        events.publishEvent(new ItemChanged(company, id, d.name()));
        return get(company, id);
    }

    /** Sets whether the item can be sold; past invoices keep it either way. Idempotent. */
    @Transactional
    public Item setActive(CompanyId company, UUID id, boolean active) {
        Item item = get(company, id);
        if (item.active() != active) {
            jdbc.sql("UPDATE items SET active = ?, updated_at = ? WHERE company_id = ? AND id = ?")
                    .params(active, Instant.now(), company.value(), id).update();
            events.publishEvent(new ItemChanged(company, id, item.name()));
        }
        return get(company, id);
    }

    /** Creates a category; the name must be new to the company. */
    @Transactional
    public ItemCategory createCategory(CompanyId company, String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            throw new InvalidRequest("name", "is required");
        }
        if (n.length() > 100) {
            throw new InvalidRequest("name", "size must be between 0 and 100");
        }
        if (categories(company).stream().anyMatch(c -> c.name().equalsIgnoreCase(n))) {
            throw new InvalidRequest("name", "is already the name of a category");
        }
        ItemCategory category = new ItemCategory(UUID.randomUUID(), n);
        jdbc.sql("INSERT INTO item_categories (id, company_id, name) VALUES (?, ?, ?)")
                .params(category.id(), company.value(), category.name()).update();
        return category;
    }

    /** The company's categories, by name. */
    public List<ItemCategory> categories(CompanyId company) {
        return jdbc.sql("SELECT id, name FROM item_categories WHERE company_id = ? ORDER BY LOWER(name), id")
                .param(company.value())
                .query((rs, row) -> new ItemCategory(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** Deletes a category no item uses; refused naming {@code categoryId} otherwise. */
    @Transactional
    public void deleteCategory(CompanyId company, UUID id) {
        if (categories(company).stream().noneMatch(c -> c.id().equals(id))) {
            throw new RecordNotFound("Item category", id);
        }
        long used = jdbc.sql("SELECT COUNT(*) FROM items WHERE company_id = ? AND category_id = ?")
                .params(company.value(), id).query(Long.class).single();
        if (used > 0) {
            throw new InvalidRequest("categoryId", "is used by " + used + (used == 1 ? " item" : " items"));
        }
        jdbc.sql("DELETE FROM item_categories WHERE company_id = ? AND id = ?").params(company.value(), id).update();
    }

    /** Validates and normalizes the details, including the rules that need the database. */
    private ItemDetails check(CompanyId company, UUID itemId, ItemDetails details) {
        List<FieldError> errors = new ArrayList<>(validator.validate(details).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
        if (details.categoryId() != null && categories(company).stream().noneMatch(c -> c.id().equals(details.categoryId()))) {
            errors.add(new FieldError("categoryId", "is not a category of this company"));
        }
        String sku = details.sku() == null || details.sku().isBlank() ? null : details.sku().trim();
        if (sku != null && jdbc.sql("SELECT COUNT(*) FROM items WHERE company_id = ? AND sku = ? AND id <> ?")
                .params(company.value(), sku, itemId == null ? new UUID(0, 0) : itemId).query(Long.class).single() > 0) {
            errors.add(new FieldError("sku", "is already used by another item"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors.stream().sorted(Comparator.comparing(FieldError::field)).toList());
        }
        return details.normalized();
    }

    private static Item map(ResultSet rs, int row) throws SQLException {
        return new Item(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("sku"),
                rs.getString("description"), ItemKind.valueOf(rs.getString("kind")), rs.getBigDecimal("unit_price"),
                rs.getObject("category_id", UUID.class), rs.getString("category_name"), rs.getBoolean("taxable"),
                rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
