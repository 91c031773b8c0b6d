package dev.cove.integrations;

/** Every integration Cove offers, in the order the Integrations page shows them. */
public enum Provider {
    QUICKBOOKS("QuickBooks Online", "quickbooks"),
    XERO("Xero", "xero"),
    STRIPE("Stripe", "stripe"),
    GOOGLE_CALENDAR("Google Calendar", "google-calendar"),
    ZOOM("Zoom", "zoom"),
    GOOGLE_WORKSPACE("Google Workspace", "google-workspace"),
    SMS("SMS", "sms"),
    WEBHOOKS("Webhooks", "webhooks"),
    CLIENT_PORTAL("Client Portal", "client-portal");

    private final String displayName;
    private final String slug;

    Provider(String displayName, String slug) {
        this.displayName = displayName;
        this.slug = slug;
    }

    public String displayName() {
        return displayName;
    }

    /** The provider's name in URLs, e.g. {@code /api/v1/integrations/quickbooks}. */
    public String slug() {
        return slug;
    }

    public static Provider fromSlug(String slug) {
        for (Provider p : values()) {
            if (p.slug.equalsIgnoreCase(slug) || p.name().equalsIgnoreCase(slug)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown integration '" + slug + "'");
    }
}
