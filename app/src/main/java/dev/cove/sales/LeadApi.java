package dev.cove.sales;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

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

@ApiController("/api/v1/leads")
class LeadApi {

    private final Leads leads;

    LeadApi(Leads leads) {
        this.leads = leads;
    }

    @PostMapping
    ResponseEntity<Lead> create(CompanyId company, @Valid @RequestBody LeadDetails details) {
        Lead lead = leads.create(company, details);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + lead.id())).body(lead);
    }

    @GetMapping
    PageResult<Lead> list(CompanyId company, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return leads.list(company, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Lead get(CompanyId company, @PathVariable UUID id) {
        return leads.get(company, id);
    }
}
