package dev.cove.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;

@IntegrationTest
class ApiDocumentationIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Test
    void openApiDescribesEveryRequiredEndpointWithBearerKeys() {
        Api anonymous = new Api(companies.baseUrl(), "none");
        Api.Response docs = anonymous.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/customers", "/api/v1/customers/{id}",
                "/api/v1/items", "/api/v1/invoices", "/api/v1/invoices/{id}", "/api/v1/invoices/{id}/send",
                "/api/v1/invoices/{invoiceId}/payments", "/api/v1/invoices/{invoiceId}/refunds",
                "/api/v1/invoices/{id}/void", "/api/v1/appointments");
        assertThat(docs.at("/components/securitySchemes/apiKey/scheme")).isEqualTo("bearer");
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
