package dev.cove.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.cove.shared.CompanyId;
import dev.cove.shared.PageRequest;
import dev.cove.shared.RecordNotFound;

/** The customers repository alone, on an embedded database with the real migrations. */
@JdbcTest
@Import({Customers.class, Visits.class})
@RecordApplicationEvents
class CustomersJdbcTest {

    @Autowired
    Customers customers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    CompanyId company;
    CompanyId other;

    @BeforeEach
    void companies() {
        company = company("Mine");
        other = company("Theirs");
    }

    @Test
    void searchMatchesNameCompanyEmailAndPhoneWithinTheCompanyOnly() {
        customers.create(company, details("Maria Lopez", "maria@example.com"));
        customers.create(company, details("Oakwood HOA", "board@oakwood.example"));
        customers.create(other, details("Maria Lopez", "maria@elsewhere.example"));

        assertThat(customers.list(company, "LOPEZ", false, new PageRequest(0, 10)).items())
                .extracting(Customer::email).containsExactly("maria@example.com");
        assertThat(customers.list(company, "oakwood.example", false, new PageRequest(0, 10)).total()).isEqualTo(1);
        assertThat(customers.list(company, "100%", false, new PageRequest(0, 10)).total()).isZero();
        assertThat(customers.list(company, null, false, new PageRequest(0, 1)).total()).isEqualTo(2);
    }

    @Test
    void deactivationIsPublishedOnceAndHidesTheCustomerFromTheDefaultList() {
        Customer customer = customers.create(company, details("Sunset Villas", null));

        customers.deactivate(company, customer.id());
        customers.deactivate(company, customer.id());

        assertThat(events.stream(CustomerDeactivated.class)).hasSize(1);
        assertThat(customers.list(company, null, false, new PageRequest(0, 10)).total()).isZero();
        assertThat(customers.list(company, null, true, new PageRequest(0, 10)).total()).isEqualTo(1);
    }

    @Test
    void anotherCompanysCustomerIsNotFound() {
        Customer theirs = customers.create(other, details("Private", null));
        assertThatThrownBy(() -> customers.get(company, theirs.id())).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> customers.update(company, theirs.id(), details("Mine now", null)))
                .isInstanceOf(RecordNotFound.class);
        assertThat(customers.get(other, theirs.id()).displayName()).isEqualTo("Private");
    }

    private CompanyId company(String name) {
        CompanyId id = new CompanyId(UUID.randomUUID());
        jdbc.sql("INSERT INTO companies (id, name, currency, created_at) VALUES (?, ?, 'USD', ?)")
                .params(id.value(), name, java.sql.Timestamp.from(Instant.now())).update();
        return id;
    }

    private static CustomerDetails details(String name, String email) {
        return new CustomerDetails(name, null, email, null, Address.EMPTY, null, null);
    }
}
