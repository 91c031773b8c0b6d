package dev.cove.sales;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;

@ApiController("/api/v1/quotes")
class QuoteApi {

    private final Quotes quotes;

    QuoteApi(Quotes quotes) {
        this.quotes = quotes;
    }

    @PostMapping
    ResponseEntity<Quote> create(CompanyId company, @RequestBody QuoteDetails details) {
        Quote quote = quotes.create(company, details);
        return ResponseEntity.created(URI.create("/api/v1/quotes/" + quote.id())).body(quote);
    }

    @GetMapping
    PageResult<Quote> list(CompanyId company, @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return quotes.list(company, customerId, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Quote get(CompanyId company, @PathVariable UUID id) {
        return quotes.get(company, id);
    }

    @PostMapping("/{id}/accept")
    Quote accept(CompanyId company, @PathVariable UUID id) {
        return quotes.accept(company, id);
    }
}
