package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.util.RawValue;

/** A stored batch operation is sent with its record's JSON text exactly as stored. */
class BatchWritesTest {

    static final String RECORD = "{\"CustomerRef\":{\"value\":\"7\"},\"Line\":[{\"Amount\":12.50,\"Description\":"
            + "\"Pool \\\"deep\\\" clean – {façade}\",\"SalesItemLineDetail\":{\"Qty\":1e2}}],\"Empty\":{}}";

    @Test
    void theRecordIsTheStoredTextVerbatimWhateverTheOrderOfTheFields() {
        BatchOperation entityFirst = BatchWrites.stored("3", "{\"entity\":\"Invoice\",\"record\":" + RECORD + "}");
        BatchOperation recordFirst = BatchWrites.stored("4", "{ \"record\" : " + RECORD + " , \"entity\" : \"Customer\" }");

        assertThat(entityFirst.entity()).isEqualTo(QuickBooksEntity.INVOICE);
        assertThat(entityFirst.batchId()).isEqualTo("3");
        assertThat(entityFirst.operation()).isEqualTo("create");
        assertThat(((RawValue) entityFirst.record()).rawValue()).isEqualTo(RECORD);
        assertThat(recordFirst.entity()).isEqualTo(QuickBooksEntity.CUSTOMER);
        assertThat(((RawValue) recordFirst.record()).rawValue()).isEqualTo(RECORD);
    }

    @Test
    void anOperationWithoutAKnownEntityOrARecordIsRefused() {
        assertThatThrownBy(() -> BatchWrites.stored("0", "{\"entity\":\"Vendor\",\"record\":{}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Vendor");
        assertThatThrownBy(() -> BatchWrites.stored("0", "{\"entity\":\"Invoice\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWrittenOperationReadsBackToTheRecordsOwnJson() {
        QboCustomer record = new QboCustomer(null, null, "Ada \"Pools\"", "Ada", null, null, null, null, null, null, true,
                new BigDecimal("12.50"), null);
        String stored = BatchWrites.operation(QuickBooksEntity.CUSTOMER, record);

        BatchOperation read = BatchWrites.stored("0", stored);

        assertThat(((RawValue) read.record()).rawValue())
                .isEqualTo(QuickBooksJson.MAPPER.writeValueAsString(record));
    }
}
