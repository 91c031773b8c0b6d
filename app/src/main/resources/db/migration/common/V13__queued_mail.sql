-- Mail is queued in the sender's transaction and delivered afterwards (dev.cove.mail.MailDelivery):
-- the log row exists from the start, its status says whether the server has accepted the mail yet.
ALTER TABLE sent_mail ADD COLUMN status VARCHAR(10) DEFAULT 'SENT' NOT NULL;
ALTER TABLE sent_mail ADD COLUMN failure VARCHAR(500);
