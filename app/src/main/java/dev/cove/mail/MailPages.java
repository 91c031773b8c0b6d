package dev.cove.mail;

import java.util.Optional;
import java.util.UUID;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.cove.shared.CompanyId;
import dev.cove.shared.RecordNotFound;

/**
 * The Outbox: the company's sent mail and, when the embedded server captured it, the message as it
 * was received. Only the company's own log entries open a captured message, so one company never
 * sees another's mail even though they share the embedded server.
 */
@Controller
@RequestMapping("/mail")
class MailPages {

    private static final int SHOWN = 200;

    private final Outbox outbox;
    private final ObjectProvider<EmbeddedSmtp> smtp;

    MailPages(Outbox outbox, ObjectProvider<EmbeddedSmtp> smtp) {
        this.outbox = outbox;
        this.smtp = smtp;
    }

    @ModelAttribute("nav")
    String nav() {
        return "mail";
    }

    @ModelAttribute("embedded")
    boolean embedded() {
        return smtp.getIfAvailable() != null;
    }

    @GetMapping
    String list(CompanyId company, Model model) {
        model.addAttribute("mails", outbox.recent(company, SHOWN));
        model.addAttribute("shown", SHOWN);
        return "mail/list";
    }

    @GetMapping("/{id}")
    String show(CompanyId company, @PathVariable UUID id, Model model) {
        SentMail mail = outbox.get(company, id);
        model.addAttribute("mail", mail);
        model.addAttribute("captured", captured(mail).orElse(null));
        return "mail/show";
    }

    @GetMapping("/{id}/attachment")
    ResponseEntity<byte[]> attachment(CompanyId company, @PathVariable UUID id) {
        SentMail mail = outbox.get(company, id);
        CapturedMail.CapturedAttachment file = captured(mail).map(CapturedMail::attachment)
                .orElseThrow(() -> new RecordNotFound("Mail " + id + " has no captured attachment"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .body(file.content());
    }


    private Optional<CapturedMail> captured(SentMail mail) {
        EmbeddedSmtp server = smtp.getIfAvailable();
        return server == null ? Optional.empty() : server.find(mail.messageId()).map(CapturedMail::of);
    }
}
