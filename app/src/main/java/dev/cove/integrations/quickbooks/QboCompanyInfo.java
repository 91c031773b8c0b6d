package dev.cove.integrations.quickbooks;

/** Who the connected company is; {@code country} decides the tax model ({@code US} or not). */
public record QboCompanyInfo(String id, String companyName, String legalName, String country) {

    public boolean usTaxModel() {
        return "US".equalsIgnoreCase(country);
    }
}
