package dev.cove.integrations.quickbooks;

/** The few company preferences the sync needs: automated sales tax and inventory tracking. */
public record QboPreferences(TaxPrefs taxPrefs, ProductAndServicesPrefs productAndServicesPrefs) {

    public record TaxPrefs(Boolean usingSalesTax, Boolean partnerTaxEnabled) {
    }

    public record ProductAndServicesPrefs(Boolean forSales, Boolean quantityOnHand) {
    }

    /** Automated sales tax (US companies since 2017): QuickBooks computes tax itself. */
    public boolean automatedSalesTax() {
        return taxPrefs != null && Boolean.TRUE.equals(taxPrefs.partnerTaxEnabled());
    }

    public boolean tracksInventory() {
        return productAndServicesPrefs != null && Boolean.TRUE.equals(productAndServicesPrefs.quantityOnHand());
    }
}
