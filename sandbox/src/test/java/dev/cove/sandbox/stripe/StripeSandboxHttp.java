package dev.cove.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import com.stripe.StripeClient;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;

/** stripe-java pointed at the sandbox, plain HTTP for its hosted pages and admin API, and an onboarded account. */
final class StripeSandboxHttp {

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final StripeClient stripe;
    private final String base;

    StripeSandboxHttp(int port) throws Exception {
        this.base = "http://127.0.0.1:" + port + "/sandbox/stripe";
        post(base + "/_admin/reset", "{}", "application/json");
        this.stripe = new StripeClient.StripeClientBuilder().setApiKey("sk_test_cove_sandbox").setApiBase(base)
            .setConnectBase(base).setFilesBase(base).setMaxNetworkRetries(0).build();
    }

    String base() {
        return base;
    }

    HttpResponse<String> post(String url, String body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> form(String url, Map<String, String> fields) throws Exception {
        return post(url, fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")),
                "application/x-www-form-urlencoded");
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A connected account taken through hosted onboarding; the link is single use. */
    Account onboardedAccount() throws Exception {
        Account account = stripe.v1().accounts().create(AccountCreateParams.builder().setType(AccountCreateParams.Type.EXPRESS)
            .setEmail("owner@bluewater.example").build());
        AccountLink link = stripe.v1().accountLinks().create(AccountLinkCreateParams.builder().setAccount(account.getId())
            .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING).setRefreshUrl("http://localhost:8080/refresh")
            .setReturnUrl("http://localhost:8080/return").build());
        HttpResponse<String> submitted = form(link.getUrl(), Map.of("business_name", "Blue Water Pools",
                "routing_number", "110000000", "account_number", "000123456789"));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location")).contains("http://localhost:8080/return");
        assertThat(get(link.getUrl()).headers().firstValue("Location")).contains("http://localhost:8080/refresh");
        return stripe.v1().accounts().retrieve(account.getId());
    }
}
