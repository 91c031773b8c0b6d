package dev.cove.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

@IntegrationTest
class OutboxIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    Outbox outbox;

    @Autowired
    MailSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailDeliveries deliveries;

    @Test
    void sentMailIsLoggedAndItsCapturedMessageAndAttachmentAreOnTheOutboxPages() {
        TestCompany company = companies.open("Mail Co");
        byte[] pdf = pdf("Invoice 1001: weekly service, 85.00");
        UUID invoiceId = UUID.randomUUID();

        SentMail sent = outbox.send(company.id(), new OutgoingMail("maria@example.com", "Invoice 1001 from Mail Co",
                "Hello Maria,\nyour invoice is attached.", null, new Attachment("invoice-1001.pdf", "application/pdf", pdf),
                "invoice", invoiceId));

        assertThat(sent.messageId()).startsWith("<" + sent.id()).endsWith("@cove.local>");
        assertThat(outbox.recent(company.id(), 10)).containsExactly(sent);
        assertThat(sent.subjectType()).isEqualTo("invoice");
        assertThat(sent.subjectId()).isEqualTo(invoiceId);

        StaffSession staff = StaffSession.signIn(companies.baseUrl(), company.email(), TestCompanies.PASSWORD);
        StaffSession.Page list = staff.get("/mail");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Invoice 1001 from Mail Co", "maria@example.com", "invoice-1001.pdf");

        StaffSession.Page detail = staff.get("/mail/" + sent.id());
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.text()).contains("Message-ID", sent.messageId().replace("<", "&lt;").replace(">", "&gt;"),
                "billing@cove.local", "your invoice is attached.", "/mail/" + sent.id() + "/attachment");

        StaffSession.Page download = staff.get("/mail/" + sent.id() + "/attachment");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("invoice-1001.pdf");
        assertThat(download.body()).isEqualTo(pdf);
    }

    @Test
    void aCompanyCannotListOrOpenAnotherCompanysMail() {
        TestCompany a = companies.open("Mail A");
        TestCompany b = companies.open("Mail B");
        SentMail sent = outbox.send(a.id(), new OutgoingMail("secret@example.com", "A's private mail", "For A only",
                "<p>For A only</p>", new Attachment("a.pdf", "application/pdf", pdf("A")), null, null));

        StaffSession other = StaffSession.signIn(companies.baseUrl(), b.email(), TestCompanies.PASSWORD);
        assertThat(other.get("/mail/" + sent.id()).status()).isEqualTo(404);
        assertThat(other.get("/mail/" + sent.id() + "/attachment").status()).isEqualTo(404);
        StaffSession.Page list = other.get("/mail");
        assertThat(list.text()).doesNotContain("A's private mail").contains("No mail sent yet");
        assertThat(outbox.recent(b.id(), 10)).isEmpty();

        StaffSession owner = StaffSession.signIn(companies.baseUrl(), a.email(), TestCompanies.PASSWORD);
        assertThat(owner.get("/mail/" + sent.id()).status()).isEqualTo(200);
    }

    @Test
    void refusedOrUnreachableServerIsMailNotDeliveredAndNothingIsLogged() throws Exception {
        TestCompany company = companies.open("Offline Co");
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        try (ServerSocket probe = new ServerSocket(0)) {
            unreachable.setPort(probe.getLocalPort());
        }
        Outbox offline = new Outbox(new SmtpConnections(unreachable, settings), settings, jdbc, deliveries);

        assertThatThrownBy(() -> offline.send(company.id(),
                new OutgoingMail("maria@example.com", "Hello", "Hi", null, null, null, null)))
                .isInstanceOf(MailNotDelivered.class).hasMessageContaining("maria@example.com");
        assertThat(outbox.recent(company.id(), 10)).isEmpty();
    }

    @Test
    void queuedMailWhoseContentCannotBeComposedIsRetriedThenLoggedAsFailedWithTheReason() {
        TestCompany company = companies.open("Queue Co");

        SentMail queued = outbox.queue(company.id(), new QueuedMail("maria@example.com", "Nobody composes this", null,
                "no-such-subject", UUID.randomUUID()));

        assertThat(queued.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(outbox.recent(company.id(), 10)).extracting(SentMail::id).containsExactly(queued.id());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(outbox.get(company.id(), queued.id()).status()).isEqualTo(MailStatus.FAILED));
        assertThat(outbox.get(company.id(), queued.id()).failure()).contains("no-such-subject");
        StaffSession staff = StaffSession.signIn(companies.baseUrl(), company.email(), TestCompanies.PASSWORD);
        assertThat(staff.get("/mail").text()).contains("Failed");
        assertThat(staff.get("/mail/" + queued.id()).text()).contains("Not delivered");
    }

    /**
     * A one-page PDF with the text. Hand-written because OpenPDF 2.4 is compiled for Java 21 and
     * this project compiles for 17; byte-for-byte round trips are what the test checks.
     */
    static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }
}
