package ca.ccrweb.office.core.groups;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.schema.tables.records.CouncilGroupRecord;
import ca.ccrweb.office.core.db.schema.tables.records.WorkshopProposalRecord;
import ca.ccrweb.office.core.events.EventKind;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.CHAIR_TERM;
import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;
import static ca.ccrweb.office.core.db.schema.Tables.COUNCIL_GROUP;
import static ca.ccrweb.office.core.db.schema.Tables.EVENT;
import static ca.ccrweb.office.core.db.schema.Tables.EVENT_SESSION;
import static ca.ccrweb.office.core.db.schema.Tables.GROUP_MEMBER;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.WORKSHOP_PROPOSAL;

final class GroupRepository {
    private final Database database;

    GroupRepository(Database database) {
        this.database = database;
    }

    void insert(long id, String code, GroupDraft draft, Instant now) {
        CouncilGroupRecord record = database.dsl().newRecord(COUNCIL_GROUP);
        record.setId(id);
        record.setCode(code);
        fill(record, draft);
        record.setCreatedAt(utc(now));
        record.setUpdatedAt(utc(now));
        record.insert();
    }

    void update(long id, GroupDraft draft, Instant now) {
        CouncilGroupRecord record = database.dsl().fetchSingle(COUNCIL_GROUP, COUNCIL_GROUP.ID.eq(id));
        fill(record, draft);
        record.setUpdatedAt(utc(now));
        record.update();
    }

    boolean codeTaken(String code) {
        return database.dsl().fetchExists(COUNCIL_GROUP, COUNCIL_GROUP.CODE.eq(code));
    }

    Optional<Group> find(long id) {
        return database.dsl().selectFrom(COUNCIL_GROUP).where(COUNCIL_GROUP.ID.eq(id))
                .fetchOptional(GroupRepository::toGroup);
    }

    Optional<Group> byCode(String code) {
        return database.dsl().selectFrom(COUNCIL_GROUP).where(COUNCIL_GROUP.CODE.eq(code))
                .fetchOptional(GroupRepository::toGroup);
    }

    /** The three working groups first, in their usual order, then the others by name. */
    List<Group> all() {
        List<Group> groups = new ArrayList<>(database.dsl().selectFrom(COUNCIL_GROUP).fetch(GroupRepository::toGroup));
        groups.sort(Comparator.comparing(Group::kind).thenComparing(Group::id));
        return groups;
    }

    void insertMember(long id, long groupId, long contactId, Long organizationId, LocalDate since, Instant now) {
        database.dsl().insertInto(GROUP_MEMBER)
                .set(GROUP_MEMBER.ID, id).set(GROUP_MEMBER.GROUP_ID, groupId).set(GROUP_MEMBER.CONTACT_ID, contactId)
                .set(GROUP_MEMBER.ORGANIZATION_ID, organizationId).set(GROUP_MEMBER.SINCE_ON, since)
                .set(GROUP_MEMBER.CREATED_AT, utc(now)).execute();
    }

    void setMemberUntil(long id, LocalDate until) {
        database.dsl().update(GROUP_MEMBER).set(GROUP_MEMBER.UNTIL_ON, until).where(GROUP_MEMBER.ID.eq(id)).execute();
    }

    Optional<GroupMember> member(long id) {
        return memberQuery().where(GROUP_MEMBER.ID.eq(id)).fetchOptional(GroupRepository::toMember);
    }

    Optional<GroupMember> memberOf(long groupId, long contactId) {
        return memberQuery().where(GROUP_MEMBER.GROUP_ID.eq(groupId), GROUP_MEMBER.CONTACT_ID.eq(contactId))
                .fetchOptional(GroupRepository::toMember);
    }

    List<GroupMember> members(Long groupId) {
        return memberQuery().where(groupId == null ? DSL.noCondition() : GROUP_MEMBER.GROUP_ID.eq(groupId))
                .orderBy(CONTACT.NAME_KEY, GROUP_MEMBER.ID).fetch(GroupRepository::toMember);
    }

    private SelectOnConditionStep<Record> memberQuery() {
        return database.dsl().select(GROUP_MEMBER.fields()).select(CONTACT.FULL_NAME, CONTACT.EMAIL,
                        CONTACT.ORGANIZATION_NAME, ORGANIZATION.NAME)
                .from(GROUP_MEMBER).join(CONTACT).on(CONTACT.ID.eq(GROUP_MEMBER.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(GROUP_MEMBER.ORGANIZATION_ID));
    }

    void insertChairTerm(long id, long groupId, ChairSeat seat, long contactId, LocalDate startsOn, LocalDate endsOn,
                         Instant now) {
        database.dsl().insertInto(CHAIR_TERM)
                .set(CHAIR_TERM.ID, id).set(CHAIR_TERM.GROUP_ID, groupId).set(CHAIR_TERM.SEAT, seat.name())
                .set(CHAIR_TERM.CONTACT_ID, contactId).set(CHAIR_TERM.STARTS_ON, startsOn)
                .set(CHAIR_TERM.ENDS_ON, endsOn).set(CHAIR_TERM.CREATED_AT, utc(now)).execute();
    }

    void setChairTermEnd(long id, LocalDate endsOn) {
        database.dsl().update(CHAIR_TERM).set(CHAIR_TERM.ENDS_ON, endsOn).where(CHAIR_TERM.ID.eq(id)).execute();
    }

    Optional<ChairTerm> chairTerm(long id) {
        return chairQuery().where(CHAIR_TERM.ID.eq(id)).fetchOptional(GroupRepository::toChairTerm);
    }

    /** A group's terms (every group's when null), the latest first within each seat. */
    List<ChairTerm> chairTerms(Long groupId) {
        return chairQuery().where(groupId == null ? DSL.noCondition() : CHAIR_TERM.GROUP_ID.eq(groupId))
                .orderBy(CHAIR_TERM.GROUP_ID, CHAIR_TERM.SEAT, CHAIR_TERM.STARTS_ON.desc())
                .fetch(GroupRepository::toChairTerm);
    }

    private SelectOnConditionStep<Record> chairQuery() {
        return database.dsl().select(CHAIR_TERM.fields()).select(CONTACT.FULL_NAME, CONTACT.EMAIL,
                        CONTACT.ORGANIZATION_NAME, ORGANIZATION.NAME)
                .from(CHAIR_TERM).join(CONTACT).on(CONTACT.ID.eq(CHAIR_TERM.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID));
    }

    /** The group's sessions in programmes, found by its code, and the whole events of the kind it holds. */
    List<GroupMeeting> meetings(Group group, EventKind heldAs) {
        List<GroupMeeting> meetings = new ArrayList<>(database.dsl()
                .select(EVENT.ID, EVENT_SESSION.ID, EVENT.KIND, EVENT_SESSION.SESSION_DAY, EVENT_SESSION.TITLE_FR,
                        EVENT_SESSION.TITLE_EN, EVENT.CITY)
                .from(EVENT_SESSION).join(EVENT).on(EVENT.ID.eq(EVENT_SESSION.EVENT_ID))
                .where(EVENT_SESSION.WORKING_GROUP.eq(group.code()))
                .fetch(r -> new GroupMeeting(r.value1(), r.value2(), EventKind.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7())));
        if (heldAs != null) {
            meetings.addAll(database.dsl().selectFrom(EVENT).where(EVENT.KIND.eq(heldAs.name()))
                    .fetch(r -> new GroupMeeting(r.getId(), null, heldAs, r.getStartsOn(), r.getTitleFr(),
                            r.getTitleEn(), r.getCity())));
        }
        meetings.sort(Comparator.comparing(GroupMeeting::day).reversed());
        return meetings;
    }

    void insertProposal(long id, WorkshopProposalDraft draft, Instant now) {
        WorkshopProposalRecord record = database.dsl().newRecord(WORKSHOP_PROPOSAL);
        record.setId(id);
        fill(record, draft);
        record.setStatus(ProposalStatus.PROPOSED.name());
        record.setCreatedAt(utc(now));
        record.setUpdatedAt(utc(now));
        record.insert();
    }

    void updateProposal(long id, WorkshopProposalDraft draft, Instant now) {
        WorkshopProposalRecord record = database.dsl().fetchSingle(WORKSHOP_PROPOSAL, WORKSHOP_PROPOSAL.ID.eq(id));
        fill(record, draft);
        record.setUpdatedAt(utc(now));
        record.update();
    }

    void decideProposal(long id, ProposalStatus status, String note, Long sessionId, Instant now) {
        database.dsl().update(WORKSHOP_PROPOSAL).set(WORKSHOP_PROPOSAL.STATUS, status.name())
                .set(WORKSHOP_PROPOSAL.DECISION_NOTE, note).set(WORKSHOP_PROPOSAL.SESSION_ID, sessionId)
                .set(WORKSHOP_PROPOSAL.DECIDED_AT, utc(now)).set(WORKSHOP_PROPOSAL.UPDATED_AT, utc(now))
                .where(WORKSHOP_PROPOSAL.ID.eq(id)).execute();
    }

    Optional<WorkshopProposal> proposal(long id) {
        return proposalQuery().where(WORKSHOP_PROPOSAL.ID.eq(id)).fetchOptional(GroupRepository::toProposal);
    }

    /** The proposals for one consultation, or for all when null; the latest consultation first. */
    List<WorkshopProposal> proposals(Long eventId) {
        return proposalQuery().where(eventId == null ? DSL.noCondition() : WORKSHOP_PROPOSAL.EVENT_ID.eq(eventId))
                .orderBy(EVENT.STARTS_ON.desc(), WORKSHOP_PROPOSAL.PROPOSED_ON, WORKSHOP_PROPOSAL.ID)
                .fetch(GroupRepository::toProposal);
    }

    private SelectOnConditionStep<Record> proposalQuery() {
        return database.dsl().select(WORKSHOP_PROPOSAL.fields()).select(EVENT.TITLE_FR, EVENT.TITLE_EN,
                        ORGANIZATION.NAME)
                .from(WORKSHOP_PROPOSAL).join(EVENT).on(EVENT.ID.eq(WORKSHOP_PROPOSAL.EVENT_ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(WORKSHOP_PROPOSAL.ORGANIZER_ORGANIZATION_ID));
    }

    void moveContact(long from, long to) {
        database.dsl().deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.CONTACT_ID.eq(from),
                GROUP_MEMBER.GROUP_ID.in(DSL.select(GROUP_MEMBER.as("kept").GROUP_ID).from(GROUP_MEMBER.as("kept"))
                        .where(GROUP_MEMBER.as("kept").CONTACT_ID.eq(to)))).execute();
        database.dsl().update(GROUP_MEMBER).set(GROUP_MEMBER.CONTACT_ID, to).where(GROUP_MEMBER.CONTACT_ID.eq(from))
                .execute();
        database.dsl().update(CHAIR_TERM).set(CHAIR_TERM.CONTACT_ID, to).where(CHAIR_TERM.CONTACT_ID.eq(from)).execute();
    }

    private static void fill(CouncilGroupRecord record, GroupDraft draft) {
        record.setKind(draft.kind().name());
        record.setNameFr(draft.nameFr());
        record.setNameEn(draft.nameEn());
        record.setPurposeFr(draft.purposeFr());
        record.setPurposeEn(draft.purposeEn());
        record.setStaffLiaison(draft.staffLiaison());
    }

    private static void fill(WorkshopProposalRecord record, WorkshopProposalDraft draft) {
        record.setEventId(draft.eventId());
        record.setGroupId(draft.groupId());
        record.setOrganizerOrganizationId(draft.organizerOrganizationId());
        record.setTitleFr(draft.titleFr());
        record.setTitleEn(draft.titleEn());
        record.setDescription(draft.description());
        record.setProposedOn(draft.proposedOn());
    }

    private static Group toGroup(CouncilGroupRecord r) {
        return new Group(r.getId(), r.getCode(), GroupKind.valueOf(r.getKind()), r.getNameFr(), r.getNameEn(),
                r.getPurposeFr(), r.getPurposeEn(), r.getStaffLiaison());
    }

    private static String organizationName(Record r) {
        String member = r.get(ORGANIZATION.NAME);
        return member != null ? member : r.get(CONTACT.ORGANIZATION_NAME);
    }

    private static GroupMember toMember(Record r) {
        return new GroupMember(r.get(GROUP_MEMBER.ID), r.get(GROUP_MEMBER.GROUP_ID), r.get(GROUP_MEMBER.CONTACT_ID),
                r.get(CONTACT.FULL_NAME), r.get(CONTACT.EMAIL), r.get(GROUP_MEMBER.ORGANIZATION_ID),
                organizationName(r), r.get(GROUP_MEMBER.SINCE_ON), r.get(GROUP_MEMBER.UNTIL_ON));
    }

    private static ChairTerm toChairTerm(Record r) {
        return new ChairTerm(r.get(CHAIR_TERM.ID), r.get(CHAIR_TERM.GROUP_ID), ChairSeat.valueOf(r.get(CHAIR_TERM.SEAT)),
                r.get(CHAIR_TERM.CONTACT_ID), r.get(CONTACT.FULL_NAME), r.get(CONTACT.EMAIL), organizationName(r),
                r.get(CHAIR_TERM.STARTS_ON), r.get(CHAIR_TERM.ENDS_ON));
    }

    private static WorkshopProposal toProposal(Record r) {
        return new WorkshopProposal(r.get(WORKSHOP_PROPOSAL.ID), r.get(WORKSHOP_PROPOSAL.EVENT_ID),
                r.get(EVENT.TITLE_FR), r.get(EVENT.TITLE_EN), r.get(WORKSHOP_PROPOSAL.GROUP_ID),
                r.get(WORKSHOP_PROPOSAL.ORGANIZER_ORGANIZATION_ID), r.get(ORGANIZATION.NAME),
                r.get(WORKSHOP_PROPOSAL.TITLE_FR), r.get(WORKSHOP_PROPOSAL.TITLE_EN),
                r.get(WORKSHOP_PROPOSAL.DESCRIPTION), r.get(WORKSHOP_PROPOSAL.PROPOSED_ON),
                ProposalStatus.valueOf(r.get(WORKSHOP_PROPOSAL.STATUS)), r.get(WORKSHOP_PROPOSAL.DECISION_NOTE),
                r.get(WORKSHOP_PROPOSAL.SESSION_ID));
    }
}
