package dev.cove.integrations.quickbooks;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.cove.customers.Customer;
import dev.cove.invoicing.Invoice;
import dev.cove.items.Item;
import dev.cove.payments.Payment;
import dev.cove.payments.Refund;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body the engine stores and hashes for one QuickBooks write: the Cove facts the mapping needs,
 * trimmed of what never leaves Cove (notes, language, paid amounts, timestamps), plus the settings
 * version so a changed mapping is pushed again. One of the records is set. The push maps it with the
 * settings and links current at that moment.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OutboundSnapshot(long settings, Customer customer, Item item, Invoice invoice, Payment payment, Refund refund,
        Long invoiceNumber, UUID customerId, UUID itemId) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String write() {
        return JSON.writeValueAsString(this);
    }

    static OutboundSnapshot read(String body) {
        return JSON.readValue(body, OutboundSnapshot.class);
    }
}
