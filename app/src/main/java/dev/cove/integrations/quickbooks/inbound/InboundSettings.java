package dev.cove.integrations.quickbooks.inbound;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.cove.integrations.sync.SyncDirection;

/**
 * Policy of QuickBooks inbound processing, bound from {@code cove.integrations.quickbooks.inbound.*}.
 *
 * @param customers          direction of customers: PULL or BOTH apply QuickBooks changes and create
 *                           customers new to Cove; PUSH ignores them (Cove owns customers)
 * @param items              the same for items
 * @param cdcOverlap         how far before the watermark a catch-up asks again (clock skew, late commits)
 * @param cdcLookBack        the longest window asked of CDC (QuickBooks allows 30 days); beyond it a full
 *                           pull of customers and items
 * @param catchUpEvery       interval of the recurring catch-up of every connection
 * @param lateDelivery       a notification whose change is older than this was retried by QuickBooks:
 *                           something may be missing, so a catch-up follows
 * @param maxNotificationAge a notification whose changes are all older than this is stale: not processed
 *                           (acknowledged, so QuickBooks' queue moves on) and a catch-up follows
 * @param deferredRetry      wait before a change that meets one of Cove's own writes in flight is tried again
 */
@ConfigurationProperties("cove.integrations.quickbooks.inbound")
record InboundSettings(@DefaultValue("BOTH") SyncDirection customers, @DefaultValue("BOTH") SyncDirection items,
        @DefaultValue("PT120S") Duration cdcOverlap, @DefaultValue("P29D") Duration cdcLookBack,
        @DefaultValue("P1D") Duration catchUpEvery, @DefaultValue("PT10M") Duration lateDelivery,
        @DefaultValue("P3D") Duration maxNotificationAge, @DefaultValue("PT15S") Duration deferredRetry) {

    boolean pulls(SyncDirection direction) {
        return direction != SyncDirection.PUSH;
    }
}
