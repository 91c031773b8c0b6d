package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.integrations.AccessToken;
import dev.cove.integrations.quickbooks.QuickBooksFault.Kind;

/** The client against the QuickBooks sandbox mounted in the app, over real HTTP. */
@IntegrationTest
class QuickBooksClientIntegrationTest {

    @Autowired
    QuickBooksClient client;

    @Autowired
    TestCompanies companies;

    SandboxRealms sandbox;
    String realm;
    AccessToken token;

    @BeforeEach
    void connect() {
        sandbox = new SandboxRealms(companies.baseUrl());
        realm = sandbox.openCompany("US");
        token = sandbox.connect(realm);
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults("{}");
    }

    private static QboCustomer named(String name) {
        return new QboCustomer(null, null, name, null, null, null, null, null, null, null, null, null, null);
    }

    private static String rid() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aDuplicateDisplayNameIsPermanentWithTheProvidersMessage() {
        QboCustomer created = client.create(token, QuickBooksEntity.CUSTOMER, named("Maria Lopez"), rid());

        QuickBooksFault fault = catchThrowableOfType(QuickBooksFault.class,
                () -> client.create(token, QuickBooksEntity.CUSTOMER, named("maria lopez "), rid()));

        assertThat(created.id()).isNotBlank();
        assertThat(created.syncToken()).isEqualTo("0");
        assertThat(fault.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(fault.status()).isEqualTo(400);
        assertThat(fault.code()).isEqualTo("6240");
        assertThat(fault.duplicateName()).isTrue();
        assertThat(fault.getMessage()).isEqualTo("Duplicate Name Exists Error");
        assertThat(fault.detail()).contains("already using this name");
    }

    @Test
    void aStaleSyncTokenIs5010AndARereadFixesIt() {
        QboCustomer created = client.create(token, QuickBooksEntity.CUSTOMER, named("Oakwood HOA"), rid());
        QboCustomer changes = new QboCustomer(null, null, null, null, null, "Oakwood Homeowners", null, null, null,
                null, null, null, null);
        QboCustomer updated = client.sparseUpdate(token, QuickBooksEntity.CUSTOMER, created.id(), created.syncToken(),
                changes, rid());

        QuickBooksFault stale = catchThrowableOfType(QuickBooksFault.class, () -> client.sparseUpdate(token,
                QuickBooksEntity.CUSTOMER, created.id(), created.syncToken(), changes, rid()));
        QboCustomer current = client.read(token, QuickBooksEntity.CUSTOMER, created.id());
        QboCustomer retried = client.sparseUpdate(token, QuickBooksEntity.CUSTOMER, created.id(), current.syncToken(),
                new QboCustomer(null, null, null, null, null, null, new QboEmail("hoa@example.com"), null, null, null,
                        null, null, null), rid());

        assertThat(updated.syncToken()).isEqualTo("1");
        assertThat(updated.displayName()).as("sparse keeps what was not sent").isEqualTo("Oakwood HOA");
        assertThat(stale.staleObject()).isTrue();
        assertThat(stale.code()).isEqualTo("5010");
        assertThat(stale.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(retried.syncToken()).isEqualTo("2");
        assertThat(retried.companyName()).isEqualTo("Oakwood Homeowners");
        assertThat(retried.primaryEmailAddr().address()).isEqualTo("hoa@example.com");
    }

    @Test
    void aReplayedRequestIdCreatesOneRecordEvenAfterALostResponse() {
        String requestId = rid();
        sandbox.faults("{\"lostResponseRate\":1.0,\"companyId\":\"" + realm + "\"}");

        QuickBooksFault lost = catchThrowableOfType(QuickBooksFault.class,
                () -> client.create(token, QuickBooksEntity.CUSTOMER, named("Sunset Villas"), requestId));
        sandbox.faults("{}");
        QboCustomer retried = client.create(token, QuickBooksEntity.CUSTOMER, named("Sunset Villas"), requestId);
        QboCustomer again = client.create(token, QuickBooksEntity.CUSTOMER, named("Sunset Villas"), requestId);

        assertThat(lost.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(lost.status()).isZero();
        assertThat(again.id()).isEqualTo(retried.id());
        assertThat(sandbox.records(realm, "Customer")).hasSize(1);
        assertThatThrownBy(() -> client.create(token, QuickBooksEntity.CUSTOMER, named("X"), "r".repeat(51)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void batchesOfThirtyAnswerPerItemAndQueriesPageThroughThem() {
        List<BatchOperation> thirty = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            thirty.add(BatchOperation.create("c" + i, QuickBooksEntity.CUSTOMER, named("Pool owner " + i)));
        }
        List<BatchItemResult> first = client.batch(token, thirty, rid());
        List<BatchItemResult> second = client.batch(token, List.of(
                BatchOperation.create("a", QuickBooksEntity.CUSTOMER, named("O'Brien's Pools")),
                BatchOperation.create("b", QuickBooksEntity.CUSTOMER, named("Pool owner 7")),
                BatchOperation.create("c", QuickBooksEntity.CUSTOMER, named("Pool owner 31"))), rid());

        assertThat(first).hasSize(30).allMatch(BatchItemResult::succeeded);
        assertThat(first.get(29).batchId()).isEqualTo("c30");
        assertThat(first.get(29).record(QuickBooksEntity.CUSTOMER).orElseThrow().displayName()).isEqualTo("Pool owner 30");
        assertThat(second).extracting(BatchItemResult::succeeded).containsExactly(true, false, true);
        assertThat(second.get(1).fault().code()).isEqualTo("6240");
        assertThat(second.get(1).fault().kind()).isEqualTo(Kind.PERMANENT);
        List<BatchOperation> thirtyOne = new ArrayList<>(thirty);
        thirtyOne.add(BatchOperation.create("c31", QuickBooksEntity.CUSTOMER, named("One too many")));
        assertThatThrownBy(() -> client.batch(token, thirtyOne, rid())).isInstanceOf(IllegalArgumentException.class);

        QueryPage<QboCustomer> page = client.query(token, QuickBooksEntity.CUSTOMER, null, 1, 10);
        List<QboCustomer> all = client.queryAll(token, QuickBooksEntity.CUSTOMER, null, 10);
        List<QboCustomer> quoted = client.queryAll(token, QuickBooksEntity.CUSTOMER,
                QuickBooksQuery.equalTo("DisplayName", "O'Brien's Pools"), 10);

        assertThat(page.records()).hasSize(10);
        assertThat(page.mayHaveMore()).isTrue();
        assertThat(all).hasSize(32);
        assertThat(new HashSet<>(all.stream().map(QboCustomer::id).toList())).hasSize(32);
        assertThat(quoted).singleElement().extracting(QboCustomer::displayName).isEqualTo("O'Brien's Pools");
    }

    @Test
    void inactiveCustomersOnlyShowWhenAskedFor() {
        QboCustomer created = client.create(token, QuickBooksEntity.CUSTOMER, named("Gone Pools"), rid());
        client.sparseUpdate(token, QuickBooksEntity.CUSTOMER, created.id(), created.syncToken(),
                new QboCustomer(null, null, null, null, null, null, null, null, null, null, false, null, null), rid());

        assertThat(client.queryAll(token, QuickBooksEntity.CUSTOMER, null, 100)).isEmpty();
        assertThat(client.queryAll(token, QuickBooksEntity.CUSTOMER, QuickBooksQuery.activeOrNot(), 100))
            .singleElement().satisfies(c -> assertThat(c.activeInQuickBooks()).isFalse());
    }

    @Test
    void aThrottleIsTransientWithRetryAfter() {
        sandbox.faults("{\"throttleBurst\":1,\"companyId\":\"" + realm + "\"}");

        QuickBooksFault throttled = catchThrowableOfType(QuickBooksFault.class, () -> client.companyInfo(token));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("3001");
        assertThat(throttled.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(throttled.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(client.companyInfo(token).usTaxModel()).as("the burst is over").isTrue();
    }

    @Test
    void aTimeoutIsTransient() {
        QuickBooksClient impatient = new QuickBooksClient(new QuickBooksSettings(null, Duration.ofSeconds(2),
                Duration.ofMillis(500), "75", Duration.ofSeconds(60), 30),
                token -> URI.create(companies.baseUrl() + "/sandbox/quickbooks"));
        sandbox.faults("{\"timeoutRate\":1.0,\"timeoutMs\":1500,\"companyId\":\"" + realm + "\"}");

        QuickBooksFault timeout = catchThrowableOfType(QuickBooksFault.class, () -> impatient.preferences(token));

        assertThat(timeout.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(timeout.status()).isZero();
    }

    @Test
    void aRevokedTokenOrAnotherRealmNeedsReconnect() {
        AccessToken otherRealm = new AccessToken(token.value(), sandbox.openCompany("US"), token.expiresAt());
        QuickBooksFault forbidden = catchThrowableOfType(QuickBooksFault.class, () -> client.companyInfo(otherRealm));
        sandbox.revoke(token);

        QuickBooksFault revoked = catchThrowableOfType(QuickBooksFault.class,
                () -> client.read(token, QuickBooksEntity.CUSTOMER, "1"));

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("3100");
        assertThat(forbidden.kind()).isEqualTo(Kind.NEEDS_RECONNECT);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.code()).isEqualTo("3200");
        assertThat(revoked.kind()).isEqualTo(Kind.NEEDS_RECONNECT);
    }

    @Test
    void readsTheCompanysReferenceData() {
        assertThat(client.companyInfo(token).country()).isEqualTo("US");
        assertThat(client.preferences(token).automatedSalesTax()).isFalse();
        assertThat(client.queryAll(token, QuickBooksEntity.ACCOUNT, QuickBooksQuery.equalTo("AccountType", "Bank"), 100))
            .extracting(QboAccount::name).containsExactlyInAnyOrder("Business Checking", "Business Savings");
        assertThat(client.queryAll(token, QuickBooksEntity.TAX_CODE, null, 100)).extracting(QboTaxCode::name)
            .contains("TAX", "NON");
        assertThat(client.queryAll(token, QuickBooksEntity.TAX_RATE, null, 100)).extracting(QboTaxRate::rateValue)
            .anySatisfy(rate -> assertThat(rate).isEqualByComparingTo("6"));
        assertThat(client.queryAll(token, QuickBooksEntity.TERM, null, 100)).extracting(QboTerm::name).contains("Net 30");
        assertThat(client.queryAll(token, QuickBooksEntity.PAYMENT_METHOD, null, 100)).extracting(QboPaymentMethod::name)
            .contains("Check", "Credit Card");
    }
}
