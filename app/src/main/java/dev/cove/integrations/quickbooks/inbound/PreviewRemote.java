package dev.cove.integrations.quickbooks.inbound;

/** A QuickBooks customer or item as read for the preview, so the person can link to any of them. */
record PreviewRemote(String type, String id, String name, boolean active, String syncToken) {
}
