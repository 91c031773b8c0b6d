package dev.cove.integrations.quickbooks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.cove.integrations.ConnectionActivated;
import dev.cove.integrations.Provider;
import dev.cove.integrations.TokenVault;

/**
 * After QuickBooks is connected (off the request thread, after the commit), reads the realm's lists
 * so the settings page can offer them and empty settings get the realm's defaults. A failure here is
 * harmless: the first push reads the realm again.
 */
@Component
class QuickBooksConnected {

    private static final Logger LOG = LoggerFactory.getLogger(QuickBooksConnected.class);

    private final RealmCatalogue catalogue;
    private final TokenVault vault;

    QuickBooksConnected(RealmCatalogue catalogue, TokenVault vault) {
        this.catalogue = catalogue;
        this.vault = vault;
    }

    @ApplicationModuleListener
    void on(ConnectionActivated activated) {
        if (activated.provider() != Provider.QUICKBOOKS) {
            return;
        }
        try {
            catalogue.refresh(activated.companyId(), vault.accessToken(activated.companyId(), Provider.QUICKBOOKS));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the QuickBooks realm of {} yet: {}", activated.companyId(), e.toString());
        }
    }
}
