package dev.cove.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

class CapturedMailTest {

    @Test
    void readsTextHtmlAndAttachmentFromTheMimeTree() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("billing@cove.local");
        helper.setTo("maria@example.com");
        helper.setSubject("Invoice");
        helper.setText("Plain words", "<p>Html words</p>");
        byte[] content = "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII);
        helper.addAttachment("facture été.pdf", new ByteArrayResource(content), "application/pdf");
        message.saveChanges();

        CapturedMail captured = CapturedMail.of(message);

        assertThat(captured.textBody()).isEqualTo("Plain words");
        assertThat(captured.htmlBody()).isEqualTo("<p>Html words</p>");
        assertThat(captured.attachment().filename()).isEqualTo("facture été.pdf");
        assertThat(captured.attachment().contentType()).isEqualTo("application/pdf");
        assertThat(captured.attachment().content()).isEqualTo(content);
        assertThat(captured.headers()).extracting(CapturedMail.MailHeader::name).contains("Subject", "To", "From");
    }

    @Test
    void aSinglePartMailHasNoAttachment() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        new MimeMessageHelper(message, false, "UTF-8").setText("Only text");
        message.saveChanges();

        CapturedMail captured = CapturedMail.of(message);

        assertThat(captured.textBody()).isEqualTo("Only text");
        assertThat(captured.attachment()).isNull();
    }
}
