package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.schema.tables.records.QuarterlyUpdateRecord;
import ca.ccrweb.office.core.l10n.Language;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.QUARTERLY_UPDATE;
import static ca.ccrweb.office.core.db.schema.Tables.QUARTERLY_UPDATE_FIGURE;
import static ca.ccrweb.office.core.db.schema.Tables.QUARTERLY_UPDATE_SECTION;

final class QuarterlyUpdateRepository {
    private final Database database;
    private final Ids ids;

    QuarterlyUpdateRepository(Database database, Ids ids) {
        this.database = database;
        this.ids = ids;
    }

    void insert(long id, int revision, QuarterlyUpdateDraft draft, Instant now) {
        QuarterlyUpdateRecord record = database.dsl().newRecord(QUARTERLY_UPDATE);
        record.setId(id);
        record.setRevision(revision);
        record.setStatus(UpdateStatus.DRAFT.name());
        record.setCreatedAt(utc(now));
        fill(record, draft, now);
        record.insert();
        writeParts(id, draft);
    }

    void update(long id, QuarterlyUpdateDraft draft, Instant now) {
        QuarterlyUpdateRecord record = database.dsl().fetchSingle(QUARTERLY_UPDATE, QUARTERLY_UPDATE.ID.eq(id));
        fill(record, draft, now);
        record.update();
        database.dsl().deleteFrom(QUARTERLY_UPDATE_SECTION).where(QUARTERLY_UPDATE_SECTION.UPDATE_ID.eq(id)).execute();
        database.dsl().deleteFrom(QUARTERLY_UPDATE_FIGURE).where(QUARTERLY_UPDATE_FIGURE.UPDATE_ID.eq(id)).execute();
        writeParts(id, draft);
    }

    void publish(long id, byte[] pdf, String by, Instant now) {
        database.dsl().update(QUARTERLY_UPDATE)
                .set(QUARTERLY_UPDATE.STATUS, UpdateStatus.PUBLISHED.name())
                .set(QUARTERLY_UPDATE.PUBLISHED_PDF, pdf)
                .set(QUARTERLY_UPDATE.PUBLISHED_AT, utc(now))
                .set(QUARTERLY_UPDATE.PUBLISHED_BY, by)
                .set(QUARTERLY_UPDATE.UPDATED_AT, utc(now))
                .where(QUARTERLY_UPDATE.ID.eq(id))
                .execute();
    }

    void delete(long id) {
        database.dsl().deleteFrom(QUARTERLY_UPDATE).where(QUARTERLY_UPDATE.ID.eq(id)).execute();
    }

    Optional<QuarterlyUpdate> find(long id) {
        return database.dsl().selectFrom(QUARTERLY_UPDATE).where(QUARTERLY_UPDATE.ID.eq(id)).fetchOptional()
                .map(this::toUpdate);
    }

    Optional<byte[]> publishedPdf(long id) {
        return database.dsl().select(QUARTERLY_UPDATE.PUBLISHED_PDF).from(QUARTERLY_UPDATE)
                .where(QUARTERLY_UPDATE.ID.eq(id)).fetchOptional(QUARTERLY_UPDATE.PUBLISHED_PDF);
    }

    /** The editions of one quarter in one language, newest revision first. */
    List<UpdateSummary> editions(int year, int quarter, Language language) {
        return database.dsl().selectFrom(QUARTERLY_UPDATE)
                .where(QUARTERLY_UPDATE.UPDATE_YEAR.eq(year).and(QUARTERLY_UPDATE.QUARTER.eq(quarter))
                        .and(QUARTERLY_UPDATE.LANGUAGE.eq(language.code())))
                .orderBy(QUARTERLY_UPDATE.REVISION.desc())
                .fetch(QuarterlyUpdateRepository::toSummary);
    }

    /** Newest quarter first, then French before English, then the newest revision. */
    List<UpdateSummary> all(UpdateStatus onlyStatus) {
        var condition = onlyStatus == null ? DSL.trueCondition()
                : QUARTERLY_UPDATE.STATUS.eq(onlyStatus.name());
        return database.dsl().selectFrom(QUARTERLY_UPDATE).where(condition)
                .orderBy(QUARTERLY_UPDATE.UPDATE_YEAR.desc(), QUARTERLY_UPDATE.QUARTER.desc(),
                        QUARTERLY_UPDATE.LANGUAGE.desc(), QUARTERLY_UPDATE.REVISION.desc())
                .fetch(QuarterlyUpdateRepository::toSummary);
    }

    private void writeParts(long id, QuarterlyUpdateDraft draft) {
        int position = 0;
        for (UpdateSection section : draft.sections()) {
            database.dsl().insertInto(QUARTERLY_UPDATE_SECTION)
                    .set(QUARTERLY_UPDATE_SECTION.ID, ids.next())
                    .set(QUARTERLY_UPDATE_SECTION.UPDATE_ID, id)
                    .set(QUARTERLY_UPDATE_SECTION.PAGE, section.page())
                    .set(QUARTERLY_UPDATE_SECTION.POSITION, position++)
                    .set(QUARTERLY_UPDATE_SECTION.HEADING, section.heading())
                    .set(QUARTERLY_UPDATE_SECTION.BODY, section.body())
                    .execute();
        }
        position = 0;
        for (KeyFigure figure : draft.figures() == null ? List.<KeyFigure>of() : draft.figures()) {
            database.dsl().insertInto(QUARTERLY_UPDATE_FIGURE)
                    .set(QUARTERLY_UPDATE_FIGURE.ID, ids.next())
                    .set(QUARTERLY_UPDATE_FIGURE.UPDATE_ID, id)
                    .set(QUARTERLY_UPDATE_FIGURE.POSITION, position++)
                    .set(QUARTERLY_UPDATE_FIGURE.SOURCE, figure.source())
                    .set(QUARTERLY_UPDATE_FIGURE.LABEL, figure.label())
                    .set(QUARTERLY_UPDATE_FIGURE.FIGURE_VALUE, figure.value())
                    .set(QUARTERLY_UPDATE_FIGURE.EDITED, figure.edited())
                    .execute();
        }
    }

    private static void fill(QuarterlyUpdateRecord record, QuarterlyUpdateDraft draft, Instant now) {
        record.setUpdateYear(draft.year());
        record.setQuarter(draft.quarter());
        record.setLanguage(draft.language().code());
        record.setTitle(draft.title());
        record.setIssueDate(draft.issueDate());
        record.setPaper(draft.paper().name());
        record.setImage(draft.image() == null ? null : draft.image().bytes());
        record.setImageCaption(draft.image() == null ? null : draft.image().caption());
        record.setImagePage(draft.image() == null ? null : draft.image().page());
        record.setUpdatedAt(utc(now));
    }

    private QuarterlyUpdate toUpdate(QuarterlyUpdateRecord r) {
        List<UpdateSection> sections = database.dsl().selectFrom(QUARTERLY_UPDATE_SECTION)
                .where(QUARTERLY_UPDATE_SECTION.UPDATE_ID.eq(r.getId()))
                .orderBy(QUARTERLY_UPDATE_SECTION.POSITION)
                .fetch(s -> new UpdateSection(s.getPage(), s.getHeading(), s.getBody()));
        List<KeyFigure> figures = database.dsl().selectFrom(QUARTERLY_UPDATE_FIGURE)
                .where(QUARTERLY_UPDATE_FIGURE.UPDATE_ID.eq(r.getId()))
                .orderBy(QUARTERLY_UPDATE_FIGURE.POSITION)
                .fetch(f -> new KeyFigure(f.getSource(), f.getLabel(), f.getFigureValue(), f.getEdited()));
        UpdateImage image = r.getImage() == null ? null
                : new UpdateImage(r.getImage(), r.getImageCaption(), r.getImagePage());
        return new QuarterlyUpdate(r.getId(), r.getUpdateYear(), r.getQuarter(), Language.fromCode(r.getLanguage()),
                r.getRevision(), r.getTitle(), r.getIssueDate(), Paper.valueOf(r.getPaper()),
                UpdateStatus.valueOf(r.getStatus()), List.copyOf(sections), image, List.copyOf(figures),
                r.getPublishedAt() == null ? null : instant(r.getPublishedAt()), r.getPublishedBy(), r.getVersion());
    }

    private static UpdateSummary toSummary(QuarterlyUpdateRecord r) {
        return new UpdateSummary(r.getId(), r.getUpdateYear(), r.getQuarter(), Language.fromCode(r.getLanguage()),
                r.getRevision(), r.getTitle(), r.getIssueDate(), UpdateStatus.valueOf(r.getStatus()),
                r.getPublishedAt() == null ? null : instant(r.getPublishedAt()));
    }
}
