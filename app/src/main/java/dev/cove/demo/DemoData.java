package dev.cove.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.customers.Address;
import dev.cove.customers.Customer;
import dev.cove.customers.CustomerDetails;
import dev.cove.customers.Customers;
import dev.cove.customers.VisitDetails;
import dev.cove.customers.Visits;
import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.InvoiceDelivery;
import dev.cove.invoicing.InvoiceDraft;
import dev.cove.invoicing.Invoices;
import dev.cove.items.Item;
import dev.cove.items.ItemCategory;
import dev.cove.items.ItemDetails;
import dev.cove.items.ItemKind;
import dev.cove.items.Items;
import dev.cove.payments.PaymentDetails;
import dev.cove.payments.Payments;
import dev.cove.payments.RefundDetails;
import dev.cove.sales.LeadDetails;
import dev.cove.sales.Leads;
import dev.cove.sales.Quote;
import dev.cove.sales.QuoteDetails;
import dev.cove.sales.QuoteLineDetails;
import dev.cove.sales.Quotes;
import dev.cove.scheduling.Appointment;
import dev.cove.scheduling.AppointmentDetails;
import dev.cove.scheduling.Appointments;
import dev.cove.scheduling.LocationType;
import dev.cove.settings.CompanySettings;
import dev.cove.settings.PaymentMethod;
import dev.cove.settings.TaxRate;
import dev.cove.shared.CompanyId;
import dev.cove.staff.Companies;
import dev.cove.staff.NewCompany;
import dev.cove.staff.OpenedCompany;

/**
 * Fills a new company with a realistic book: customers around Tampa Bay with weekly visits and
 * readings, items in categories, invoices in every status with payments and a refund. The data
 * comes from a fixed seed, so every demo looks the same.
 */
@Component
class DemoData {

    private static final String[] FIRST = {"Maria", "James", "Linda", "Robert", "Patricia", "Michael", "Jennifer",
            "David", "Elena", "William", "Susan", "Carlos", "Karen", "Thomas", "Nancy", "Daniel", "Lisa", "Mark",
            "Betty", "Luis", "Sandra", "Paul", "Ashley", "Kevin", "Rosa", "Brian", "Donna", "George", "Carol", "Ana"};
    private static final String[] LAST = {"Lopez", "Smith", "Johnson", "Garcia", "Brown", "Martinez", "Davis",
            "Miller", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Hernandez", "White", "Harris",
            "Clark", "Lewis", "Walker", "Young", "King", "Wright", "Torres", "Nguyen", "Hill", "Flores", "Green"};
    private static final String[] BUSINESSES = {"Oakwood HOA", "Sunset Villas", "Bayshore Condominiums",
            "Palm Harbor Swim Club", "Gulf Breeze Apartments", "Seminole Heights Fitness"};
    private static final String[] CITIES = {"Tampa", "Clearwater", "St. Petersburg", "Sarasota", "Brandon", "Largo"};
    private static final String[] STREETS = {"Palm Way", "Bayshore Blvd", "Coral Dr", "Mangrove Ln", "Pelican Ct",
            "Sea Grape Ave", "Harbor View Rd", "Citrus St"};

    private final Companies companies;
    private final Customers customers;
    private final Visits visits;
    private final Items items;
    private final CompanySettings settings;
    private final Invoices invoices;
    private final InvoiceDelivery delivery;
    private final Payments payments;
    private final Appointments appointments;
    private final Leads leads;
    private final Quotes quotes;
    private final DemoSettings demo;

    DemoData(Companies companies, Customers customers, Visits visits, Items items, CompanySettings settings,
            Invoices invoices, InvoiceDelivery delivery, Payments payments, Appointments appointments, Leads leads,
            Quotes quotes, DemoSettings demo) {
        this.companies = companies;
        this.customers = customers;
        this.visits = visits;
        this.items = items;
        this.settings = settings;
        this.invoices = invoices;
        this.delivery = delivery;
        this.payments = payments;
        this.appointments = appointments;
        this.leads = leads;
        this.quotes = quotes;
        this.demo = demo;
    }

    @Transactional
    OpenedCompany create(NewCompany company) {
        OpenedCompany opened = companies.open(company);
        CompanyId id = opened.companyId();
        Random random = new Random(42);
        Catalog catalog = catalog(id);
        List<Customer> book = customers(id, random);
        LocalDate thisWeek = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (Customer customer : book) {
            int weeks = 4 + random.nextInt(5);
            for (int w = weeks; w >= 1; w--) {
                LocalDate day = thisWeek.minusWeeks(w).plusDays(random.nextInt(5));
                boolean filter = random.nextInt(6) == 0;
                Item service = filter ? catalog.filterCleaning() : catalog.weeklyService();
                visits.record(id, customer.id(), new VisitDetails(day, service.name(), service.id(), service.unitPrice(),
                        new BigDecimal("7." + (2 + random.nextInt(6))), new BigDecimal((1 + random.nextInt(4)) + ".5"),
                        BigDecimal.valueOf(80 + random.nextInt(50)),
                        random.nextInt(3) == 0 ? List.of("photos/" + customer.id() + "/" + day + ".jpg") : List.of(),
                        random.nextInt(4) == 0 ? "Gate code 1234; dog in the yard" : null));
            }
        }
        invoiceHistory(id, book, catalog, random);
        schedule(id, book, random);
        sales(id, book, catalog);
        return opened;
    }

    private record Catalog(Item weeklyService, Item filterCleaning, Item chlorineTablets, Item pump, TaxRate tax) {
    }

    private Catalog catalog(CompanyId id) {
        ItemCategory maintenance = items.createCategory(id, "Maintenance");
        ItemCategory repairs = items.createCategory(id, "Repairs");
        ItemCategory chemicals = items.createCategory(id, "Chemicals");
        ItemCategory equipment = items.createCategory(id, "Equipment");
        Item weekly = item(id, "Weekly Pool Service", "SVC-WEEKLY", "Skim, brush, vacuum, balance chemicals",
                ItemKind.SERVICE, "85.00", maintenance, false);
        item(id, "Bi-weekly Pool Service", "SVC-BIWEEKLY", "Full service every other week", ItemKind.SERVICE, "110.00",
                maintenance, false);
        Item filter = item(id, "Filter Cleaning", "SVC-FILTER", "Cartridge or DE filter clean", ItemKind.SERVICE, "65.00",
                maintenance, false);
        item(id, "Salt Cell Cleaning", "SVC-SALT", "Acid wash of the salt cell", ItemKind.SERVICE, "75.00", maintenance, false);
        item(id, "Green-to-Clean Recovery", "SVC-GREEN", "Algae treatment and recovery", ItemKind.SERVICE, "350.00",
                repairs, false);
        item(id, "Pump Motor Replacement (labor)", "REP-PUMP", "Labor to replace a pump motor", ItemKind.SERVICE,
                "180.00", repairs, false);
        Item tablets = item(id, "Chlorine Tablets 25 lb", "CHEM-TAB25", "3-inch stabilized tablets",
                ItemKind.INVENTORY, "89.99", chemicals, true);
        item(id, "Shock Treatment 1 lb", "CHEM-SHOCK", "Cal-hypo shock", ItemKind.NON_INVENTORY, "8.50", chemicals, true);
        item(id, "pH Increaser 5 lb", "CHEM-PHUP", "Sodium carbonate", ItemKind.NON_INVENTORY, "12.75", chemicals, true);
        Item pump = item(id, "Variable-Speed Pump 1.5 HP", "EQ-VSP15", "Energy-saving pump", ItemKind.INVENTORY,
                "1249.00", equipment, true);
        item(id, "Cartridge Filter Element", "EQ-CART", "Replacement cartridge", ItemKind.INVENTORY, "119.00",
                equipment, true);
        TaxRate tax = settings.taxRates(id).stream().findFirst()
                .orElseGet(() -> settings.addTaxRate(id, "Sales tax", new BigDecimal("7.0")));
        return new Catalog(weekly, filter, tablets, pump, tax);
    }

    private Item item(CompanyId id, String name, String sku, String description, ItemKind kind, String price,
            ItemCategory category, boolean taxable) {
        return items.create(id, new ItemDetails(name, sku, description, kind, new BigDecimal(price), category.id(), taxable));
    }

    private List<Customer> customers(CompanyId id, Random random) {
        List<Customer> book = new ArrayList<>();
        for (int i = 0; i < demo.customers(); i++) {
            boolean business = i % 7 == 3 && i / 7 < BUSINESSES.length;
            String person = FIRST[(i * 7) % FIRST.length] + " " + LAST[(i * 11) % LAST.length];
            String name = business ? BUSINESSES[i / 7] : person;
            String city = CITIES[random.nextInt(CITIES.length)];
            String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "@example.com";
            book.add(customers.create(id, new CustomerDetails(name, business ? name : null, email,
                    "+1 813 555 " + String.format("%04d", 100 + i),
                    new Address((100 + random.nextInt(8900)) + " " + STREETS[random.nextInt(STREETS.length)],
                            business ? "Management office" : null, city, "FL",
                            "33" + (600 + random.nextInt(99)), "US"),
                    i % 5 == 0 ? "es" : "en", business ? "Commercial pool; invoice the property manager" : null)));
        }
        return book;
    }

    /** Invoices the oldest visits of most customers, leaving the rest unbilled, in every status. */
    private void invoiceHistory(CompanyId id, List<Customer> book, Catalog catalog, Random random) {
        PaymentMethod check = method(id, "Check");
        PaymentMethod card = method(id, "Card");
        for (int i = 0; i < book.size(); i++) {
            Customer customer = book.get(i);
            if (i % 8 == 7) {
                continue;
            }
            Invoice invoice = invoices.createFromUnbilledVisits(id, customer.id());
            switch (i % 6) {
                case 0 -> { }
                case 1 -> delivery.send(id, invoice.id());
                case 2 -> {
                    invoices.markSent(id, invoice.id());
                    payments.record(id, invoice.id(), new PaymentDetails(invoice.total().divide(BigDecimal.valueOf(2),
                            2, java.math.RoundingMode.HALF_UP), check.id(), null, "Check #" + (2100 + i)));
                }
                case 3, 4 -> {
                    invoices.markSent(id, invoice.id());
                    payments.record(id, invoice.id(), new PaymentDetails(invoice.total(), card.id(), null, null));
                }
                default -> invoices.voidInvoice(id, invoice.id());
            }
        }
        Customer equipmentBuyer = book.get(1);
        Invoice equipment = invoices.create(id, new InvoiceDraft(equipmentBuyer.id(), null, null, null,
                catalog.tax().id(), "Equipment upgrade", List.of(
                new InvoiceDraft.LineDraft(null, null, BigDecimal.ONE, null, catalog.pump().id(), null, null),
                new InvoiceDraft.LineDraft(null, null, new BigDecimal("2"), null, catalog.chlorineTablets().id(), null, null))));
        invoices.markSent(id, equipment.id());
        payments.record(id, equipment.id(), new PaymentDetails(equipment.total(), card.id(), null, "Card on file"));
        payments.refund(id, equipment.id(), new RefundDetails(catalog.chlorineTablets().unitPrice(), null, null,
                "One bucket of tablets returned"));
    }

    /** Two weeks of appointments ahead: inspections on site, consultations by phone and video. */
    private void schedule(CompanyId id, List<Customer> book, Random random) {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        LocationType[] types = {LocationType.ON_SITE, LocationType.ON_SITE, LocationType.PHONE, LocationType.GOOGLE_MEET,
                LocationType.ZOOM};
        String[] titles = {"Equipment inspection", "Opening consultation", "Leak detection", "Renovation estimate",
                "Heater check"};
        for (int i = 0; i < 12; i++) {
            Customer customer = book.get(random.nextInt(book.size()));
            LocationType type = types[i % types.length];
            Instant start = tomorrow.plusDays(i).atTime(9 + random.nextInt(7), 0).atZone(ZoneId.systemDefault()).toInstant();
            String link = switch (type) {
                case GOOGLE_MEET -> "https://meet.google.com/abc-defg-hij";
                case ZOOM -> "https://zoom.us/j/5551234567";
                default -> null;
            };
            Appointment appointment = appointments.book(id, new AppointmentDetails(customer.id(), titles[i % titles.length],
                    start, start.plusSeconds(3600), type, link, null));
            if (i == 11) {
                appointments.cancel(id, appointment.id());
            }
        }
    }

    private void sales(CompanyId id, List<Customer> book, Catalog catalog) {
        leads.create(id, new LeadDetails("Sam Rivera", "sam.rivera@example.com", "+1 727 555 0142", "Website",
                "Wants a quote for weekly service"));
        leads.create(id, new LeadDetails("Westshore Towers", "facilities@westshore.example", null, "Referral",
                "Two commercial pools"));
        leads.create(id, new LeadDetails("Priya Shah", null, "+1 813 555 0177", "Phone", null));
        Quote quote = quotes.create(id, new QuoteDetails(book.get(2).id(), "Pump upgrade", List.of(
                new QuoteLineDetails("Variable-Speed Pump 1.5 HP", BigDecimal.ONE, catalog.pump().unitPrice(),
                        catalog.pump().id()),
                new QuoteLineDetails("Installation labor", new BigDecimal("2.5"), new BigDecimal("90.00"), null))));
        quotes.accept(id, quote.id());
        quotes.create(id, new QuoteDetails(book.get(5).id(), "Green-to-clean recovery", List.of(
                new QuoteLineDetails("Algae treatment and recovery", BigDecimal.ONE, new BigDecimal("350.00"), null))));
    }

    private PaymentMethod method(CompanyId id, String name) {
        return settings.paymentMethods(id).stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseGet(() -> settings.addPaymentMethod(id, name));
    }
}
