package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.schema.tables.records.MembershipTransitionRecord;
import ca.ccrweb.office.core.db.schema.tables.records.OrganizationClienteleRecord;
import ca.ccrweb.office.core.db.schema.tables.records.OrganizationRecord;
import ca.ccrweb.office.core.db.schema.tables.records.OrganizationServiceRecord;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;
import org.jooq.TableField;
import org.jooq.TableRecord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION_CLIENTELE;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION_SERVICE;

/**
 * Organizations with their services and clientele. A row is a known organization when its email is (any
 * case), or its name (accents, case and punctuation aside) is in the same province. A new organization
 * takes the membership status of its row (a member, by default) with its history starting on the dates
 * given; an update never moves the membership, which only its actions do.
 */
final class OrganizationImport extends KindImport {
    static final String ENTITY = "organization";
    private static final Map<ImportField, TableField<OrganizationRecord, String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(ImportField.NAME, ORGANIZATION.NAME);
        COLUMNS.put(ImportField.NAME_OTHER_LANGUAGE, ORGANIZATION.NAME_OTHER_LANGUAGE);
        COLUMNS.put(ImportField.EMAIL, ORGANIZATION.EMAIL);
        COLUMNS.put(ImportField.PHONE, ORGANIZATION.PHONE);
        COLUMNS.put(ImportField.WEBSITE, ORGANIZATION.WEBSITE);
        COLUMNS.put(ImportField.STREET_ADDRESS, ORGANIZATION.STREET_ADDRESS);
        COLUMNS.put(ImportField.CITY, ORGANIZATION.CITY);
        COLUMNS.put(ImportField.POSTAL_CODE, ORGANIZATION.POSTAL_CODE);
        COLUMNS.put(ImportField.PROVINCE, ORGANIZATION.PROVINCE);
        COLUMNS.put(ImportField.LANGUAGE, ORGANIZATION.LANGUAGE);
        COLUMNS.put(ImportField.NOTES, ORGANIZATION.NOTES);
    }

    private final String actor;
    private final Map<String, OrganizationRecord> byEmail = new HashMap<>();
    private final Map<String, OrganizationRecord> byNameAndProvince = new HashMap<>();
    private final List<TableRecord<?>> pending = new ArrayList<>();

    OrganizationImport(Database database, Ids ids, Clock clock, AuditLog audit, String actor) {
        super(database, ids, clock, audit);
        this.actor = actor;
    }

    @Override
    void load() {
        for (OrganizationRecord organization : dsl().selectFrom(ORGANIZATION).fetch()) {
            byEmail.put(emailKey(organization.getEmail()), organization);
            byNameAndProvince.put(nameKey(organization.getName()) + "|" + organization.getProvince(), organization);
        }
    }

    @Override
    Optional<Duplicate> existing(ParsedRow row) {
        OrganizationRecord sameEmail = byEmail.get(emailKey(row.get(ImportField.EMAIL)));
        if (sameEmail != null) {
            return Optional.of(duplicate(sameEmail, DuplicateRule.EMAIL));
        }
        OrganizationRecord sameName = byNameAndProvince.get(nameAndProvince(row));
        return Optional.ofNullable(sameName).map(found -> duplicate(found, DuplicateRule.NAME_AND_PROVINCE));
    }

    private static Duplicate duplicate(OrganizationRecord organization, DuplicateRule rule) {
        return new Duplicate(ENTITY, organization.getId(), organization.getName() + " <" + organization.getEmail() + ">",
                rule);
    }

    private static String nameAndProvince(ParsedRow row) {
        Province province = row.get(ImportField.PROVINCE);
        return nameKey(row.get(ImportField.NAME)) + "|" + (province == null ? "" : province.name());
    }

    @Override
    List<String> fileKeys(ParsedRow row) {
        return List.of("email:" + emailKey(row.get(ImportField.EMAIL)), "name:" + nameAndProvince(row));
    }

    @Override
    void create(ParsedRow row) {
        long id = ids.next();
        Province province = row.get(ImportField.PROVINCE);
        Language language = row.has(ImportField.LANGUAGE) ? row.get(ImportField.LANGUAGE)
                : province == Province.QC ? Language.FR : Language.EN;
        MembershipStatus status = row.has(ImportField.MEMBERSHIP_STATUS) ? row.get(ImportField.MEMBERSHIP_STATUS)
                : MembershipStatus.ACTIVE;
        LocalDate appliedOn = row.has(ImportField.APPLIED_ON) ? row.get(ImportField.APPLIED_ON) : LocalDate.now(clock);
        LocalDate memberSince = row.get(ImportField.MEMBER_SINCE);
        OrganizationRecord record = dsl().newRecord(ORGANIZATION);
        record.setId(id);
        record.setProvince(province.name());
        record.setLanguage(language.code());
        apply(record, row, COLUMNS, false);
        record.setLanguage(language.code());
        record.setMembershipStatus(status.name());
        record.setAppliedOn(appliedOn);
        record.setMemberSince(memberSince);
        record.setCreatedAt(utc(now));
        record.setUpdatedAt(utc(now));
        pending.add(record);
        vocabularies(id, row.get(ImportField.SERVICES), row.get(ImportField.CLIENTELE));
        LocalDate since = memberSince != null && status == MembershipStatus.ACTIVE ? memberSince : appliedOn;
        MembershipTransitionRecord transition = new MembershipTransitionRecord(ids.next(), id, null, status.name(),
                "import", actor, utc(since.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant()));
        pending.add(transition);
        byEmail.put(emailKey(record.getEmail()), record);
        byNameAndProvince.put(nameKey(record.getName()) + "|" + record.getProvince(), record);
        items.add(new Item(ENTITY, id, CREATED, null));
    }

    private void vocabularies(long id, Set<ServiceOffered> services, Set<Clientele> clienteles) {
        if (services != null) {
            services.forEach(service -> pending.add(new OrganizationServiceRecord(id, service.name())));
        }
        if (clienteles != null) {
            clienteles.forEach(clientele -> pending.add(new OrganizationClienteleRecord(id, clientele.name())));
        }
    }

    @Override
    void update(ParsedRow row, Duplicate duplicate, boolean fillOnly) {
        long id = duplicate.recordId();
        OrganizationRecord record = dsl().fetchSingle(ORGANIZATION, ORGANIZATION.ID.eq(id));
        Set<String> services = Set.copyOf(dsl().select(ORGANIZATION_SERVICE.SERVICE).from(ORGANIZATION_SERVICE)
                .where(ORGANIZATION_SERVICE.ORGANIZATION_ID.eq(id)).fetch(ORGANIZATION_SERVICE.SERVICE));
        Set<String> clienteles = Set.copyOf(dsl().select(ORGANIZATION_CLIENTELE.CLIENTELE).from(ORGANIZATION_CLIENTELE)
                .where(ORGANIZATION_CLIENTELE.ORGANIZATION_ID.eq(id)).fetch(ORGANIZATION_CLIENTELE.CLIENTELE));
        String before = snapshot(record, Map.of("services", String.join(";", services),
                "clienteles", String.join(";", clienteles)));
        Map<String, Object> beforeAudit = record.intoMap();
        boolean changed = apply(record, row, COLUMNS, fillOnly);
        Set<ServiceOffered> newServices = row.get(ImportField.SERVICES);
        Set<Clientele> newClienteles = row.get(ImportField.CLIENTELE);
        boolean replaceServices = newServices != null && !newServices.isEmpty() && (!fillOnly || services.isEmpty())
                && !names(newServices).equals(services);
        boolean replaceClienteles = newClienteles != null && !newClienteles.isEmpty()
                && (!fillOnly || clienteles.isEmpty()) && !names(newClienteles).equals(clienteles);
        if (!changed && !replaceServices && !replaceClienteles) {
            return;
        }
        record.setUpdatedAt(utc(now));
        record.update();
        if (replaceServices) {
            dsl().deleteFrom(ORGANIZATION_SERVICE).where(ORGANIZATION_SERVICE.ORGANIZATION_ID.eq(id)).execute();
        }
        if (replaceClienteles) {
            dsl().deleteFrom(ORGANIZATION_CLIENTELE).where(ORGANIZATION_CLIENTELE.ORGANIZATION_ID.eq(id)).execute();
        }
        vocabularies(id, replaceServices ? newServices : null, replaceClienteles ? newClienteles : null);
        flush();
        audit.changed(fillOnly ? "IMPORT_FILL" : "IMPORT_UPDATE", ENTITY, id, beforeAudit, record.intoMap());
        items.add(new Item(ENTITY, id, UPDATED, before));
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    @Override
    void flush() {
        if (!pending.isEmpty()) {
            List<TableRecord<?>> organizations = pending.stream().filter(r -> r instanceof OrganizationRecord).toList();
            List<TableRecord<?>> others = pending.stream().filter(r -> !(r instanceof OrganizationRecord)).toList();
            if (!organizations.isEmpty()) {
                dsl().batchInsert(organizations).execute();
            }
            if (!others.isEmpty()) {
                dsl().batchInsert(others).execute();
            }
            pending.clear();
        }
    }

    /** Puts an organization back as it was before the import changed it, services and clientele included. */
    static void restore(Database database, long id, Properties before) {
        var dsl = database.dsl();
        OrganizationRecord record = dsl.fetchSingle(ORGANIZATION, ORGANIZATION.ID.eq(id));
        restore(record, before);
        record.update();
        dsl.deleteFrom(ORGANIZATION_SERVICE).where(ORGANIZATION_SERVICE.ORGANIZATION_ID.eq(id)).execute();
        dsl.deleteFrom(ORGANIZATION_CLIENTELE).where(ORGANIZATION_CLIENTELE.ORGANIZATION_ID.eq(id)).execute();
        for (String service : before.getProperty("services", "").split(";")) {
            if (!service.isBlank()) {
                dsl.insertInto(ORGANIZATION_SERVICE).values(id, service).execute();
            }
        }
        for (String clientele : before.getProperty("clienteles", "").split(";")) {
            if (!clientele.isBlank()) {
                dsl.insertInto(ORGANIZATION_CLIENTELE).values(id, clientele).execute();
            }
        }
    }
}
