package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.schema.tables.records.ImportBatchItemRecord;
import ca.ccrweb.office.core.db.schema.tables.records.ImportBatchRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.ACCOUNT;
import static ca.ccrweb.office.core.db.schema.Tables.ADVOCACY_ACTION;
import static ca.ccrweb.office.core.db.schema.Tables.ADVOCACY_ATTACHMENT;
import static ca.ccrweb.office.core.db.schema.Tables.LIST_SUBSCRIPTION;
import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;
import static ca.ccrweb.office.core.db.schema.Tables.EVENT_SESSION;
import static ca.ccrweb.office.core.db.schema.Tables.FUND_APPLICATION;
import static ca.ccrweb.office.core.db.schema.Tables.IMPORT_BATCH;
import static ca.ccrweb.office.core.db.schema.Tables.IMPORT_BATCH_ITEM;
import static ca.ccrweb.office.core.db.schema.Tables.IMPORT_MAPPING;
import static ca.ccrweb.office.core.db.schema.Tables.MEMBERSHIP_DUES;
import static ca.ccrweb.office.core.db.schema.Tables.MEMBERSHIP_TRANSITION;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.PAYMENT;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION;

/**
 * The recorded imports: batches, what each created or changed with a fingerprint of the record as the import
 * left it, and the remembered column mappings. A fingerprint that no longer matches, or a record made later
 * that points at one the batch created, is a later change that depends on the batch: undo is refused.
 */
final class ImportBatches {
    private static final int CHUNK = 500;

    private final Database database;

    ImportBatches(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    void insert(ImportBatch batch, List<KindImport.Item> items) {
        ImportBatchRecord record = dsl().newRecord(IMPORT_BATCH);
        record.setId(batch.id());
        record.setKind(batch.kind().name());
        record.setFileName(batch.fileName());
        record.setFileSha256(batch.sha256());
        record.setEventId(batch.eventId());
        record.setActor(batch.actor());
        record.setImportedAt(utc(batch.importedAt()));
        record.setCreatedCount(batch.created());
        record.setUpdatedCount(batch.updated());
        record.setSkippedCount(batch.skipped());
        record.setErrorCount(batch.errors());
        record.insert();
        Map<String, Map<Long, String>> fingerprints = new HashMap<>();
        items.stream().filter(item -> item.fingerprint() == null).collect(Collectors.groupingBy(KindImport.Item::entity,
                        Collectors.mapping(KindImport.Item::id, Collectors.toSet())))
                .forEach((entity, ids) -> fingerprints.put(entity, fingerprints(entity, ids)));
        BulkInsert inserts = new BulkInsert(database, IMPORT_BATCH_ITEM, List.of(IMPORT_BATCH_ITEM.BATCH_ID,
                IMPORT_BATCH_ITEM.POSITION, IMPORT_BATCH_ITEM.ENTITY, IMPORT_BATCH_ITEM.ENTITY_ID,
                IMPORT_BATCH_ITEM.ACTION, IMPORT_BATCH_ITEM.BEFORE_VALUES, IMPORT_BATCH_ITEM.FINGERPRINT), 5_000);
        int position = 0;
        for (KindImport.Item item : items) {
            inserts.add(batch.id(), position++, item.entity(), item.id(), item.action(), item.before(),
                    item.fingerprint() != null ? item.fingerprint() : fingerprints.get(item.entity()).get(item.id()));
        }
        inserts.flush();
    }

    List<ImportBatch> all() {
        return dsl().selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.IMPORTED_AT.desc(), IMPORT_BATCH.ID.desc())
                .fetch(ImportBatches::toBatch);
    }

    Optional<ImportBatch> find(long id) {
        return dsl().selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).fetchOptional(ImportBatches::toBatch);
    }

    private static ImportBatch toBatch(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), ImportKind.valueOf(r.getKind()), r.getFileName(), r.getFileSha256(),
                r.getEventId(), r.getActor(), instant(r.getImportedAt()), r.getCreatedCount(), r.getUpdatedCount(),
                r.getSkippedCount(), r.getErrorCount(), instant(r.getUndoneAt()), r.getUndoneBy());
    }

    List<ImportBatchItemRecord> items(long batchId) {
        return dsl().selectFrom(IMPORT_BATCH_ITEM).where(IMPORT_BATCH_ITEM.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_BATCH_ITEM.POSITION).fetch();
    }

    void markUndone(long batchId, Instant at, String actor) {
        dsl().update(IMPORT_BATCH).set(IMPORT_BATCH.UNDONE_AT, utc(at)).set(IMPORT_BATCH.UNDONE_BY, actor)
                .where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    /** Why the batch cannot be undone (a message key and its arguments), or empty when it can. */
    Optional<OfficeException> refusal(long batchId, List<ImportBatchItemRecord> items) {
        Map<String, Set<Long>> byEntity = items.stream().collect(Collectors.groupingBy(
                ImportBatchItemRecord::getEntity, Collectors.mapping(ImportBatchItemRecord::getEntityId,
                        Collectors.toSet())));
        Map<String, Map<Long, String>> current = new HashMap<>();
        byEntity.forEach((entity, ids) -> current.put(entity, fingerprints(entity, ids)));
        for (ImportBatchItemRecord item : items) {
            String now = current.get(item.getEntity()).get(item.getEntityId());
            if (now == null) {
                return Optional.of(new OfficeException("import.undo.refused.gone",
                        entityLabel(item.getEntity()), item.getEntityId()));
            }
            if (!now.equals(item.getFingerprint())) {
                return Optional.of(new OfficeException("import.undo.refused.changed", entityLabel(item.getEntity()),
                        name(item.getEntity(), item.getEntityId())));
            }
        }
        Set<Long> organizations = created(items, OrganizationImport.ENTITY);
        Set<Long> contacts = created(items, ContactImport.ENTITY);
        for (List<Long> chunk : chunks(organizations)) {
            Optional<Long> used = firstOf(
                    DSL.select(ACCOUNT.ORGANIZATION_ID).from(ACCOUNT).where(ACCOUNT.ORGANIZATION_ID.in(chunk))
                            .and(ACCOUNT.ID.notIn(inBatch(batchId, AccountImport.ENTITY))),
                    DSL.select(CONTACT.ORGANIZATION_ID).from(CONTACT).where(CONTACT.ORGANIZATION_ID.in(chunk))
                            .and(CONTACT.ID.notIn(inBatch(batchId, ContactImport.ENTITY))),
                    DSL.select(REGISTRATION.ORGANIZATION_ID).from(REGISTRATION).where(REGISTRATION.ORGANIZATION_ID.in(chunk))
                            .and(REGISTRATION.ID.notIn(inBatch(batchId, RegistrationImport.ENTITY))),
                    DSL.select(FUND_APPLICATION.ORGANIZATION_ID).from(FUND_APPLICATION)
                            .where(FUND_APPLICATION.ORGANIZATION_ID.in(chunk)),
                    DSL.select(EVENT_SESSION.ORGANIZER_ORGANIZATION_ID).from(EVENT_SESSION)
                            .where(EVENT_SESSION.ORGANIZER_ORGANIZATION_ID.in(chunk)),
                    DSL.select(MEMBERSHIP_DUES.ORGANIZATION_ID).from(MEMBERSHIP_DUES)
                            .where(MEMBERSHIP_DUES.ORGANIZATION_ID.in(chunk)),
                    DSL.select(MEMBERSHIP_TRANSITION.ORGANIZATION_ID).from(MEMBERSHIP_TRANSITION)
                            .where(MEMBERSHIP_TRANSITION.ORGANIZATION_ID.in(chunk))
                            .groupBy(MEMBERSHIP_TRANSITION.ORGANIZATION_ID).having(DSL.count().gt(1)));
            if (used.isPresent()) {
                return Optional.of(new OfficeException("import.undo.refused.used", entityLabel(OrganizationImport.ENTITY),
                        name(OrganizationImport.ENTITY, used.get())));
            }
        }
        for (List<Long> chunk : chunks(contacts)) {
            Optional<Long> used = firstOf(
                    DSL.select(REGISTRATION.CONTACT_ID).from(REGISTRATION).where(REGISTRATION.CONTACT_ID.in(chunk))
                            .and(REGISTRATION.ID.notIn(inBatch(batchId, RegistrationImport.ENTITY))),
                    DSL.select(LIST_SUBSCRIPTION.CONTACT_ID).from(LIST_SUBSCRIPTION)
                            .where(LIST_SUBSCRIPTION.CONTACT_ID.in(chunk))
                            .and(LIST_SUBSCRIPTION.ID.notIn(inBatch(batchId, SubscriberImport.ENTITY))),
                    DSL.select(FUND_APPLICATION.CONTACT_ID).from(FUND_APPLICATION)
                            .where(FUND_APPLICATION.CONTACT_ID.in(chunk)));
            if (used.isPresent()) {
                return Optional.of(new OfficeException("import.undo.refused.used", entityLabel(ContactImport.ENTITY),
                        name(ContactImport.ENTITY, used.get())));
            }
        }
        for (List<Long> chunk : chunks(created(items, ActionReportImport.ENTITY))) {
            Optional<Long> used = firstOf(DSL.select(ADVOCACY_ATTACHMENT.ACTION_ID).from(ADVOCACY_ATTACHMENT)
                    .where(ADVOCACY_ATTACHMENT.ACTION_ID.in(chunk)));
            if (used.isPresent()) {
                return Optional.of(new OfficeException("import.undo.refused.used",
                        entityLabel(ActionReportImport.ENTITY), name(ActionReportImport.ENTITY, used.get())));
            }
        }
        return Optional.empty();
    }

    private Optional<Long> firstOf(Select<?>... queries) {
        for (Select<?> query : queries) {
            Record found = dsl().selectFrom(query.asTable("used")).limit(1).fetchOne();
            if (found != null) {
                return Optional.of(found.get(0, Long.class));
            }
        }
        return Optional.empty();
    }

    private static Select<Record1<Long>> inBatch(long batchId, String entity) {
        return DSL.select(IMPORT_BATCH_ITEM.ENTITY_ID).from(IMPORT_BATCH_ITEM)
                .where(IMPORT_BATCH_ITEM.BATCH_ID.eq(batchId)).and(IMPORT_BATCH_ITEM.ENTITY.eq(entity));
    }

    private static Set<Long> created(List<ImportBatchItemRecord> items, String entity) {
        return items.stream().filter(item -> item.getEntity().equals(entity)
                && KindImport.CREATED.equals(item.getAction())).map(ImportBatchItemRecord::getEntityId)
                .collect(Collectors.toSet());
    }

    private static Labelled entityLabel(String entity) {
        return () -> "import.entity." + entity;
    }

    private String name(String entity, long id) {
        Field<String> name = switch (entity) {
            case OrganizationImport.ENTITY -> ORGANIZATION.NAME;
            case AccountImport.ENTITY -> ACCOUNT.FULL_NAME;
            case ContactImport.ENTITY -> CONTACT.FULL_NAME;
            case ActionReportImport.ENTITY -> ADVOCACY_ACTION.REPORTER_NAME;
            default -> null;
        };
        if (SubscriberImport.ENTITY.equals(entity)) {
            return dsl().select(CONTACT.EMAIL).from(LIST_SUBSCRIPTION).join(CONTACT)
                    .on(CONTACT.ID.eq(LIST_SUBSCRIPTION.CONTACT_ID)).where(LIST_SUBSCRIPTION.ID.eq(id))
                    .fetchOptional(CONTACT.EMAIL).orElse(String.valueOf(id));
        }
        if (name == null) {
            return dsl().select(CONTACT.FULL_NAME).from(REGISTRATION).join(CONTACT).on(CONTACT.ID.eq(REGISTRATION.CONTACT_ID))
                    .where(REGISTRATION.ID.eq(id)).fetchOptional(CONTACT.FULL_NAME).orElse(String.valueOf(id));
        }
        return dsl().select(name).from(tableOf(entity)).where(idOf(entity).eq(id)).fetchOptional(name).orElse(String.valueOf(id));
    }

    private static Table<?> tableOf(String entity) {
        return switch (entity) {
            case OrganizationImport.ENTITY -> ORGANIZATION;
            case AccountImport.ENTITY -> ACCOUNT;
            case ContactImport.ENTITY -> CONTACT;
            case SubscriberImport.ENTITY -> LIST_SUBSCRIPTION;
            case ActionReportImport.ENTITY -> ADVOCACY_ACTION;
            default -> REGISTRATION;
        };
    }

    private static Field<Long> idOf(String entity) {
        return switch (entity) {
            case OrganizationImport.ENTITY -> ORGANIZATION.ID;
            case AccountImport.ENTITY -> ACCOUNT.ID;
            case ContactImport.ENTITY -> CONTACT.ID;
            case SubscriberImport.ENTITY -> LIST_SUBSCRIPTION.ID;
            case ActionReportImport.ENTITY -> ADVOCACY_ACTION.ID;
            default -> REGISTRATION.ID;
        };
    }

    /** Each record's fingerprint as it is now: the columns an import writes, and when it last changed. */
    Map<Long, String> fingerprints(String entity, Collection<Long> ids) {
        Map<Long, String> fingerprints = new HashMap<>();
        Field<Long> id = idOf(entity);
        List<Field<?>> fields = switch (entity) {
            case OrganizationImport.ENTITY -> List.of(ORGANIZATION.ID, ORGANIZATION.NAME,
                    ORGANIZATION.NAME_OTHER_LANGUAGE, ORGANIZATION.EMAIL, ORGANIZATION.PHONE, ORGANIZATION.WEBSITE,
                    ORGANIZATION.STREET_ADDRESS, ORGANIZATION.CITY, ORGANIZATION.POSTAL_CODE, ORGANIZATION.PROVINCE,
                    ORGANIZATION.LANGUAGE, ORGANIZATION.NOTES, ORGANIZATION.MEMBERSHIP_STATUS, ORGANIZATION.UPDATED_AT);
            case AccountImport.ENTITY -> List.of(ACCOUNT.ID, ACCOUNT.FULL_NAME, ACCOUNT.EMAIL, ACCOUNT.USERNAME,
                    ACCOUNT.STATUS, ACCOUNT.KIND, ACCOUNT.INDIVIDUAL_ROLE, ACCOUNT.ACTIVATION_ISSUED_AT,
                    ACCOUNT.UPDATED_AT);
            case ContactImport.ENTITY -> List.of(CONTACT.ID, CONTACT.FULL_NAME, CONTACT.EMAIL, CONTACT.PHONE,
                    CONTACT.LANGUAGE, CONTACT.ORGANIZATION_ID, CONTACT.ORGANIZATION_NAME, CONTACT.UPDATED_AT);
            case SubscriberImport.ENTITY -> List.of(LIST_SUBSCRIPTION.ID, LIST_SUBSCRIPTION.LIST_ID,
                    LIST_SUBSCRIPTION.CONTACT_ID, LIST_SUBSCRIPTION.LANGUAGE, LIST_SUBSCRIPTION.CONSENT_KIND,
                    LIST_SUBSCRIPTION.CONSENT_ON, LIST_SUBSCRIPTION.CONSENT_SOURCE, LIST_SUBSCRIPTION.UNSUBSCRIBED_ON,
                    LIST_SUBSCRIPTION.UPDATED_AT);
            case ActionReportImport.ENTITY -> List.of(ADVOCACY_ACTION.ID, ADVOCACY_ACTION.CAMPAIGN_ID,
                    ADVOCACY_ACTION.REPORTER_KIND, ADVOCACY_ACTION.ORGANIZATION_ID, ADVOCACY_ACTION.REPORTER_NAME,
                    ADVOCACY_ACTION.PROVINCE, ADVOCACY_ACTION.ACTION_KIND, ADVOCACY_ACTION.TARGET_KIND,
                    ADVOCACY_ACTION.TARGET_NAME, ADVOCACY_ACTION.RIDING, ADVOCACY_ACTION.TAKEN_ON,
                    ADVOCACY_ACTION.RESULT, ADVOCACY_ACTION.NOTES, ADVOCACY_ACTION.UPDATED_AT);
            default -> List.of(REGISTRATION.ID, REGISTRATION.CONTACT_ID, REGISTRATION.STATUS,
                    REGISTRATION.AMOUNT_DUE_CENTS, REGISTRATION.FEE_WAIVED, REGISTRATION.RATE_CATEGORY_ID,
                    REGISTRATION.LANGUAGE, REGISTRATION.ACCESSIBILITY_NEEDS, REGISTRATION.DIETARY_NEEDS,
                    REGISTRATION.INTERPRETATION, REGISTRATION.CHILDCARE_NEEDS, REGISTRATION.CHECKED_IN_AT,
                    REGISTRATION.UPDATED_AT,
                    DSL.field(DSL.select(DSL.count()).from(PAYMENT).where(PAYMENT.REGISTRATION_ID.eq(REGISTRATION.ID))),
                    DSL.field(DSL.select(DSL.sum(PAYMENT.AMOUNT_CENTS)).from(PAYMENT)
                            .where(PAYMENT.REGISTRATION_ID.eq(REGISTRATION.ID))));
        };
        MessageDigest digest = sha256();
        for (List<Long> chunk : chunks(ids)) {
            Condition in = id.in(chunk);
            for (Record record : dsl().select(fields).from(tableOf(entity)).where(in).fetch()) {
                Object[] values = new Object[record.size() - 1];
                for (int i = 1; i < record.size(); i++) {
                    values[i - 1] = record.get(i);
                }
                fingerprints.put(record.get(0, Long.class), fingerprintOf(digest, values));
            }
        }
        return fingerprints;
    }

    /**
     * The fingerprint of a record from the values of the columns {@link #fingerprints} reads after the id, in
     * that order: what an import that wrote the record computes without reading it back.
     */
    static String fingerprintOf(Object... values) {
        return fingerprintOf(sha256(), values);
    }

    static String fingerprintOf(MessageDigest digest, Object... values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            text.append(normalized(value)).append('\u001F');
        }
        return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Numbers compared by value: a sum read back as 1250 or 1250.0 is one amount. */
    private static String normalized(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    Map<String, ImportField> rememberedMapping(ImportKind kind) {
        Map<String, ImportField> mapping = new HashMap<>();
        dsl().selectFrom(IMPORT_MAPPING).where(IMPORT_MAPPING.KIND.eq(kind.name()))
                .forEach(r -> mapping.put(r.getHeaderKey(), ImportField.valueOf(r.getField())));
        return mapping;
    }

    void remember(ImportKind kind, Map<String, ImportField> mapping) {
        dsl().deleteFrom(IMPORT_MAPPING).where(IMPORT_MAPPING.KIND.eq(kind.name()))
                .and(IMPORT_MAPPING.HEADER_KEY.in(mapping.keySet())).execute();
        mapping.forEach((header, field) -> dsl().insertInto(IMPORT_MAPPING)
                .set(IMPORT_MAPPING.KIND, kind.name()).set(IMPORT_MAPPING.HEADER_KEY, header)
                .set(IMPORT_MAPPING.FIELD, field.name()).execute());
    }
}
