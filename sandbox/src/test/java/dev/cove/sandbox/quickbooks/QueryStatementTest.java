package dev.cove.sandbox.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class QueryStatementTest {

    @Test
    void parsesConditionsOrderingAndPaging() {
        QueryStatement query = QueryStatement.parse("SELECT * FROM Invoice WHERE CustomerRef IN ('1', '2') "
                + "AND Metadata.LastUpdatedTime > '2026-01-01T00:00:00-08:00' AND DocNumber LIKE '10%' "
                + "ORDERBY TxnDate DESC STARTPOSITION 11 MAXRESULTS 10");

        assertThat(query.entity()).isEqualTo(EntityType.Invoice);
        assertThat(query.count()).isFalse();
        assertThat(query.conditions()).containsExactly(
                new QueryStatement.Condition("CustomerRef", "IN", List.of("1", "2")),
                new QueryStatement.Condition("Metadata.LastUpdatedTime", ">", List.of("2026-01-01T00:00:00-08:00")),
                new QueryStatement.Condition("DocNumber", "LIKE", List.of("10%")));
        assertThat(query.orderBy()).isEqualTo("TxnDate");
        assertThat(query.descending()).isTrue();
        assertThat(query.startPosition()).isEqualTo(11);
        assertThat(query.maxResults()).isEqualTo(10);
    }

    @Test
    void keepsEscapedQuotesInsideStrings() {
        QueryStatement query = QueryStatement.parse("select count(*) from Customer where DisplayName = 'O\\'Brien Pools'");

        assertThat(query.count()).isTrue();
        assertThat(query.conditions().get(0).values()).containsExactly("O'Brien Pools");
    }

    @Test
    void refusesWhatQuickBooksRefuses() {
        for (String refused : List.of("select * from Customer where Active = true or Active = false",
                "select DisplayName from Customer", "select * from Vendorz", "select * from Customer group by Active")) {
            assertThatThrownBy(() -> QueryStatement.parse(refused)).isInstanceOf(QuickBooksFault.class)
                .satisfies(e -> assertThat(((QuickBooksFault) e).code).isEqualTo("4000"));
        }
    }
}
