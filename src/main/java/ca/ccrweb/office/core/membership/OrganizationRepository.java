package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.schema.tables.records.OrganizationRecord;
import ca.ccrweb.office.core.l10n.Language;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.core.db.schema.Tables.MEMBERSHIP_TRANSITION;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION_CLIENTELE;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION_SERVICE;
import static ca.ccrweb.office.core.db.schema.Tables.PROVINCE_REGION;

final class OrganizationRepository {
    private final Database database;

    OrganizationRepository(Database database) {
        this.database = database;
    }

    void insert(Organization organization) {
        var dsl = database.dsl();
        OrganizationRecord record = dsl.newRecord(ORGANIZATION);
        fill(record, organization);
        record.setId(organization.id());
        record.setMembershipStatus(organization.status().name());
        record.setAppliedOn(organization.appliedOn());
        record.setMemberSince(organization.memberSince());
        record.setStatusReason(organization.statusReason());
        record.setCreatedAt(utc(organization.createdAt()));
        record.setApplicationContactName(organization.applicationContactName());
        record.setApplicationContactEmail(organization.applicationContactEmail());
        record.insert();
        writeVocabularies(organization);
    }

    void update(Organization organization) {
        var dsl = database.dsl();
        OrganizationRecord record = dsl.fetchSingle(ORGANIZATION, ORGANIZATION.ID.eq(organization.id()));
        fill(record, organization);
        record.update();
        dsl.deleteFrom(ORGANIZATION_SERVICE).where(ORGANIZATION_SERVICE.ORGANIZATION_ID.eq(organization.id())).execute();
        dsl.deleteFrom(ORGANIZATION_CLIENTELE).where(ORGANIZATION_CLIENTELE.ORGANIZATION_ID.eq(organization.id())).execute();
        writeVocabularies(organization);
    }

    void updateStatus(long id, MembershipStatus status, LocalDate memberSince, String reason, Instant at) {
        database.dsl().update(ORGANIZATION)
                .set(ORGANIZATION.MEMBERSHIP_STATUS, status.name())
                .set(ORGANIZATION.MEMBER_SINCE, memberSince)
                .set(ORGANIZATION.STATUS_REASON, reason)
                .set(ORGANIZATION.UPDATED_AT, utc(at))
                .where(ORGANIZATION.ID.eq(id))
                .execute();
    }

    void insertTransition(MembershipTransition transition) {
        database.dsl().insertInto(MEMBERSHIP_TRANSITION)
                .set(MEMBERSHIP_TRANSITION.ID, transition.id())
                .set(MEMBERSHIP_TRANSITION.ORGANIZATION_ID, transition.organizationId())
                .set(MEMBERSHIP_TRANSITION.FROM_STATUS, transition.from() == null ? null : transition.from().name())
                .set(MEMBERSHIP_TRANSITION.TO_STATUS, transition.to().name())
                .set(MEMBERSHIP_TRANSITION.REASON, transition.reason())
                .set(MEMBERSHIP_TRANSITION.ACTOR, transition.actor())
                .set(MEMBERSHIP_TRANSITION.OCCURRED_AT, utc(transition.occurredAt()))
                .execute();
    }

    List<MembershipTransition> transitions(long organizationId) {
        return database.dsl().selectFrom(MEMBERSHIP_TRANSITION)
                .where(MEMBERSHIP_TRANSITION.ORGANIZATION_ID.eq(organizationId))
                .orderBy(MEMBERSHIP_TRANSITION.OCCURRED_AT, MEMBERSHIP_TRANSITION.ID)
                .fetch(r -> new MembershipTransition(r.getId(), r.getOrganizationId(),
                        r.getFromStatus() == null ? null : MembershipStatus.valueOf(r.getFromStatus()),
                        MembershipStatus.valueOf(r.getToStatus()), r.getReason(), r.getActor(),
                        instant(r.getOccurredAt())));
    }

    /** Every organization's transitions made before that instant, oldest first. */
    List<MembershipTransition> transitionsBefore(Instant end) {
        return database.dsl().selectFrom(MEMBERSHIP_TRANSITION)
                .where(MEMBERSHIP_TRANSITION.OCCURRED_AT.lt(utc(end)))
                .orderBy(MEMBERSHIP_TRANSITION.OCCURRED_AT, MEMBERSHIP_TRANSITION.ID)
                .fetch(r -> new MembershipTransition(r.getId(), r.getOrganizationId(),
                        r.getFromStatus() == null ? null : MembershipStatus.valueOf(r.getFromStatus()),
                        MembershipStatus.valueOf(r.getToStatus()), r.getReason(), r.getActor(),
                        instant(r.getOccurredAt())));
    }

    Optional<Organization> find(long id) {
        List<Organization> found = select(ORGANIZATION.ID.eq(id));
        return found.stream().findFirst();
    }

    List<Organization> findAll() {
        return select(DSL.trueCondition());
    }

    List<Organization> findByStatus(MembershipStatus status) {
        return select(ORGANIZATION.MEMBERSHIP_STATUS.eq(status.name()));
    }

    boolean emailInUse(String email, long exceptId) {
        return database.dsl().fetchExists(ORGANIZATION,
                DSL.lower(ORGANIZATION.EMAIL).eq(email.toLowerCase(Locale.ROOT)).and(ORGANIZATION.ID.ne(exceptId)));
    }

    private List<Organization> select(Condition condition) {
        var dsl = database.dsl();
        List<Record> rows = dsl.select(ORGANIZATION.asterisk(), PROVINCE_REGION.REGION)
                .from(ORGANIZATION)
                .join(PROVINCE_REGION).on(PROVINCE_REGION.PROVINCE.eq(ORGANIZATION.PROVINCE))
                .where(condition)
                .orderBy(ORGANIZATION.NAME, ORGANIZATION.ID)
                .fetch();
        Map<Long, Set<ServiceOffered>> services = new HashMap<>();
        Map<Long, Set<Clientele>> clienteles = new HashMap<>();
        var ids = rows.stream().map(r -> r.get(ORGANIZATION.ID)).toList();
        if (!ids.isEmpty() && ids.size() <= 500) {
            loadVocabularies(ORGANIZATION_SERVICE.ORGANIZATION_ID.in(ids), ORGANIZATION_CLIENTELE.ORGANIZATION_ID.in(ids),
                    services, clienteles);
        } else if (!ids.isEmpty()) {
            loadVocabularies(DSL.trueCondition(), DSL.trueCondition(), services, clienteles);
        }
        List<Organization> organizations = new ArrayList<>(rows.size());
        for (Record row : rows) {
            long id = row.get(ORGANIZATION.ID);
            organizations.add(new Organization(
                    id,
                    row.get(ORGANIZATION.NAME),
                    row.get(ORGANIZATION.NAME_OTHER_LANGUAGE),
                    row.get(ORGANIZATION.EMAIL),
                    row.get(ORGANIZATION.PHONE),
                    row.get(ORGANIZATION.WEBSITE),
                    row.get(ORGANIZATION.STREET_ADDRESS),
                    row.get(ORGANIZATION.CITY),
                    row.get(ORGANIZATION.POSTAL_CODE),
                    Province.valueOf(row.get(ORGANIZATION.PROVINCE)),
                    Region.valueOf(row.get(PROVINCE_REGION.REGION)),
                    Language.fromCode(row.get(ORGANIZATION.LANGUAGE)),
                    services.getOrDefault(id, Set.of()),
                    clienteles.getOrDefault(id, Set.of()),
                    row.get(ORGANIZATION.NOTES),
                    MembershipStatus.valueOf(row.get(ORGANIZATION.MEMBERSHIP_STATUS)),
                    row.get(ORGANIZATION.APPLIED_ON),
                    row.get(ORGANIZATION.MEMBER_SINCE),
                    row.get(ORGANIZATION.STATUS_REASON),
                    instant(row.get(ORGANIZATION.CREATED_AT)),
                    instant(row.get(ORGANIZATION.UPDATED_AT)),
                    row.get(ORGANIZATION.APPLICATION_CONTACT_NAME),
                    row.get(ORGANIZATION.APPLICATION_CONTACT_EMAIL),
                    row.get(ORGANIZATION.VERSION)));
        }
        return organizations;
    }

    private void loadVocabularies(Condition serviceCondition, Condition clienteleCondition,
                                  Map<Long, Set<ServiceOffered>> services, Map<Long, Set<Clientele>> clienteles) {
        var dsl = database.dsl();
        dsl.selectFrom(ORGANIZATION_SERVICE).where(serviceCondition).forEach(r ->
                services.computeIfAbsent(r.getOrganizationId(), k -> EnumSet.noneOf(ServiceOffered.class))
                        .add(ServiceOffered.valueOf(r.getService())));
        dsl.selectFrom(ORGANIZATION_CLIENTELE).where(clienteleCondition).forEach(r ->
                clienteles.computeIfAbsent(r.getOrganizationId(), k -> EnumSet.noneOf(Clientele.class))
                        .add(Clientele.valueOf(r.getClientele())));
    }

    private void fill(OrganizationRecord record, Organization organization) {
        record.setName(organization.name());
        record.setNameOtherLanguage(organization.nameOtherLanguage());
        record.setEmail(organization.email());
        record.setPhone(organization.phone());
        record.setWebsite(organization.website());
        record.setStreetAddress(organization.streetAddress());
        record.setCity(organization.city());
        record.setPostalCode(organization.postalCode());
        record.setProvince(organization.province().name());
        record.setLanguage(organization.language().code());
        record.setNotes(organization.notes());
        record.setUpdatedAt(utc(organization.updatedAt()));
    }

    private void writeVocabularies(Organization organization) {
        var dsl = database.dsl();
        for (ServiceOffered service : organization.services()) {
            dsl.insertInto(ORGANIZATION_SERVICE)
                    .set(ORGANIZATION_SERVICE.ORGANIZATION_ID, organization.id())
                    .set(ORGANIZATION_SERVICE.SERVICE, service.name())
                    .execute();
        }
        for (Clientele clientele : organization.clienteles()) {
            dsl.insertInto(ORGANIZATION_CLIENTELE)
                    .set(ORGANIZATION_CLIENTELE.ORGANIZATION_ID, organization.id())
                    .set(ORGANIZATION_CLIENTELE.CLIENTELE, clientele.name())
                    .execute();
        }
    }
}
