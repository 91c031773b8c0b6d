package dev.cove.integrations.sync;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.cove.integrations.Provider;
import dev.cove.shared.RecordNotFound;

/** The adapters present in this application, one per provider at most. */
@Component
class SyncAdapters {

    private final Map<Provider, SyncAdapter> byProvider = new EnumMap<>(Provider.class);

    SyncAdapters(List<SyncAdapter> adapters) {
        for (SyncAdapter adapter : adapters) {
            if (byProvider.putIfAbsent(adapter.provider(), adapter) != null) {
                throw new IllegalStateException("Two sync adapters for " + adapter.provider());
            }
        }
    }

    Optional<SyncAdapter> of(Provider provider) {
        return Optional.ofNullable(byProvider.get(provider));
    }

    SyncAdapter require(Provider provider) {
        return of(provider).orElseThrow(() -> new IllegalArgumentException(provider.displayName() + " does not sync records"));
    }

    /** The provider a URL's slug names, when it syncs records here; else not found (404). */
    Provider syncing(String slug) {
        try {
            Provider provider = Provider.fromSlug(slug);
            require(provider);
            return provider;
        } catch (IllegalArgumentException e) {
            throw new RecordNotFound(e.getMessage());
        }
    }

    Collection<SyncAdapter> all() {
        return byProvider.values();
    }
}
