package dev.cove.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: every operation takes a company API key. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI coveApi() {
        return new OpenAPI()
                .info(new Info().title("Cove API").version("v1").description("""
                        The back office of a pool-service company. Authenticate with a company API key \
                        (`Authorization: Bearer <key>`). Lists take `page` (zero-based) and `size` and answer \
                        `{items, page, size, total}`; errors are RFC 9457 problem details."""))
                .components(new Components().addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Company API key")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
