package dev.cove.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail as the embedded SMTP server received it: its headers, text body and (first) attachment,
 * read from the MIME message itself rather than from what Cove meant to send.
 */
record CapturedMail(List<MailHeader> headers, String textBody, String htmlBody, CapturedAttachment attachment) {

    record MailHeader(String name, String value) {
    }

    record CapturedAttachment(String filename, String contentType, byte[] content) {
    }

    static CapturedMail of(MimeMessage message) {
        try {
            Walk walk = new Walk();
            walk.visit(message);
            return new CapturedMail(Collections.list(message.getAllHeaders()).stream()
                    .map(h -> new MailHeader(h.getName(), h.getValue())).toList(), walk.text, walk.html, walk.attachment);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The captured mail cannot be read: " + e.getMessage(), e);
        }
    }

    /** Depth-first over the MIME tree: first text/plain, first text/html, first attached file. */
    private static final class Walk {
        String text;
        String html;
        CapturedAttachment attachment;

        void visit(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    visit(multipart.getBodyPart(i));
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                if (attachment == null) {
                    try (InputStream in = part.getInputStream()) {
                        attachment = new CapturedAttachment(part.getFileName(),
                                new ContentType(part.getContentType()).getBaseType(), in.readAllBytes());
                    }
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            }
        }
    }
}
