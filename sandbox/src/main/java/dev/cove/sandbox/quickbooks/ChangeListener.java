package dev.cove.sandbox.quickbooks;

/** Told about every committed change, for webhooks. Called while the company is locked: must not block. */
interface ChangeListener {

    /** @param operation QBO's operation name: Create, Update, Delete or Void */
    void changed(String realmId, EntityType type, String id, String operation, String lastUpdated);
}
