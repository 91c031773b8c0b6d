package dev.cove.sales;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;
import dev.cove.shared.RecordNotFound;

/**
 * The quotes of each company, scoped to the caller's company: a quote of another company is
 * {@link RecordNotFound}. Invalid details are refused with an {@link InvalidRequest} listing every
 * offending field, and nothing is written. Accepting publishes {@link QuoteAccepted} in the same
 * transaction, once.
 */
@Service
public class Quotes {

    private static final String COLUMNS = "id, customer_id, title, status, total, created_at, accepted_at";

    private final JdbcClient jdbc;
    private final QuoteRules rules;
    private final ApplicationEventPublisher events;

    Quotes(JdbcClient jdbc, QuoteRules rules, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.events = events;
    }

    /** Creates a draft quote; amounts and total are computed here, never taken from the caller. */
    @Transactional
    public Quote create(CompanyId company, QuoteDetails details) {
        List<FieldError> errors = rules.check(company, details);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        UUID id = UUID.randomUUID();
        BigDecimal total = details.lines().stream().map(QuoteLineDetails::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        jdbc.sql("INSERT INTO quotes (company_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(company.value(), id, details.customerId(), details.title().trim(), QuoteStatus.DRAFT.name(), total,
                        Instant.now(), null)
                .update();
        int position = 0;
        for (QuoteLineDetails line : details.lines()) {
            jdbc.sql("""
                    INSERT INTO quote_lines (id, company_id, quote_id, position, description, quantity, unit_price, amount, item_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), company.value(), id, position++, line.description().trim(), line.quantity(),
                            line.unitPrice(), line.amount(), line.itemId())
                    .update();
        }
        return get(company, id);
    }

    /** Accepts a draft or sent quote. Accepting an accepted or declined quote is {@link BusinessRuleViolated}. */
    @Transactional
    public Quote accept(CompanyId company, UUID id) {
        Quote quote = get(company, id);
        Instant now = Instant.now();
        int updated = jdbc.sql("UPDATE quotes SET status = ?, accepted_at = ? WHERE company_id = ? AND id = ? AND status IN (?, ?)")
                .params(QuoteStatus.ACCEPTED.name(), now, company.value(), id, QuoteStatus.DRAFT.name(),
                        QuoteStatus.SENT.name())
                .update();
        if (updated != 1) {
            throw new BusinessRuleViolated("status", "Quote " + id + " is already " + get(company, id).status().name()
                    .toLowerCase() + " and cannot be accepted");
        }
        events.publishEvent(new QuoteAccepted(company, id, quote.customerId(), quote.title(), quote.total(), now));
        return get(company, id);
    }

    public Quote get(CompanyId company, UUID id) {
        return find(company, id).orElseThrow(() -> new RecordNotFound("Quote", id));
    }

    public Optional<Quote> find(CompanyId company, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM quotes WHERE company_id = ? AND id = ?")
                .params(company.value(), id).query(Header::map).optional()
                .map(h -> h.with(lines(company, List.of(id)).getOrDefault(id, List.of())));
    }

    /** Newest first, each with its lines; {@code customerId} may be null for every customer. */
    public PageResult<Quote> list(CompanyId company, UUID customerId, PageRequest page) {
        String where = " WHERE company_id = :company" + (customerId == null ? "" : " AND customer_id = :customer");
        long total = jdbc.sql("SELECT COUNT(*) FROM quotes" + where)
                .param("company", company.value()).param("customer", customerId).query(Long.class).single();
        List<Header> headers = jdbc.sql("SELECT " + COLUMNS + " FROM quotes" + where
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("company", company.value()).param("customer", customerId)
                .param("limit", page.size()).param("offset", page.offset())
                .query(Header::map).list();
        Map<UUID, List<QuoteLine>> lines = lines(company, headers.stream().map(Header::id).toList());
        return new PageResult<>(headers.stream().map(h -> h.with(lines.getOrDefault(h.id(), List.of()))).toList(),
                page.page(), page.size(), total);
    }

    private Map<UUID, List<QuoteLine>> lines(CompanyId company, List<UUID> quoteIds) {
        if (quoteIds.isEmpty()) {
            return Map.of();
        }
        record Row(UUID quoteId, QuoteLine line) {
        }
        return jdbc.sql("""
                SELECT quote_id, description, quantity, unit_price, amount, item_id FROM quote_lines
                WHERE company_id = :company AND quote_id IN (:ids) ORDER BY quote_id, position""")
                .param("company", company.value()).param("ids", quoteIds)
                .query((rs, row) -> new Row(rs.getObject("quote_id", UUID.class), new QuoteLine(rs.getString("description"),
                        plain(rs.getBigDecimal("quantity")), rs.getBigDecimal("unit_price"), rs.getBigDecimal("amount"),
                        rs.getObject("item_id", UUID.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::quoteId, Collectors.mapping(Row::line, Collectors.toList())));
    }

    /** 3.000 reads back as 3 and 2.500 as 2.5, never in exponent notation. */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private record Header(UUID id, UUID customerId, String title, QuoteStatus status, BigDecimal total, Instant createdAt,
            Instant acceptedAt) {

        Quote with(List<QuoteLine> lines) {
            return new Quote(id, customerId, title, status, lines, total, createdAt, acceptedAt);
        }

        static Header map(ResultSet rs, int row) throws SQLException {
            java.sql.Timestamp accepted = rs.getTimestamp("accepted_at");
            return new Header(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                    rs.getString("title"), QuoteStatus.valueOf(rs.getString("status")), rs.getBigDecimal("total"),
                    rs.getTimestamp("created_at").toInstant(), accepted == null ? null : accepted.toInstant());
        }
    }
}
