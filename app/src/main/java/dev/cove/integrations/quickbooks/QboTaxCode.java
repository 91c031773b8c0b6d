package dev.cove.integrations.quickbooks;

/** A QuickBooks TaxCode (read only): {@code TAX}/{@code NON} or a group in the US, GST/FRE... elsewhere. */
public record QboTaxCode(String id, String name, String description, Boolean taxable, Boolean taxGroup,
        Boolean active) {
}
