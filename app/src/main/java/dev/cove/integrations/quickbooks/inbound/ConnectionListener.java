package dev.cove.integrations.quickbooks.inbound;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.cove.integrations.ConnectionActivated;
import dev.cove.integrations.Provider;

/**
 * A first connection (or one to another realm) gets a preview before anything is pushed; a reconnect
 * to the same realm gets a catch-up for what happened while it was away. Synchronous, so the preview
 * state and its task commit with the connection itself: no push can slip in before it.
 */
@Component
class ConnectionListener {

    private final QuickBooksPreview preview;
    private final InboundTasks tasks;

    ConnectionListener(QuickBooksPreview preview, InboundTasks tasks) {
        this.preview = preview;
        this.tasks = tasks;
    }

    @EventListener
    void on(ConnectionActivated e) {
        if (e.provider() != Provider.QUICKBOOKS) {
            return;
        }
        if (e.reconnected()) {
            tasks.catchUp(e.companyId());
            return;
        }
        preview.begin(e.companyId(), e.accountId());
        tasks.preview(e.companyId());
    }
}
