package dev.cove.integrations.quickbooks;

/**
 * How the connected company taxes sales, from {@link QboCompanyInfo#usTaxModel()} and
 * {@link QboPreferences#automatedSalesTax()}.
 *
 * @param us                 US model: lines are {@code TAX} or {@code NON}, the rate comes from
 *                           the transaction's tax code; otherwise every line carries a real code
 * @param automatedSalesTax  US automated sales tax: QuickBooks computes tax; Cove passes its tax
 *                           total explicitly so both books agree
 * @param exemptCodeId       non-US only: the code for untaxed lines (e.g. {@code FRE}); null in the US
 */
public record SalesTaxModel(boolean us, boolean automatedSalesTax, String exemptCodeId) {

    public static SalesTaxModel us(boolean automatedSalesTax) {
        return new SalesTaxModel(true, automatedSalesTax, null);
    }

    public static SalesTaxModel perLine(String exemptCodeId) {
        return new SalesTaxModel(false, false, exemptCodeId);
    }
}
