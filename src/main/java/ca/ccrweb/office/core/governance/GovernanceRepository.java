package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.schema.tables.records.ResolutionRecord;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;
import static ca.ccrweb.office.core.db.schema.Tables.COUNCIL_GROUP;
import static ca.ccrweb.office.core.db.schema.Tables.EVENT;
import static ca.ccrweb.office.core.db.schema.Tables.EXECUTIVE_TERM;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.RESOLUTION;
import static ca.ccrweb.office.core.db.schema.Tables.RESOLUTION_RELATION;
import static ca.ccrweb.office.core.db.schema.Tables.RESOLUTION_THEME;

final class GovernanceRepository {
    private final Database database;

    GovernanceRepository(Database database) {
        this.database = database;
    }

    void insertTerm(long id, ExecutivePosition position, long contactId, Long organizationId, Long electedAtEventId,
                    LocalDate startsOn, LocalDate endsOn, Instant now) {
        database.dsl().insertInto(EXECUTIVE_TERM)
                .set(EXECUTIVE_TERM.ID, id).set(EXECUTIVE_TERM.POSITION, position.name())
                .set(EXECUTIVE_TERM.CONTACT_ID, contactId).set(EXECUTIVE_TERM.ORGANIZATION_ID, organizationId)
                .set(EXECUTIVE_TERM.ELECTED_AT_EVENT_ID, electedAtEventId).set(EXECUTIVE_TERM.STARTS_ON, startsOn)
                .set(EXECUTIVE_TERM.ENDS_ON, endsOn).set(EXECUTIVE_TERM.CREATED_AT, utc(now)).execute();
    }

    void setTermEnd(long id, LocalDate endsOn) {
        database.dsl().update(EXECUTIVE_TERM).set(EXECUTIVE_TERM.ENDS_ON, endsOn).where(EXECUTIVE_TERM.ID.eq(id))
                .execute();
    }

    Optional<ExecutiveTerm> term(long id) {
        return termQuery().where(EXECUTIVE_TERM.ID.eq(id)).fetchOptional(GovernanceRepository::toTerm);
    }

    List<ExecutiveTerm> terms() {
        List<ExecutiveTerm> terms = new ArrayList<>(termQuery().orderBy(EXECUTIVE_TERM.STARTS_ON.desc(),
                EXECUTIVE_TERM.ID).fetch(GovernanceRepository::toTerm));
        terms.sort(Comparator.comparing(ExecutiveTerm::position)
                .thenComparing(ExecutiveTerm::startsOn, Comparator.reverseOrder()));
        return terms;
    }

    private SelectOnConditionStep<Record> termQuery() {
        return database.dsl().select(EXECUTIVE_TERM.fields())
                .select(CONTACT.FULL_NAME, CONTACT.EMAIL, CONTACT.ORGANIZATION_NAME, ORGANIZATION.NAME,
                        EVENT.TITLE_FR, EVENT.TITLE_EN)
                .from(EXECUTIVE_TERM).join(CONTACT).on(CONTACT.ID.eq(EXECUTIVE_TERM.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(EXECUTIVE_TERM.ORGANIZATION_ID))
                .leftJoin(EVENT).on(EVENT.ID.eq(EXECUTIVE_TERM.ELECTED_AT_EVENT_ID));
    }

    void moveContact(long from, long to) {
        database.dsl().update(EXECUTIVE_TERM).set(EXECUTIVE_TERM.CONTACT_ID, to)
                .where(EXECUTIVE_TERM.CONTACT_ID.eq(from)).execute();
    }

    boolean numberTaken(int year, int number, Long except) {
        return database.dsl().fetchExists(RESOLUTION, RESOLUTION.RESOLUTION_YEAR.eq(year), RESOLUTION.NUMBER.eq(number),
                except == null ? DSL.noCondition() : RESOLUTION.ID.ne(except));
    }

    int nextNumber(int year) {
        Integer highest = database.dsl().select(DSL.max(RESOLUTION.NUMBER)).from(RESOLUTION)
                .where(RESOLUTION.RESOLUTION_YEAR.eq(year)).fetchOne(0, Integer.class);
        return highest == null ? 1 : highest + 1;
    }

    List<Integer> years() {
        return database.dsl().selectDistinct(RESOLUTION.RESOLUTION_YEAR).from(RESOLUTION)
                .orderBy(RESOLUTION.RESOLUTION_YEAR.desc()).fetch(RESOLUTION.RESOLUTION_YEAR);
    }

    void insertResolution(long id, ResolutionDraft draft, int number, Instant now) {
        ResolutionRecord record = database.dsl().newRecord(RESOLUTION);
        record.setId(id);
        fill(record, draft, number);
        record.setCreatedAt(utc(now));
        record.setUpdatedAt(utc(now));
        record.insert();
        replaceThemesAndRelations(id, draft);
    }

    void updateResolution(long id, ResolutionDraft draft, int number, Instant now) {
        ResolutionRecord record = database.dsl().fetchSingle(RESOLUTION, RESOLUTION.ID.eq(id));
        fill(record, draft, number);
        record.setUpdatedAt(utc(now));
        record.update();
        replaceThemesAndRelations(id, draft);
    }

    private void replaceThemesAndRelations(long id, ResolutionDraft draft) {
        database.dsl().deleteFrom(RESOLUTION_THEME).where(RESOLUTION_THEME.RESOLUTION_ID.eq(id)).execute();
        for (ResolutionTheme theme : draft.themes()) {
            database.dsl().insertInto(RESOLUTION_THEME).set(RESOLUTION_THEME.RESOLUTION_ID, id)
                    .set(RESOLUTION_THEME.THEME, theme.name()).execute();
        }
        database.dsl().deleteFrom(RESOLUTION_RELATION).where(RESOLUTION_RELATION.RESOLUTION_ID.eq(id)).execute();
        for (long related : draft.relatedIds()) {
            database.dsl().insertInto(RESOLUTION_RELATION).set(RESOLUTION_RELATION.RESOLUTION_ID, id)
                    .set(RESOLUTION_RELATION.RELATED_RESOLUTION_ID, related).execute();
        }
    }

    Optional<Resolution> resolution(long id) {
        return resolutions(RESOLUTION.ID.eq(id)).stream().findFirst();
    }

    /** Every resolution, the latest year first, then by number. */
    List<Resolution> resolutions() {
        return resolutions(DSL.noCondition());
    }

    private List<Resolution> resolutions(Condition condition) {
        Map<Long, Set<ResolutionTheme>> themes = new HashMap<>();
        database.dsl().selectFrom(RESOLUTION_THEME)
                .where(RESOLUTION_THEME.RESOLUTION_ID.in(DSL.select(RESOLUTION.ID).from(RESOLUTION).where(condition)))
                .forEach(r -> themes.computeIfAbsent(r.getResolutionId(), id -> EnumSet.noneOf(ResolutionTheme.class))
                        .add(ResolutionTheme.valueOf(r.getTheme())));
        Map<Long, List<Long>> related = new HashMap<>();
        database.dsl().selectFrom(RESOLUTION_RELATION)
                .where(RESOLUTION_RELATION.RESOLUTION_ID.in(DSL.select(RESOLUTION.ID).from(RESOLUTION).where(condition)))
                .forEach(r -> related.computeIfAbsent(r.getResolutionId(), id -> new ArrayList<>())
                        .add(r.getRelatedResolutionId()));
        return database.dsl().select(RESOLUTION.fields())
                .select(COUNCIL_GROUP.NAME_FR, COUNCIL_GROUP.NAME_EN, ORGANIZATION.NAME, EVENT.TITLE_FR, EVENT.TITLE_EN)
                .from(RESOLUTION)
                .leftJoin(COUNCIL_GROUP).on(COUNCIL_GROUP.ID.eq(RESOLUTION.SPONSOR_GROUP_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(RESOLUTION.SPONSOR_ORGANIZATION_ID))
                .leftJoin(EVENT).on(EVENT.ID.eq(RESOLUTION.ADOPTED_AT_EVENT_ID))
                .where(condition)
                .orderBy(RESOLUTION.RESOLUTION_YEAR.desc(), RESOLUTION.NUMBER)
                .fetch(r -> new Resolution(r.get(RESOLUTION.ID), r.get(RESOLUTION.RESOLUTION_YEAR),
                        r.get(RESOLUTION.NUMBER), r.get(RESOLUTION.TITLE_FR), r.get(RESOLUTION.TITLE_EN),
                        r.get(RESOLUTION.TEXT_FR), r.get(RESOLUTION.TEXT_EN), r.get(RESOLUTION.SPONSOR_GROUP_ID),
                        r.get(COUNCIL_GROUP.NAME_FR), r.get(COUNCIL_GROUP.NAME_EN),
                        r.get(RESOLUTION.SPONSOR_ORGANIZATION_ID), r.get(ORGANIZATION.NAME),
                        r.get(RESOLUTION.ADOPTED_AT_EVENT_ID), r.get(EVENT.TITLE_FR), r.get(EVENT.TITLE_EN),
                        ResolutionStatus.valueOf(r.get(RESOLUTION.STATUS)),
                        themes.getOrDefault(r.get(RESOLUTION.ID), Set.of()),
                        related.getOrDefault(r.get(RESOLUTION.ID), List.of())));
    }

    private static void fill(ResolutionRecord record, ResolutionDraft draft, int number) {
        record.setResolutionYear(draft.year());
        record.setNumber(number);
        record.setTitleFr(draft.titleFr());
        record.setTitleEn(draft.titleEn());
        record.setTextFr(draft.textFr());
        record.setTextEn(draft.textEn());
        record.setSponsorGroupId(draft.sponsorGroupId());
        record.setSponsorOrganizationId(draft.sponsorOrganizationId());
        record.setAdoptedAtEventId(draft.adoptedAtEventId());
        record.setStatus(draft.status().name());
    }

    private static ExecutiveTerm toTerm(Record r) {
        String organization = r.get(ORGANIZATION.NAME) != null ? r.get(ORGANIZATION.NAME)
                : r.get(CONTACT.ORGANIZATION_NAME);
        return new ExecutiveTerm(r.get(EXECUTIVE_TERM.ID), ExecutivePosition.valueOf(r.get(EXECUTIVE_TERM.POSITION)),
                r.get(EXECUTIVE_TERM.CONTACT_ID), r.get(CONTACT.FULL_NAME), r.get(CONTACT.EMAIL),
                r.get(EXECUTIVE_TERM.ORGANIZATION_ID), organization, r.get(EXECUTIVE_TERM.ELECTED_AT_EVENT_ID),
                r.get(EVENT.TITLE_FR), r.get(EVENT.TITLE_EN), r.get(EXECUTIVE_TERM.STARTS_ON),
                r.get(EXECUTIVE_TERM.ENDS_ON));
    }
}
