package dev.cove.mail;

/** A file sent with a mail, e.g. an invoice PDF ({@code application/pdf}). */
public record Attachment(String filename, String contentType, byte[] content) {
}
