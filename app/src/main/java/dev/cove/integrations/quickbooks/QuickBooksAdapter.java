package dev.cove.integrations.quickbooks;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.Provider;
import dev.cove.integrations.quickbooks.inbound.QuickBooksPreview;
import dev.cove.integrations.sync.AwaitingReference;
import dev.cove.integrations.sync.BatchOutcome;
import dev.cove.integrations.sync.Outbound;
import dev.cove.integrations.sync.Prepared;
import dev.cove.integrations.sync.PushOutcome;
import dev.cove.integrations.sync.PushRequest;
import dev.cove.integrations.sync.RecordType;
import dev.cove.integrations.sync.SyncAdapter;
import dev.cove.integrations.sync.SyncDirection;
import dev.cove.integrations.sync.SyncedType;
import dev.cove.integrations.sync.WriteFailed;
import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.InvoiceLine;
import dev.cove.invoicing.InvoiceStatus;
import dev.cove.settings.CompanySettings;
import dev.cove.shared.CompanyId;

/**
 * QuickBooks Online as a sync target: customers, items, invoices, payments and refunds, in that
 * order. Each push reads the realm's lists once ({@link RealmCatalogue}), maps the stored snapshot
 * with the settings current now, and creates or sparse-updates by link with the engine's key as
 * {@code requestid}; creates can also go up to {@code batch-operations} at a time in one batch request.
 * A record whose customer, item or invoice is not in QuickBooks yet queues that
 * record and waits for it (transient), or fails with the dependency's own message when it failed.
 */
@Component
class QuickBooksAdapter implements SyncAdapter {

    private final OutboundRecords records;
    private final RealmCatalogue catalogue;
    private final QuickBooksSetups setups;
    private final QuickBooksWrites writes;
    private final Dependencies dependencies;
    private final CompanySettings companySettings;
    private final QuickBooksSettings settings;
    private final QuickBooksPreview preview;
    private final BatchWrites batches;

    QuickBooksAdapter(OutboundRecords records, RealmCatalogue catalogue, QuickBooksSetups setups, QuickBooksClient client,
            Dependencies dependencies, CompanySettings companySettings, QuickBooksSettings settings,
            QuickBooksPreview preview) {
        this.settings = settings;
        this.preview = preview;
        this.batches = new BatchWrites(client);
        this.records = records;
        this.catalogue = catalogue;
        this.setups = setups;
        this.writes = new QuickBooksWrites(client);
        this.dependencies = dependencies;
        this.companySettings = companySettings;
    }

    @Override
    public Provider provider() {
        return Provider.QUICKBOOKS;
    }

    @Override
    public List<SyncedType> types() {
        return List.of(new SyncedType(RecordType.CUSTOMER, SyncDirection.BOTH),
                new SyncedType(RecordType.ITEM, SyncDirection.BOTH), new SyncedType(RecordType.INVOICE, SyncDirection.PUSH),
                new SyncedType(RecordType.PAYMENT, SyncDirection.PUSH), new SyncedType(RecordType.REFUND, SyncDirection.PUSH));
    }

    /** Until the person has matched Cove's records to the realm's, a create could duplicate one. */
    @Override
    public Optional<String> holdBack(CompanyId company) {
        return preview.pending(company) ? Optional.of("Waiting for the QuickBooks connect preview to be reviewed")
                : Optional.empty();
    }

    /** A record the person chose to skip in the connect preview is not synced. */
    @Override
    public Optional<Outbound> render(CompanyId company, RecordType type, UUID localId) {
        return Optional.ofNullable(render(company, type, List.of(localId)).get(localId));
    }

    @Override
    public Map<UUID, Outbound> render(CompanyId company, RecordType type, List<UUID> localIds) {
        Set<UUID> excluded = preview.excluded(company, type, localIds);
        Map<UUID, Outbound> rendered = new HashMap<>();
        records.render(company, type, localIds).forEach((id, snapshot) -> {
            if (!excluded.contains(id)) {
                rendered.put(id, new Outbound(snapshot.write(), snapshot));
            }
        });
        return rendered;
    }

    @Override
    public List<UUID> localIds(CompanyId company, RecordType type) {
        return records.localIds(company, type);
    }

    @Override
    public PushOutcome push(PushRequest request) {
        try {
            Write<?> write = map(request, OutboundSnapshot.read(request.body()), mapping(request, false));
            return write.voided() ? voidInvoice(request, (QboInvoice) write.record())
                    : QuickBooksWrites.pushed(upsert(request, write));
        } catch (QuickBooksFault fault) {
            return QuickBooksWrites.outcome(fault);
        } catch (MappingIncomplete incomplete) {
            return PushOutcome.permanentFailure("cove-settings", incomplete.getMessage());
        } catch (Dependencies.NotYetPushed waiting) {
            return waiting.outcome();
        }
    }

    @Override
    public int batchSize() {
        return settings.batchOperations();
    }

    /** Creates only: an update may need a read for its SyncToken first and a void two writes. */
    @Override
    public Optional<String> batchOperation(PushRequest request) {
        return operation(request, OutboundSnapshot.read(request.body()), () -> mapping(request, false));
    }

    private Optional<String> operation(PushRequest request, OutboundSnapshot snapshot, Supplier<Mapping> mapping) {
        if (request.link().exists()) {
            return Optional.empty();
        }
        try {
            Write<?> write = map(request, snapshot, mapping.get());
            return write.voided() ? Optional.empty() : Optional.of(operation(write));
        } catch (MappingIncomplete alone) {
            return Optional.empty();
        } catch (Dependencies.NotYetPushed missing) {
            if (missing.outcome() instanceof PushOutcome.Awaiting awaiting) {
                throw new AwaitingReference(awaiting);
            }
            return Optional.empty();
        } catch (QuickBooksFault fault) {
            throw new WriteFailed((PushOutcome.Failed) QuickBooksWrites.outcome(fault));
        }
    }

    /**
     * Prepares several creates of one company at once: the settings and tax model are read once, and the
     * customers, items and invoices they refer to are looked up together.
     */
    @Override
    public List<Prepared> batchOperations(List<PushRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Mapping mapping;
        try {
            mapping = requests.stream().allMatch(r -> r.link().exists()) ? null : mapping(requests.get(0), true);
        } catch (QuickBooksFault fault) {
            // As one by one: the creates fail on the read, the updates go alone without it.
            Prepared failed = new Prepared.Failed((PushOutcome.Failed) QuickBooksWrites.outcome(fault));
            return requests.stream().map(r -> r.link().exists() ? new Prepared.Alone() : failed).toList();
        }
        List<OutboundSnapshot> snapshots = requests.stream().map(r -> r.rendered() instanceof OutboundSnapshot snapshot
                ? snapshot : OutboundSnapshot.read(r.body())).toList();
        PushRequest.RemoteIds known = references(requests.get(0).remoteIds(), snapshots);
        return IntStream.range(0, requests.size()).mapToObj(i -> {
            PushRequest r = requests.get(i);
            PushRequest request = new PushRequest(r.company(), r.type(), r.localId(), r.link(), r.body(),
                    r.idempotencyKey(), r.token(), known, r.rendered());
            return Prepared.of(() -> operation(request, snapshots.get(i), () -> mapping));
        }).toList();
    }

    /**
     * The QuickBooks ids of what the snapshots refer to, read together; an id not found among them is
     * asked for again alone (it may have settled since).
     */
    private static PushRequest.RemoteIds references(PushRequest.RemoteIds ids, List<OutboundSnapshot> snapshots) {
        Map<RecordType, Set<UUID>> wanted = new EnumMap<>(RecordType.class);
        for (OutboundSnapshot snapshot : snapshots) {
            if (snapshot.invoice() != null) {
                refer(wanted, RecordType.CUSTOMER, snapshot.invoice().customerId());
                snapshot.invoice().lines().forEach(line -> refer(wanted, RecordType.ITEM, line.itemId()));
            }
            if (snapshot.payment() != null) {
                refer(wanted, RecordType.INVOICE, snapshot.payment().invoiceId());
            }
            refer(wanted, RecordType.CUSTOMER, snapshot.customerId());
            refer(wanted, RecordType.ITEM, snapshot.itemId());
        }
        Map<RecordType, Map<UUID, String>> found = new EnumMap<>(RecordType.class);
        wanted.forEach((type, localIds) -> found.put(type, ids.of(type, localIds)));
        return (type, localId) -> {
            String remote = found.getOrDefault(type, Map.of()).get(localId);
            return remote != null ? remote : ids.of(type, localId);
        };
    }

    private static void refer(Map<RecordType, Set<UUID>> wanted, RecordType type, UUID localId) {
        if (localId != null) {
            wanted.computeIfAbsent(type, t -> new HashSet<>()).add(localId);
        }
    }

    @Override
    public BatchOutcome pushBatch(CompanyId company, AccessToken token, List<String> operations, String key) {
        return batches.send(token, operations, key);
    }

    /** A record mapped for QuickBooks; {@code voided} for an invoice Cove voided. */
    private record Write<T>(QuickBooksEntity<T> entity, T record, boolean voided) {
    }

    private static <T> Write<T> write(QuickBooksEntity<T> entity, T record) {
        return new Write<>(entity, record, false);
    }

    private <T> T upsert(PushRequest request, Write<T> write) {
        return writes.upsert(request, write.entity(), write.record());
    }

    private static <T> String operation(Write<T> write) {
        return BatchWrites.operation(write.entity(), write.record());
    }

    /**
     * What a company's writes are mapped with: its realm's tax model and its settings, read in that order;
     * {@code locked} when the engine holds the records' links meanwhile, and QuickBooks must not be called.
     */
    private record Mapping(SalesTaxModel tax, QuickBooksSetup setup, boolean locked) {
    }

    private Mapping mapping(PushRequest request, boolean locked) {
        SalesTaxModel tax = catalogue.ensure(request.company(), request.token());
        return new Mapping(tax, setups.of(request.company()), locked);
    }

    /**
     * The item for lines without a Cove item, created in QuickBooks the first time one needs it; a write
     * prepared under the engine's lock goes alone instead, and creates it then.
     */
    private String defaultItem(PushRequest request, Mapping mapping) {
        if (mapping.locked() && mapping.setup().defaultItemId() == null) {
            throw new MappingIncomplete("The QuickBooks item for visit lines is created by a write going alone");
        }
        return catalogue.defaultItem(request.company(), request.token());
    }

    private Write<?> map(PushRequest request, OutboundSnapshot snapshot, Mapping mapping) {
        SalesTaxModel tax = mapping.tax();
        QuickBooksSetup setup = mapping.setup();
        return switch (request.type()) {
            case CUSTOMER -> write(QuickBooksEntity.CUSTOMER, CustomerMapping.toQuickBooks(snapshot.customer()));
            case ITEM -> write(QuickBooksEntity.ITEM, ItemMapping.toQuickBooks(snapshot.item(),
                    ItemAccounts.income(setup.incomeAccountFor(snapshot.item().categoryId()))));
            case INVOICE -> invoice(request, snapshot.invoice(), mapping);
            case PAYMENT -> payment(request, snapshot, setup);
            case REFUND -> refund(request, snapshot, mapping);
            default -> throw new MappingIncomplete(request.type().label() + " does not sync to QuickBooks");
        };
    }

    private Write<QboInvoice> invoice(PushRequest request, Invoice invoice, Mapping mapping) {
        CompanyId company = request.company();
        QuickBooksSetup setup = mapping.setup();
        SalesTaxModel tax = mapping.tax();
        String customer = dependencies.require(request, RecordType.CUSTOMER, invoice.customerId(), invoice.customerName());
        Map<UUID, String> items = new HashMap<>();
        for (InvoiceLine line : invoice.lines()) {
            if (line.itemId() != null) {
                items.put(line.itemId(), dependencies.require(request, RecordType.ITEM, line.itemId(), line.description()));
            }
        }
        String term = invoice.termsId() == null ? null : companySettings.term(company, invoice.termsId())
                .map(t -> catalogue.idByName(company, RealmCatalogue.TERM, t.name())).orElse(null);
        String code = invoice.taxRateId() == null ? null
                : Objects.requireNonNullElse(setup.taxCodes().get(invoice.taxRateId()), catalogue.defaultTaxedCode(company));
        boolean needsDefaultItem = invoice.lines().stream().anyMatch(l -> l.itemId() == null);
        String defaultItem = needsDefaultItem ? defaultItem(request, mapping) : setup.defaultItemId();
        QboInvoice mapped = InvoiceMapping.toQuickBooks(invoice, new InvoiceReferences(customer, items,
                defaultItem, term, code, tax.us() ? tax : SalesTaxModel.perLine(setup.exemptTaxCodeId())));
        return new Write<>(QuickBooksEntity.INVOICE, mapped, invoice.status() == InvoiceStatus.VOID);
    }

    /** Void in QuickBooks: a never-pushed invoice is created first, so both books show it voided. */
    private PushOutcome voidInvoice(PushRequest request, QboInvoice mapped) {
        String id = request.link().remoteId();
        String version = request.link().remoteVersion();
        if (id == null) {
            QboInvoice created = writes.upsert(request, QuickBooksEntity.INVOICE, mapped);
            id = created.id();
            version = created.syncToken();
        }
        return QuickBooksWrites.pushed(writes.voidIt(request, QuickBooksEntity.INVOICE, id, version));
    }

    private Write<QboPayment> payment(PushRequest request, OutboundSnapshot snapshot, QuickBooksSetup setup) {
        var payment = snapshot.payment();
        String customer = dependencies.require(request, RecordType.CUSTOMER, snapshot.customerId(), "the customer");
        String invoice = dependencies.require(request, RecordType.INVOICE, payment.invoiceId(), "the invoice");
        String method = catalogue.idByName(request.company(), RealmCatalogue.PAYMENT_METHOD, payment.method());
        return write(QuickBooksEntity.PAYMENT, PaymentMapping.toQuickBooks(payment,
                new PaymentReferences(customer, invoice, setup.depositAccountId(), method)));
    }

    private Write<QboRefundReceipt> refund(PushRequest request, OutboundSnapshot snapshot, Mapping mapping) {
        QuickBooksSetup setup = mapping.setup();
        SalesTaxModel tax = mapping.tax();
        String customer = dependencies.require(request, RecordType.CUSTOMER, snapshot.customerId(), "the customer");
        String item = snapshot.itemId() == null ? defaultItem(request, mapping)
                : dependencies.require(request, RecordType.ITEM, snapshot.itemId(), "the invoice's item");
        SalesTaxModel model = tax.us() ? tax : SalesTaxModel.perLine(setup.exemptTaxCodeId());
        String lineCode = model.us() ? "NON" : model.exemptCodeId();
        return write(QuickBooksEntity.REFUND_RECEIPT, RefundMapping.toQuickBooks(snapshot.refund(),
                snapshot.invoiceNumber(), new RefundReferences(customer, setup.refundAccountId(), item, lineCode, null, model)));
    }
}
