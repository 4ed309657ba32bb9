package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.RecordVersions;
import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.office.LogoImages;
import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The quarterly update: drafts written and rewritten, published (frozen, with the PDF as it was printed),
 * revised into a new draft, and kept in an archive from which each edition prints again as it was.
 */
public final class QuarterlyUpdateService {
    public static final int MOST_FIGURES = 8;
    public static final int MOST_SECTIONS = 20;

    private final Database database;
    private final QuarterlyUpdateRepository updates;
    private final KeyFigures keyFigures;
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;
    private final AuditLog audit;
    private final Access access;
    private final Supplier<OfficeSettings> office;

    public QuarterlyUpdateService(Database database, KeyFigures keyFigures, Ids ids, Clock clock, Actor actor,
                                  AuditLog audit, Access access) {
        this(database, keyFigures, ids, clock, actor, audit, access, () -> OfficeSettings.NONE);
    }

    /** With the office's settings: its logo for the masthead and its address for the footer, when set. */
    public QuarterlyUpdateService(Database database, KeyFigures keyFigures, Ids ids, Clock clock, Actor actor,
                                  AuditLog audit, Access access, Supplier<OfficeSettings> office) {
        this.office = office;
        this.database = database;
        this.updates = new QuarterlyUpdateRepository(database, ids);
        this.keyFigures = keyFigures;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.access = access;
    }

    /** The figures of a quarter as the data gives them today, labelled in the language. */
    public List<KeyFigure> computeFigures(int year, int quarter, Language language) {
        return keyFigures.compute(new Quarter(year, quarter), language);
    }

    /** A new edition's first draft; without figures, the computed ones. */
    public QuarterlyUpdate create(QuarterlyUpdateDraft draft) {
        access.require(Permission.PUBLISH_UPDATES, "CREATE_QUARTERLY_UPDATE");
        QuarterlyUpdateDraft checked = check(draft);
        QuarterlyUpdateDraft complete = checked.figures() != null ? checked
                : checked.withFigures(computeFigures(checked.year(), checked.quarter(), checked.language()));
        return database.transaction(() -> {
            if (!updates.editions(complete.year(), complete.quarter(), complete.language()).isEmpty()) {
                Validator validator = new Validator();
                validator.reject("quarter", "quarterly.error.exists", complete.quarter(),
                        String.valueOf(complete.year()));
                validator.throwIfInvalid();
            }
            long id = ids.next();
            updates.insert(id, 1, complete, clock.instant());
            QuarterlyUpdate created = require(id);
            audit.changed("CREATE", "quarterly_update", id, null, created.audited());
            return created;
        });
    }

    /** Saves a draft's new content; a published edition is refused (revise it instead). */
    public QuarterlyUpdate save(long id, QuarterlyUpdateDraft draft) {
        return save(id, -1, draft);
    }

    /** Saves the draft as opened at {@code openedVersion}; refused when changed since (-1: no check). */
    public QuarterlyUpdate save(long id, long openedVersion, QuarterlyUpdateDraft draft) {
        access.require(Permission.PUBLISH_UPDATES, "SAVE_QUARTERLY_UPDATE");
        QuarterlyUpdateDraft checked = check(draft);
        return database.transaction(() -> {
            if (openedVersion >= 0) {
                RecordVersions.require(database,
                        "quarterly_update", "quarterly_update", id,
                        openedVersion);
            }
            QuarterlyUpdate before = requireDraft(id);
            if (checked.year() != before.year() || checked.quarter() != before.quarter()
                    || checked.language() != before.language()) {
                throw new OfficeException("quarterly.error.editionFixed");
            }
            updates.update(id, checked.figures() == null ? checked.withFigures(before.figures()) : checked,
                    clock.instant());
            QuarterlyUpdate after = require(id);
            audit.changed("UPDATE", "quarterly_update", id, before.audited(), after.audited());
            return after;
        });
    }

    /**
     * Freezes a draft: its PDF is rendered and kept, and the edition will never change again. An update that
     * does not fit its two pages is refused, saying which page overflows.
     */
    public QuarterlyUpdate publish(long id) {
        access.require(Permission.PUBLISH_UPDATES, "PUBLISH_QUARTERLY_UPDATE");
        return database.transaction(() -> {
            QuarterlyUpdate before = requireDraft(id);
            QuarterlyUpdateRenderer.Rendering rendering = QuarterlyUpdateRenderer.render(before.content(), false,
                    office.get());
            refuseOverflow(rendering);
            updates.publish(id, rendering.pdf(), actor.name(), clock.instant());
            QuarterlyUpdate after = require(id);
            audit.changed("PUBLISH", "quarterly_update", id, before.audited(), after.audited());
            return after;
        });
    }

    /** A new draft copied from a published edition, its next revision; one draft at a time per edition. */
    public QuarterlyUpdate revise(long publishedId) {
        access.require(Permission.PUBLISH_UPDATES, "REVISE_QUARTERLY_UPDATE");
        return database.transaction(() -> {
            QuarterlyUpdate published = require(publishedId);
            if (!published.published()) {
                throw new OfficeException("quarterly.error.notPublished");
            }
            List<UpdateSummary> editions = updates.editions(published.year(), published.quarter(),
                    published.language());
            if (editions.stream().anyMatch(edition -> edition.status() == UpdateStatus.DRAFT)) {
                throw new OfficeException("quarterly.error.draftExists");
            }
            long id = ids.next();
            updates.insert(id, editions.getFirst().revision() + 1, published.content(), clock.instant());
            QuarterlyUpdate created = require(id);
            audit.changed("REVISE", "quarterly_update", id, published.audited(), created.audited());
            return created;
        });
    }

    /** Removes a draft; published editions stay in the archive. */
    public void deleteDraft(long id) {
        access.require(Permission.PUBLISH_UPDATES, "DELETE_QUARTERLY_UPDATE");
        database.transaction(() -> {
            QuarterlyUpdate removed = requireDraft(id);
            updates.delete(id);
            audit.changed("REMOVE", "quarterly_update", id, removed.audited(), null);
        });
    }

    public Optional<QuarterlyUpdate> find(long id) {
        return updates.find(id);
    }

    /** Every edition, drafts and published, newest quarter first. */
    public List<UpdateSummary> all() {
        return updates.all(null);
    }

    /** The published editions, newest first: each prints again as it was published. */
    public List<UpdateSummary> archive() {
        return updates.all(UpdateStatus.PUBLISHED);
    }

    /** The edition to print for a quarter and language: its newest published revision, else its draft. */
    public Optional<QuarterlyUpdate> current(int year, int quarter, Language language) {
        List<UpdateSummary> editions = updates.editions(year, quarter, language);
        return editions.stream().filter(edition -> edition.status() == UpdateStatus.PUBLISHED).findFirst()
                .or(() -> editions.stream().findFirst())
                .flatMap(edition -> updates.find(edition.id()));
    }

    /** A draft's content as it would print now, with the council's logo when one is set. */
    public QuarterlyUpdateRenderer.Rendering render(QuarterlyUpdateDraft content, boolean firstPageOnly) {
        return QuarterlyUpdateRenderer.render(content, firstPageOnly, office.get());
    }

    /**
     * The PDF of an edition: a published one on its own paper is the very PDF kept when it was published (its
     * first page alone when asked); a draft, or another paper, is rendered from the saved content.
     */
    public QuarterlyUpdateRenderer.Rendering pdf(QuarterlyUpdate update, Paper paper, boolean firstPageOnly) {
        Paper chosen = paper == null ? update.paper() : paper;
        QuarterlyUpdateRenderer.Rendering rendering = QuarterlyUpdateRenderer.render(
                update.content().withPaper(chosen), firstPageOnly, office.get());
        if (update.published() && chosen == update.paper()) {
            byte[] kept = updates.publishedPdf(update.id()).orElse(null);
            if (kept != null) {
                byte[] bytes = firstPageOnly ? firstPage(kept) : kept;
                return new QuarterlyUpdateRenderer.Rendering(bytes, firstPageOnly ? 1 : pageCount(kept),
                        rendering.first(), rendering.second());
            }
        }
        return rendering;
    }

    /** Writes the edition's PDF whole or not at all. */
    public QuarterlyUpdateRenderer.Rendering writePdf(QuarterlyUpdate update, Paper paper, boolean firstPageOnly,
                                                      Path output) throws IOException {
        QuarterlyUpdateRenderer.Rendering rendering = pdf(update, paper, firstPageOnly);
        AtomicFile.write(output, out -> out.write(rendering.pdf()));
        return rendering;
    }

    /** Refuses a rendering that spills over its pages, naming the first page that overflows. */
    public static void refuseOverflow(QuarterlyUpdateRenderer.Rendering rendering) {
        if (rendering.first().overflows()) {
            throw new OfficeException("quarterly.error.overflow", 1, rendering.first().percent());
        }
        if (rendering.second() != null && rendering.second().overflows()) {
            throw new OfficeException("quarterly.error.overflow", 2, rendering.second().percent());
        }
    }

    private QuarterlyUpdate require(long id) {
        return updates.find(id).orElseThrow(() -> new OfficeException("quarterly.error.notFound"));
    }

    private QuarterlyUpdate requireDraft(long id) {
        QuarterlyUpdate update = require(id);
        if (update.published()) {
            throw new OfficeException("quarterly.error.published");
        }
        return update;
    }

    private static byte[] firstPage(byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
        try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
             PdfDocument target = new PdfDocument(new PdfWriter(out))) {
            source.copyPagesTo(1, 1, target);
        } catch (IOException e) {
            throw new OfficeException(e, "quarterly.error.archiveUnreadable");
        }
        return out.toByteArray();
    }

    private static int pageCount(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new OfficeException(e, "quarterly.error.archiveUnreadable");
        }
    }

    static QuarterlyUpdateDraft check(QuarterlyUpdateDraft draft) {
        Validator validator = new Validator();
        if (draft.year() < 2000 || draft.year() > 2100) {
            validator.reject("year", "quarterly.error.year");
        }
        if (draft.quarter() < 1 || draft.quarter() > 4) {
            validator.reject("quarter", "quarterly.error.quarter");
        }
        Language language = validator.required("language", draft.language());
        String title = validator.required("title", draft.title(), 200);
        LocalDate issueDate = validator.required("issueDate", draft.issueDate());
        if (draft.sections().size() > MOST_SECTIONS) {
            validator.reject("sections", "quarterly.error.tooManySections", MOST_SECTIONS);
        }
        List<UpdateSection> sections = new ArrayList<>();
        for (int i = 0; i < draft.sections().size(); i++) {
            UpdateSection section = draft.sections().get(i);
            String field = "sections[" + i + "]";
            if (section.page() != UpdateSection.FIRST_PAGE && section.page() != UpdateSection.SECOND_PAGE) {
                validator.reject(field + ".page", "quarterly.error.page");
            }
            String heading = validator.required(field + ".heading", section.heading(), 200);
            String body = validator.optional(field + ".body", section.body(), 8000);
            sections.add(new UpdateSection(section.page(), heading, body == null ? "" : body));
        }
        UpdateImage image = draft.image();
        if (image != null) {
            if (!LogoImages.isPngOrJpeg(image.bytes())) {
                validator.reject("image", "quarterly.error.imageFormat");
            }
            if (image.page() != UpdateSection.FIRST_PAGE && image.page() != UpdateSection.SECOND_PAGE) {
                validator.reject("image", "quarterly.error.page");
            }
            image = new UpdateImage(image.bytes(), validator.optional("imageCaption", image.caption(), 300),
                    image.page());
        }
        List<KeyFigure> figures = null;
        if (draft.figures() != null) {
            if (draft.figures().size() > MOST_FIGURES) {
                validator.reject("figures", "quarterly.error.tooManyFigures", MOST_FIGURES);
            }
            figures = new ArrayList<>();
            for (int i = 0; i < draft.figures().size(); i++) {
                KeyFigure figure = draft.figures().get(i);
                String label = validator.required("figures[" + i + "].label", figure.label(), 200);
                String value = validator.required("figures[" + i + "].value", figure.value(), 40);
                figures.add(new KeyFigure(figure.source(), label, value, figure.edited()));
            }
        }
        validator.throwIfInvalid();
        return new QuarterlyUpdateDraft(draft.year(), draft.quarter(), language, title, issueDate,
                draft.paper() == null ? Paper.LETTER : draft.paper(), sections, image, figures);
    }
}
