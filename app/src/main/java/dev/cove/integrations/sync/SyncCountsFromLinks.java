package dev.cove.integrations.sync;

import org.springframework.stereotype.Component;

import dev.cove.integrations.Provider;
import dev.cove.integrations.SyncCounts;
import dev.cove.shared.CompanyId;

/** {@link SyncCounts} read from the link table. */
@Component
class SyncCountsFromLinks implements SyncCounts {

    private final SyncLinks links;

    SyncCountsFromLinks(SyncLinks links) {
        this.links = links;
    }

    @Override
    public Summary summary(CompanyId company, Provider provider) {
        return links.summary(company, provider);
    }
}
