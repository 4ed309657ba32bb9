package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.ADVOCACY_ACTION;
import static ca.ccrweb.office.core.db.schema.Tables.ADVOCACY_ATTACHMENT;
import static ca.ccrweb.office.core.db.schema.Tables.ADVOCACY_CAMPAIGN;
import static ca.ccrweb.office.core.db.schema.Tables.ADVOCACY_MODEL_LETTER;
import static ca.ccrweb.office.core.db.schema.Tables.ADVOCACY_SUGGESTED_ACTION;

final class AdvocacyRepository {
    private final Database database;

    AdvocacyRepository(Database database) {
        this.database = database;
    }

    void insertCampaign(long id, CampaignDraft draft, String links, Instant now) {
        database.dsl().insertInto(ADVOCACY_CAMPAIGN)
                .set(ADVOCACY_CAMPAIGN.ID, id)
                .set(ADVOCACY_CAMPAIGN.TITLE_FR, draft.titleFr())
                .set(ADVOCACY_CAMPAIGN.TITLE_EN, draft.titleEn())
                .set(ADVOCACY_CAMPAIGN.GOAL_FR, draft.goalFr())
                .set(ADVOCACY_CAMPAIGN.GOAL_EN, draft.goalEn())
                .set(ADVOCACY_CAMPAIGN.TEXT_FR, draft.textFr())
                .set(ADVOCACY_CAMPAIGN.TEXT_EN, draft.textEn())
                .set(ADVOCACY_CAMPAIGN.STARTS_ON, draft.startsOn())
                .set(ADVOCACY_CAMPAIGN.ENDS_ON, draft.endsOn())
                .set(ADVOCACY_CAMPAIGN.STATUS, draft.status().name())
                .set(ADVOCACY_CAMPAIGN.LINKS, links)
                .set(ADVOCACY_CAMPAIGN.CREATED_AT, utc(now))
                .set(ADVOCACY_CAMPAIGN.UPDATED_AT, utc(now))
                .execute();
    }

    void updateCampaign(long id, CampaignDraft draft, String links, Instant now) {
        database.dsl().update(ADVOCACY_CAMPAIGN)
                .set(ADVOCACY_CAMPAIGN.TITLE_FR, draft.titleFr())
                .set(ADVOCACY_CAMPAIGN.TITLE_EN, draft.titleEn())
                .set(ADVOCACY_CAMPAIGN.GOAL_FR, draft.goalFr())
                .set(ADVOCACY_CAMPAIGN.GOAL_EN, draft.goalEn())
                .set(ADVOCACY_CAMPAIGN.TEXT_FR, draft.textFr())
                .set(ADVOCACY_CAMPAIGN.TEXT_EN, draft.textEn())
                .set(ADVOCACY_CAMPAIGN.STARTS_ON, draft.startsOn())
                .set(ADVOCACY_CAMPAIGN.ENDS_ON, draft.endsOn())
                .set(ADVOCACY_CAMPAIGN.STATUS, draft.status().name())
                .set(ADVOCACY_CAMPAIGN.LINKS, links)
                .set(ADVOCACY_CAMPAIGN.UPDATED_AT, utc(now))
                .where(ADVOCACY_CAMPAIGN.ID.eq(id))
                .execute();
    }

    void replaceSuggestedActions(long campaignId, List<SuggestedAction> actions) {
        var dsl = database.dsl();
        dsl.deleteFrom(ADVOCACY_SUGGESTED_ACTION).where(ADVOCACY_SUGGESTED_ACTION.CAMPAIGN_ID.eq(campaignId))
                .execute();
        int position = 0;
        for (SuggestedAction action : actions) {
            dsl.insertInto(ADVOCACY_SUGGESTED_ACTION)
                    .set(ADVOCACY_SUGGESTED_ACTION.CAMPAIGN_ID, campaignId)
                    .set(ADVOCACY_SUGGESTED_ACTION.AUDIENCE, action.audience().name())
                    .set(ADVOCACY_SUGGESTED_ACTION.POSITION, position++)
                    .set(ADVOCACY_SUGGESTED_ACTION.ACTION_KIND, action.kind().name())
                    .set(ADVOCACY_SUGGESTED_ACTION.TEXT_FR, action.textFr())
                    .set(ADVOCACY_SUGGESTED_ACTION.TEXT_EN, action.textEn())
                    .execute();
        }
    }

    List<Campaign> campaigns() {
        Map<Long, List<SuggestedAction>> suggested = new HashMap<>();
        database.dsl().selectFrom(ADVOCACY_SUGGESTED_ACTION)
                .orderBy(ADVOCACY_SUGGESTED_ACTION.CAMPAIGN_ID, ADVOCACY_SUGGESTED_ACTION.POSITION)
                .forEach(row -> suggested.computeIfAbsent(row.getCampaignId(), id -> new ArrayList<>())
                        .add(new SuggestedAction(Audience.valueOf(row.getAudience()),
                                ActionKind.valueOf(row.getActionKind()), row.getTextFr(), row.getTextEn())));
        return database.dsl().selectFrom(ADVOCACY_CAMPAIGN)
                .orderBy(ADVOCACY_CAMPAIGN.STARTS_ON.desc(), ADVOCACY_CAMPAIGN.ID.desc())
                .fetch(row -> new Campaign(row.getId(), row.getTitleFr(), row.getTitleEn(), row.getGoalFr(),
                        row.getGoalEn(), row.getTextFr(), row.getTextEn(), row.getStartsOn(), row.getEndsOn(),
                        CampaignStatus.valueOf(row.getStatus()), links(row.getLinks()),
                        suggested.getOrDefault(row.getId(), List.of())));
    }

    private static List<String> links(String links) {
        return links == null ? List.of() : Arrays.stream(links.split("\\R")).map(String::strip)
                .filter(link -> !link.isEmpty()).toList();
    }

    void insertLetter(long id, long campaignId, ModelLetterDraft draft, Instant now) {
        database.dsl().insertInto(ADVOCACY_MODEL_LETTER)
                .set(ADVOCACY_MODEL_LETTER.ID, id)
                .set(ADVOCACY_MODEL_LETTER.CAMPAIGN_ID, campaignId)
                .set(ADVOCACY_MODEL_LETTER.LANGUAGE, draft.language().code())
                .set(ADVOCACY_MODEL_LETTER.AUDIENCE, draft.audience().name())
                .set(ADVOCACY_MODEL_LETTER.ADDRESSEE_KIND, draft.addressee().name())
                .set(ADVOCACY_MODEL_LETTER.TITLE, draft.title())
                .set(ADVOCACY_MODEL_LETTER.SUBJECT, draft.subject())
                .set(ADVOCACY_MODEL_LETTER.BODY, draft.body())
                .set(ADVOCACY_MODEL_LETTER.UPDATED_AT, utc(now))
                .execute();
    }

    void updateLetter(long id, ModelLetterDraft draft, Instant now) {
        database.dsl().update(ADVOCACY_MODEL_LETTER)
                .set(ADVOCACY_MODEL_LETTER.LANGUAGE, draft.language().code())
                .set(ADVOCACY_MODEL_LETTER.AUDIENCE, draft.audience().name())
                .set(ADVOCACY_MODEL_LETTER.ADDRESSEE_KIND, draft.addressee().name())
                .set(ADVOCACY_MODEL_LETTER.TITLE, draft.title())
                .set(ADVOCACY_MODEL_LETTER.SUBJECT, draft.subject())
                .set(ADVOCACY_MODEL_LETTER.BODY, draft.body())
                .set(ADVOCACY_MODEL_LETTER.UPDATED_AT, utc(now))
                .where(ADVOCACY_MODEL_LETTER.ID.eq(id))
                .execute();
    }

    List<ModelLetter> letters(long campaignId) {
        return database.dsl().selectFrom(ADVOCACY_MODEL_LETTER)
                .where(ADVOCACY_MODEL_LETTER.CAMPAIGN_ID.eq(campaignId))
                .orderBy(ADVOCACY_MODEL_LETTER.AUDIENCE, ADVOCACY_MODEL_LETTER.LANGUAGE, ADVOCACY_MODEL_LETTER.ID)
                .fetch(row -> new ModelLetter(row.getId(), row.getCampaignId(), Language.fromCode(row.getLanguage()),
                        Audience.valueOf(row.getAudience()), AddresseeKind.valueOf(row.getAddresseeKind()),
                        row.getTitle(), row.getSubject(), row.getBody()));
    }

    Optional<ModelLetter> letter(long id) {
        return database.dsl().selectFrom(ADVOCACY_MODEL_LETTER).where(ADVOCACY_MODEL_LETTER.ID.eq(id))
                .fetchOptional(row -> new ModelLetter(row.getId(), row.getCampaignId(),
                        Language.fromCode(row.getLanguage()), Audience.valueOf(row.getAudience()),
                        AddresseeKind.valueOf(row.getAddresseeKind()), row.getTitle(), row.getSubject(),
                        row.getBody()));
    }

    void insertAction(long id, long campaignId, ActionReportDraft draft, String reporterName, String recordedBy,
                      Instant now) {
        database.dsl().insertInto(ADVOCACY_ACTION)
                .set(ADVOCACY_ACTION.ID, id)
                .set(ADVOCACY_ACTION.CAMPAIGN_ID, campaignId)
                .set(ADVOCACY_ACTION.RECORDED_BY, recordedBy)
                .set(ADVOCACY_ACTION.RECORDED_AT, utc(now))
                .set(reported(draft, reporterName, now))
                .execute();
    }

    void updateAction(long id, ActionReportDraft draft, String reporterName, Instant now) {
        database.dsl().update(ADVOCACY_ACTION)
                .set(reported(draft, reporterName, now))
                .where(ADVOCACY_ACTION.ID.eq(id))
                .execute();
    }

    /** What a report says, written alike when it is recorded and when it is corrected. */
    private static Map<Field<?>, Object> reported(ActionReportDraft draft, String reporterName, Instant now) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(ADVOCACY_ACTION.UPDATED_AT, utc(now));
        values.put(ADVOCACY_ACTION.REPORTER_KIND, draft.reporterKind().name());
        values.put(ADVOCACY_ACTION.ORGANIZATION_ID, draft.organizationId());
        values.put(ADVOCACY_ACTION.REPORTER_NAME, reporterName);
        values.put(ADVOCACY_ACTION.PROVINCE, draft.province().name());
        values.put(ADVOCACY_ACTION.ACTION_KIND, draft.kind().name());
        values.put(ADVOCACY_ACTION.TARGET_KIND, draft.target().name());
        values.put(ADVOCACY_ACTION.TARGET_NAME, draft.targetName());
        values.put(ADVOCACY_ACTION.RIDING, draft.riding());
        values.put(ADVOCACY_ACTION.TAKEN_ON, draft.takenOn());
        values.put(ADVOCACY_ACTION.RESULT, draft.result().name());
        values.put(ADVOCACY_ACTION.NOTES, draft.notes());
        return values;
    }

    void deleteAction(long id) {
        database.dsl().deleteFrom(ADVOCACY_ACTION).where(ADVOCACY_ACTION.ID.eq(id)).execute();
    }

    List<ActionReport> actions(long campaignId) {
        return selectActions().where(ADVOCACY_ACTION.CAMPAIGN_ID.eq(campaignId))
                .orderBy(ADVOCACY_ACTION.TAKEN_ON.desc(), ADVOCACY_ACTION.ID.desc())
                .fetch(AdvocacyRepository::action);
    }

    Optional<ActionReport> action(long id) {
        return selectActions().where(ADVOCACY_ACTION.ID.eq(id)).fetchOptional(AdvocacyRepository::action);
    }

    private SelectJoinStep<Record> selectActions() {
        var attachments = DSL.selectCount().from(ADVOCACY_ATTACHMENT)
                .where(ADVOCACY_ATTACHMENT.ACTION_ID.eq(ADVOCACY_ACTION.ID)).asField("attachments");
        return database.dsl().select(ADVOCACY_ACTION.asterisk()).select(attachments).from(ADVOCACY_ACTION);
    }

    private static ActionReport action(Record row) {
        return new ActionReport(row.get(ADVOCACY_ACTION.ID), row.get(ADVOCACY_ACTION.CAMPAIGN_ID),
                ReporterKind.valueOf(row.get(ADVOCACY_ACTION.REPORTER_KIND)), row.get(ADVOCACY_ACTION.ORGANIZATION_ID),
                row.get(ADVOCACY_ACTION.REPORTER_NAME), Province.valueOf(row.get(ADVOCACY_ACTION.PROVINCE)),
                ActionKind.valueOf(row.get(ADVOCACY_ACTION.ACTION_KIND)),
                TargetKind.valueOf(row.get(ADVOCACY_ACTION.TARGET_KIND)), row.get(ADVOCACY_ACTION.TARGET_NAME),
                row.get(ADVOCACY_ACTION.RIDING), row.get(ADVOCACY_ACTION.TAKEN_ON),
                ActionResult.valueOf(row.get(ADVOCACY_ACTION.RESULT)), row.get(ADVOCACY_ACTION.NOTES),
                row.get("attachments", Integer.class), row.get(ADVOCACY_ACTION.RECORDED_BY),
                instant(row.get(ADVOCACY_ACTION.RECORDED_AT)));
    }

    /** The campaign's reports counted by the database, grouped by kind, province, result and date. */
    List<Tallies.Group> groups(long campaignId) {
        var count = DSL.count();
        return database.dsl().select(ADVOCACY_ACTION.ACTION_KIND, ADVOCACY_ACTION.PROVINCE, ADVOCACY_ACTION.RESULT,
                        ADVOCACY_ACTION.TAKEN_ON, count)
                .from(ADVOCACY_ACTION)
                .where(ADVOCACY_ACTION.CAMPAIGN_ID.eq(campaignId))
                .groupBy(ADVOCACY_ACTION.ACTION_KIND, ADVOCACY_ACTION.PROVINCE, ADVOCACY_ACTION.RESULT,
                        ADVOCACY_ACTION.TAKEN_ON)
                .fetch(row -> new Tallies.Group(ActionKind.valueOf(row.value1()), Province.valueOf(row.value2()),
                        ActionResult.valueOf(row.value3()), row.value4(), row.value5()));
    }

    /** Distinct organizations (by id, or by name when none was chosen) or individuals who reported. */
    int reporters(long campaignId, ReporterKind kind) {
        var who = DSL.coalesce(ADVOCACY_ACTION.ORGANIZATION_ID.cast(String.class), DSL.lower(ADVOCACY_ACTION.REPORTER_NAME));
        return database.dsl().select(DSL.countDistinct(who)).from(ADVOCACY_ACTION)
                .where(ADVOCACY_ACTION.CAMPAIGN_ID.eq(campaignId).and(ADVOCACY_ACTION.REPORTER_KIND.eq(kind.name())))
                .fetchOne(0, Integer.class);
    }

    /** Reported actions of a kind taken between two days, both included, whatever the campaign. */
    int countTaken(ActionKind kind, LocalDate from, LocalDate to) {
        return database.dsl().fetchCount(ADVOCACY_ACTION, ADVOCACY_ACTION.ACTION_KIND.eq(kind.name())
                .and(ADVOCACY_ACTION.TAKEN_ON.between(from, to)));
    }

    void insertAttachment(long id, long actionId, String fileName, byte[] content, Instant now) {
        database.dsl().insertInto(ADVOCACY_ATTACHMENT)
                .set(ADVOCACY_ATTACHMENT.ID, id)
                .set(ADVOCACY_ATTACHMENT.ACTION_ID, actionId)
                .set(ADVOCACY_ATTACHMENT.FILE_NAME, fileName)
                .set(ADVOCACY_ATTACHMENT.SIZE_BYTES, (long) content.length)
                .set(ADVOCACY_ATTACHMENT.CONTENT, content)
                .set(ADVOCACY_ATTACHMENT.ADDED_AT, utc(now))
                .execute();
    }

    List<Attachment> attachments(long actionId) {
        return database.dsl().select(ADVOCACY_ATTACHMENT.ID, ADVOCACY_ATTACHMENT.ACTION_ID,
                        ADVOCACY_ATTACHMENT.FILE_NAME, ADVOCACY_ATTACHMENT.SIZE_BYTES, ADVOCACY_ATTACHMENT.ADDED_AT)
                .from(ADVOCACY_ATTACHMENT).where(ADVOCACY_ATTACHMENT.ACTION_ID.eq(actionId))
                .orderBy(ADVOCACY_ATTACHMENT.ADDED_AT, ADVOCACY_ATTACHMENT.ID)
                .fetch(row -> new Attachment(row.value1(), row.value2(), row.value3(), row.value4(),
                        instant(row.value5())));
    }

    Optional<byte[]> attachmentContent(long attachmentId) {
        return database.dsl().select(ADVOCACY_ATTACHMENT.CONTENT).from(ADVOCACY_ATTACHMENT)
                .where(ADVOCACY_ATTACHMENT.ID.eq(attachmentId)).fetchOptional(row -> row.value1());
    }
}
