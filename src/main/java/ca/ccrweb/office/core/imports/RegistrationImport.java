package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.schema.tables.records.RegistrationRecord;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.IntakeService;
import ca.ccrweb.office.core.events.PaymentService;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.events.RegistrationService;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.l10n.Language;
import org.jooq.Record2;
import org.jooq.TableField;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION;

/**
 * An event's registrations, with their payments. New people and registrations go through the registration
 * service's own intake (the fee is computed, never read from the file; a full event puts people on its
 * waiting list). A row is a registration already there when the person (by email, or by name and
 * organization) is registered at the event; update and fill then touch the needs and the language.
 */
final class RegistrationImport extends KindImport {
    static final String ENTITY = "registration";
    private static final Map<ImportField, TableField<RegistrationRecord, String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(ImportField.LANGUAGE, REGISTRATION.LANGUAGE);
        COLUMNS.put(ImportField.ACCESSIBILITY_NEEDS, REGISTRATION.ACCESSIBILITY_NEEDS);
        COLUMNS.put(ImportField.DIETARY_NEEDS, REGISTRATION.DIETARY_NEEDS);
        COLUMNS.put(ImportField.INTERPRETATION, REGISTRATION.INTERPRETATION);
        COLUMNS.put(ImportField.CHILDCARE_NEEDS, REGISTRATION.CHILDCARE_NEEDS);
    }

    private final RegistrationService registrations;
    private final IntakeService intake;
    private final PaymentService payments;
    private final Event event;
    private final List<RateCategory> rates;
    private final Language defaultLanguage;
    private final Map<String, Registration> byEmail = new HashMap<>();
    private final Map<String, Registration> byNameAndOrganization = new HashMap<>();
    private final Map<String, Long> organizations = new HashMap<>();
    private final List<RegistrationDraft> pending = new ArrayList<>();
    private final List<ParsedRow> pendingRows = new ArrayList<>();

    RegistrationImport(Database database, Ids ids, Clock clock, AuditLog audit, RegistrationService registrations,
                       IntakeService intake, PaymentService payments, Event event, List<RateCategory> rates, Language defaultLanguage) {
        super(database, ids, clock, audit);
        this.registrations = registrations;
        this.intake = intake;
        this.payments = payments;
        this.event = event;
        this.rates = rates;
        this.defaultLanguage = defaultLanguage;
    }

    @Override
    void load() {
        if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.COMPLETED) {
            throw new OfficeException("registration.error.eventClosed", event.title(defaultLanguage));
        }
        for (Record2<Long, String> organization : dsl().select(ORGANIZATION.ID, ORGANIZATION.NAME).from(ORGANIZATION)
                .fetch()) {
            organizations.putIfAbsent(nameKey(organization.value2()), organization.value1());
        }
        for (Registration registration : registrations.ofEvent(event.id())) {
            if (registration.status() == RegistrationStatus.CANCELLED) {
                continue;
            }
            if (registration.email() != null) {
                byEmail.put(emailKey(registration.email()), registration);
            }
            byNameAndOrganization.put(nameKey(registration.fullName()) + "|"
                    + nameKey(Objects.requireNonNullElse(registration.organizationName(), "")), registration);
        }
    }

    private String nameAndOrganization(ParsedRow row) {
        return nameKey(row.get(ImportField.FULL_NAME)) + "|"
                + nameKey(Objects.requireNonNullElse(row.get(ImportField.ORGANIZATION), ""));
    }

    @Override
    Optional<Duplicate> existing(ParsedRow row) {
        String email = emailKey(row.get(ImportField.EMAIL));
        Registration known = email == null ? null : byEmail.get(email);
        if (known == null) {
            known = byNameAndOrganization.get(nameAndOrganization(row));
        }
        return Optional.ofNullable(known).map(registration -> new Duplicate(ENTITY, registration.id(),
                registration.fullName() + (registration.email() == null ? "" : " <" + registration.email() + ">"),
                DuplicateRule.ALREADY_REGISTERED));
    }

    @Override
    List<String> fileKeys(ParsedRow row) {
        String email = emailKey(row.get(ImportField.EMAIL));
        return email == null ? List.of("name:" + nameAndOrganization(row))
                : List.of("email:" + email, "name:" + nameAndOrganization(row));
    }

    @Override
    void check(ParsedRow row) {
        if (row.has(ImportField.AMOUNT_PAID) && row.<Long>get(ImportField.AMOUNT_PAID) > 0
                && !row.has(ImportField.PAYMENT_METHOD)) {
            row.reject(ImportField.PAYMENT_METHOD, "import.error.paymentMethodRequired");
        }
        if (row.has(ImportField.REGISTERED_ON) && row.<LocalDate>get(ImportField.REGISTERED_ON).isAfter(LocalDate.now(clock))) {
            row.reject(ImportField.REGISTERED_ON, "import.error.dateInFuture");
        }
    }

    @Override
    void create(ParsedRow row) {
        String typedOrganization = row.get(ImportField.ORGANIZATION);
        Long organization = typedOrganization == null ? null : organizations.get(nameKey(typedOrganization));
        Language language = row.has(ImportField.LANGUAGE) ? row.get(ImportField.LANGUAGE) : defaultLanguage;
        Long rateId = row.get(ImportField.RATE);
        Long specialRate = rates.stream().filter(rate -> Objects.equals(rate.id(), rateId)
                && rate.kind() == RateKind.SPECIAL).map(RateCategory::id).findFirst().orElse(null);
        pending.add(new RegistrationDraft(new ContactDraft(row.get(ImportField.FULL_NAME), row.get(ImportField.EMAIL),
                row.get(ImportField.PHONE), language, organization, organization == null ? typedOrganization : null),
                organization, organization == null ? typedOrganization : null, specialRate, Set.of(), Set.of(),
                language, row.get(ImportField.ACCESSIBILITY_NEEDS), row.get(ImportField.DIETARY_NEEDS),
                row.get(ImportField.INTERPRETATION), row.get(ImportField.CHILDCARE_NEEDS),
                row.get(ImportField.REGISTERED_ON)));
        pendingRows.add(row);
    }

    @Override
    void update(ParsedRow row, Duplicate duplicate, boolean fillOnly) {
        RegistrationRecord record = dsl().fetchSingle(REGISTRATION, REGISTRATION.ID.eq(duplicate.recordId()));
        String before = snapshot(record, Map.of());
        Map<String, Object> beforeAudit = record.intoMap();
        if (!apply(record, row, COLUMNS, fillOnly)) {
            return;
        }
        record.setUpdatedAt(utc(now));
        record.update();
        audit.changed(fillOnly ? "IMPORT_FILL" : "IMPORT_UPDATE", ENTITY, record.getId(), beforeAudit, record.intoMap());
        items.add(new Item(ENTITY, record.getId(), UPDATED, before));
    }

    @Override
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        IntakeService.Registered written = intake.registerEach(event.id(), pending);
        written.newContactIds().forEach(id -> items.add(new Item(ContactImport.ENTITY, id, CREATED, null)));
        List<PaymentService.NewPayment> received = new ArrayList<>();
        for (int i = 0; i < pendingRows.size(); i++) {
            long registrationId = written.registrationIds().get(i);
            items.add(new Item(ENTITY, registrationId, CREATED, null));
            ParsedRow row = pendingRows.get(i);
            Long paid = row.get(ImportField.AMOUNT_PAID);
            if (paid != null && paid > 0) {
                LocalDate paidOn = row.has(ImportField.PAID_ON) ? row.get(ImportField.PAID_ON)
                        : row.has(ImportField.REGISTERED_ON) ? row.get(ImportField.REGISTERED_ON) : LocalDate.now(clock);
                received.add(new PaymentService.NewPayment(registrationId, paid, paidOn,
                        row.<PaymentMethod>get(ImportField.PAYMENT_METHOD), row.get(ImportField.PAYMENT_REFERENCE)));
            }
        }
        if (!received.isEmpty()) {
            payments.recordPayments(received);
        }
        pending.clear();
        pendingRows.clear();
    }
}
