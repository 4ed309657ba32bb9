package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionReport;
import ca.ccrweb.office.core.advocacy.ActionReportDraft;
import ca.ccrweb.office.core.advocacy.ActionResult;
import ca.ccrweb.office.core.advocacy.AdvocacyService;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.advocacy.ReporterKind;
import ca.ccrweb.office.core.advocacy.TargetKind;
import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.schema.tables.records.AdvocacyActionRecord;
import ca.ccrweb.office.core.membership.Province;
import org.jooq.Record3;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ca.ccrweb.office.core.db.schema.Tables.ADVOCACY_ACTION;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;

/**
 * The actions members reported for one campaign, as the office collected them in a spreadsheet. Each new row
 * is recorded through the campaign's own service (its rules: a kind the campaign suggests, a riding for an
 * MP, no date ahead of today), so the tallies count it like a typed report. A row is a report already there
 * when the same person or organization reported the same kind of action to the same target on the same day;
 * update and fill then touch the result, the target's name, the riding and the notes.
 */
final class ActionReportImport extends KindImport {
    static final String ENTITY = "advocacy_action";

    private record Member(long id, Province province) {
    }

    private final AdvocacyService advocacy;
    private final Campaign campaign;
    private final Map<String, Member> organizations = new HashMap<>();
    private final Map<String, ActionReport> known = new HashMap<>();

    ActionReportImport(Database database, Ids ids, Clock clock, AuditLog audit, AdvocacyService advocacy,
                       Campaign campaign) {
        super(database, ids, clock, audit);
        this.advocacy = advocacy;
        this.campaign = campaign;
    }

    @Override
    void load() {
        for (Record3<Long, String, String> organization : dsl().select(ORGANIZATION.ID, ORGANIZATION.NAME,
                ORGANIZATION.PROVINCE).from(ORGANIZATION).fetch()) {
            organizations.putIfAbsent(nameKey(organization.value2()), new Member(organization.value1(),
                    organization.value3() == null ? null : Province.valueOf(organization.value3())));
        }
        for (ActionReport action : advocacy.actions(campaign.id())) {
            known.putIfAbsent(key(action.reporterName(), action.kind(), action.target(), action.takenOn()), action);
        }
    }

    private static String key(String reporter, ActionKind kind, TargetKind target, LocalDate takenOn) {
        return nameKey(reporter) + "|" + kind + "|" + target + "|" + takenOn;
    }

    private static String key(ParsedRow row) {
        return key(row.get(ImportField.REPORTER), row.get(ImportField.ACTION_KIND), row.get(ImportField.TARGET_KIND),
                row.get(ImportField.TAKEN_ON));
    }

    /** The member organization the row names, when it names one (and does not say it is an individual). */
    private Member member(ParsedRow row) {
        if (row.get(ImportField.REPORTER_KIND) == ReporterKind.INDIVIDUAL) {
            return null;
        }
        return organizations.get(nameKey(row.get(ImportField.REPORTER)));
    }

    @Override
    Optional<Duplicate> existing(ParsedRow row) {
        return Optional.ofNullable(known.get(key(row))).map(action -> new Duplicate(ENTITY, action.id(),
                action.reporterName() + " · " + action.takenOn(), DuplicateRule.SAME_ACTION));
    }

    @Override
    List<String> fileKeys(ParsedRow row) {
        return List.of("action:" + key(row));
    }

    /**
     * The campaign service's rules, checked here so that a row it would refuse is reported, not the whole file (a
     * report already there keeps its riding).
     */
    @Override
    void check(ParsedRow row) {
        if (!campaign.actionKinds().contains(row.<ActionKind>get(ImportField.ACTION_KIND))) {
            row.reject(ImportField.ACTION_KIND, "advocacy.error.kindNotSuggested");
        }
        if (row.get(ImportField.TARGET_KIND) == TargetKind.MP && !row.has(ImportField.RIDING)
                && !known.containsKey(key(row))) {
            row.reject(ImportField.RIDING, "advocacy.error.ridingNeeded");
        }
        if (row.<LocalDate>get(ImportField.TAKEN_ON).isAfter(LocalDate.now(clock))) {
            row.reject(ImportField.TAKEN_ON, "advocacy.error.takenInFuture");
        }
        Member member = member(row);
        if (!row.has(ImportField.PROVINCE) && (member == null || member.province() == null)) {
            row.reject(ImportField.PROVINCE, "validation.required");
        }
    }

    @Override
    void create(ParsedRow row) {
        Member member = member(row);
        ReporterKind reporterKind = row.has(ImportField.REPORTER_KIND) ? row.get(ImportField.REPORTER_KIND)
                : member != null ? ReporterKind.ORGANIZATION : ReporterKind.INDIVIDUAL;
        ActionReport recorded = advocacy.record(campaign.id(), new ActionReportDraft(reporterKind,
                member == null ? null : member.id(), row.get(ImportField.REPORTER), row.get(ImportField.PROVINCE),
                row.get(ImportField.ACTION_KIND), row.get(ImportField.TARGET_KIND), row.get(ImportField.TARGET_NAME),
                row.get(ImportField.RIDING), row.get(ImportField.TAKEN_ON), row.get(ImportField.ACTION_RESULT),
                row.get(ImportField.NOTES)));
        items.add(new Item(ENTITY, recorded.id(), CREATED, null));
    }

    @Override
    void update(ParsedRow row, Duplicate duplicate, boolean fillOnly) {
        ActionReport before = advocacy.actions(campaign.id()).stream()
                .filter(action -> action.id() == duplicate.recordId()).findFirst().orElseThrow();
        ActionResult result = pick(before.result(), row.get(ImportField.ACTION_RESULT), fillOnly);
        String targetName = pick(before.targetName(), row.get(ImportField.TARGET_NAME), fillOnly);
        String riding = pick(before.riding(), row.get(ImportField.RIDING), fillOnly);
        String notes = pick(before.notes(), row.get(ImportField.NOTES), fillOnly);
        ActionReportDraft was = before.draft();
        ActionReportDraft changed = new ActionReportDraft(was.reporterKind(), was.organizationId(), was.reporterName(),
                was.province(), was.kind(), was.target(), targetName, riding, was.takenOn(), result, notes);
        if (changed.equals(was)) {
            return;
        }
        AdvocacyActionRecord record = dsl().fetchSingle(ADVOCACY_ACTION, ADVOCACY_ACTION.ID.eq(before.id()));
        String snapshot = snapshot(record, Map.of());
        advocacy.updateAction(before.id(), changed);
        items.add(new Item(ENTITY, before.id(), UPDATED, snapshot));
    }

    /** The row's value, unless it is empty or only empty fields are filled and the record has one. */
    private static <T> T pick(T current, T typed, boolean fillOnly) {
        if (typed == null || fillOnly && current != null) {
            return current;
        }
        return typed;
    }
}
