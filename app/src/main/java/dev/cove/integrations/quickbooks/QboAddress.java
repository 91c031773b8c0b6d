package dev.cove.integrations.quickbooks;

/** {@code BillAddr} / {@code ShipAddr}; {@code countrySubDivisionCode} is the state or region. */
public record QboAddress(String id, String line1, String line2, String city, String countrySubDivisionCode,
        String postalCode, String country) {
}
