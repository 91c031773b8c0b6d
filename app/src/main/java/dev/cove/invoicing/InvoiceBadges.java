package dev.cove.invoicing;

import java.util.List;
import java.util.UUID;

import dev.cove.shared.CompanyId;

/** Implemented by other modules to put badges on the invoice page; never null, empty when none apply. */
public interface InvoiceBadges {

    List<InvoiceBadge> badgesFor(CompanyId company, UUID invoiceId);
}
