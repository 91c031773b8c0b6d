package dev.cove.invoicing;

import java.net.URI;
import java.util.Optional;

import dev.cove.shared.CompanyId;

/**
 * Where a customer can pay an invoice online. A payments integration provides one; without it
 * invoices carry no "Pay now" link.
 */
public interface PayNowLinks {

    /** A link for the invoice's open balance, or empty when online payment is not available. */
    Optional<URI> linkFor(CompanyId company, Invoice invoice);
}
