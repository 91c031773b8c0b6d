package dev.cove.demo;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.staff.Companies;
import dev.cove.staff.NewCompany;
import dev.cove.staff.OpenedCompany;

/** Fills a new company with realistic customers, visits, items, invoices and appointments. */
@Component
class DemoData {

    private final Companies companies;

    DemoData(Companies companies) {
        this.companies = companies;
    }

    @Transactional
    OpenedCompany create(NewCompany company) {
        return companies.open(company);
    }
}
