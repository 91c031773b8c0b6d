package dev.cove.integrations.quickbooks;

import java.util.ArrayList;
import java.util.List;

import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.InvoiceLine;

/**
 * Cove invoices to QuickBooks invoices: one sales line per Cove line (a visit or an item) with its
 * service date, a short description, quantity, unit price, amount and item; {@code DocNumber} is
 * the Cove number. Tax follows the company's model: in the US lines are {@code TAX}/{@code NON} and
 * {@code TxnTaxDetail} carries the mapped code (or, under automated sales tax, Cove's tax total);
 * elsewhere every line carries the mapped code or the exempt code, tax excluded. Visit readings,
 * photos and notes and the invoice's notes are not sent.
 */
public final class InvoiceMapping {

    static final int MAX_DESCRIPTION = 4000;

    private InvoiceMapping() {
    }

    public static QboInvoice toQuickBooks(Invoice invoice, InvoiceReferences refs) {
        if (refs.customerId() == null) {
            throw new MappingIncomplete("The customer " + invoice.customerName() + " is not in QuickBooks yet");
        }
        SalesTaxModel tax = refs.tax();
        boolean taxed = invoice.taxRateId() != null && invoice.lines().stream().anyMatch(InvoiceLine::taxable);
        if (taxed && refs.taxCodeId() == null && !(tax.us() && tax.automatedSalesTax())) {
            throw new MappingIncomplete("Map the tax rate of invoice " + invoice.number() + " to a QuickBooks tax code");
        }
        List<QboLine> lines = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            String itemId = line.itemId() == null ? null : refs.itemIds().get(line.itemId());
            if (itemId == null) {
                itemId = refs.defaultItemId();
            }
            if (itemId == null) {
                throw new MappingIncomplete("Line " + line.position() + " of invoice " + invoice.number()
                        + " has an item that is not in QuickBooks yet");
            }
            lines.add(QboLine.salesItem(line.amount(), Names.truncate(line.description(), MAX_DESCRIPTION),
                    new QboSalesItemLineDetail(QboRef.to(itemId), line.quantity(), line.unitPrice(), line.serviceDate(),
                            QboRef.to(lineTaxCode(tax, line.taxable() && invoice.taxRateId() != null,
                                    refs.taxCodeId())))));
        }
        QboTxnTaxDetail txnTax = null;
        if (tax.us() && taxed) {
            txnTax = tax.automatedSalesTax() ? new QboTxnTaxDetail(null, invoice.taxTotal())
                    : new QboTxnTaxDetail(QboRef.to(refs.taxCodeId()), null);
        }
        return new QboInvoice(null, null, String.valueOf(invoice.number()), QboRef.to(refs.customerId()),
                invoice.issueDate(), invoice.dueDate(), QboRef.to(refs.termId()), null, lines, txnTax,
                tax.us() ? null : "TaxExcluded", null, null, null, null, null);
    }

    private static String lineTaxCode(SalesTaxModel tax, boolean taxable, String mappedCode) {
        if (tax.us()) {
            return taxable ? "TAX" : "NON";
        }
        String code = taxable ? mappedCode : tax.exemptCodeId();
        if (code == null) {
            throw new MappingIncomplete("Choose the QuickBooks tax code for untaxed lines");
        }
        return code;
    }
}
