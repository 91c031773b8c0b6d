package dev.cove.customers;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;

@ApiController("/api/v1/customers")
class CustomerApi {

    private final Customers customers;
    private final Visits visits;
    private final Validator validator;

    CustomerApi(Customers customers, Visits visits, Validator validator) {
        this.customers = customers;
        this.visits = visits;
        this.validator = validator;
    }

    @PostMapping
    ResponseEntity<Customer> create(CompanyId company, @Valid @RequestBody CustomerDetails details) {
        Customer customer = customers.create(company, details);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id())).body(customer);
    }

    @GetMapping
    PageResult<Customer> list(CompanyId company, @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return customers.list(company, search, includeInactive, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Customer get(CompanyId company, @PathVariable UUID id) {
        return customers.get(company, id);
    }

    @PatchMapping("/{id}")
    @Transactional
    Customer patch(CompanyId company, @PathVariable UUID id, @RequestBody CustomerPatch patch) {
        CustomerDetails merged = patch.applyTo(customers.get(company, id));
        List<FieldError> errors = validator.validate(merged).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Customer updated = customers.update(company, id, merged);
        if (Boolean.FALSE.equals(patch.active())) {
            updated = customers.deactivate(company, id);
        } else if (Boolean.TRUE.equals(patch.active())) {
            updated = customers.reactivate(company, id);
        }
        return updated;
    }

    @PostMapping("/{id}/visits")
    ResponseEntity<Visit> recordVisit(CompanyId company, @PathVariable UUID id, @Valid @RequestBody VisitDetails details) {
        Visit visit = visits.record(company, id, details);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/visits")).body(visit);
    }

    @GetMapping("/{id}/visits")
    List<Visit> visits(CompanyId company, @PathVariable UUID id) {
        customers.get(company, id);
        return visits.forCustomer(company, id);
    }

}
