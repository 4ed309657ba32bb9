package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Advocacy campaigns: the campaign with its texts and suggested actions, its model letters (filled and written to
 * PDF or Word), the actions members report with what came of them, their tallies, and the committee's report.
 */
public final class AdvocacyService {
    private static final long LARGEST_ATTACHMENT = 10L * 1024 * 1024;

    private final Database database;
    private final AdvocacyRepository repository;
    private final MembershipService membership;
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;
    private final AuditLog audit;
    private final Access access;

    public AdvocacyService(Database database, MembershipService membership, Ids ids, Clock clock, Actor actor,
                           AuditLog audit, Access access) {
        this.database = database;
        this.repository = new AdvocacyRepository(database);
        this.membership = membership;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.access = access;
    }

    /** Every campaign, the newest first. */
    public List<Campaign> campaigns() {
        return repository.campaigns();
    }

    public Optional<Campaign> find(long campaignId) {
        return campaigns().stream().filter(campaign -> campaign.id() == campaignId).findFirst();
    }

    public Campaign createCampaign(CampaignDraft draft) {
        access.require(Permission.MANAGE_CAMPAIGNS, "ADVOCACY_CAMPAIGN_CREATE");
        CampaignDraft checked = check(draft);
        return database.transaction(() -> {
            long id = ids.next();
            repository.insertCampaign(id, checked, checked.links(), clock.instant());
            repository.replaceSuggestedActions(id, checked.suggestedActions());
            Campaign created = require(id);
            audit.changed("ADVOCACY_CAMPAIGN_CREATE", "advocacy_campaign", id, null, created);
            return created;
        });
    }

    public Campaign updateCampaign(long campaignId, CampaignDraft draft) {
        access.require(Permission.MANAGE_CAMPAIGNS, "ADVOCACY_CAMPAIGN_UPDATE");
        CampaignDraft checked = check(draft);
        return database.transaction(() -> {
            Campaign before = require(campaignId);
            repository.updateCampaign(campaignId, checked, checked.links(), clock.instant());
            repository.replaceSuggestedActions(campaignId, checked.suggestedActions());
            Campaign after = require(campaignId);
            audit.changed("ADVOCACY_CAMPAIGN_UPDATE", "advocacy_campaign", campaignId, before, after);
            return after;
        });
    }

    private CampaignDraft check(CampaignDraft draft) {
        Validator validator = new Validator();
        String titleFr = validator.required("titleFr", draft.titleFr(), 300);
        String titleEn = validator.required("titleEn", draft.titleEn(), 300);
        String goalFr = validator.optional("goalFr", draft.goalFr(), 2000);
        String goalEn = validator.optional("goalEn", draft.goalEn(), 2000);
        String textFr = validator.optional("textFr", draft.textFr(), 10000);
        String textEn = validator.optional("textEn", draft.textEn(), 10000);
        validator.required("startsOn", draft.startsOn());
        validator.required("status", draft.status());
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            validator.reject("endsOn", "advocacy.error.endsBeforeStart");
        }
        String links = validator.optional("links", draft.links(), 2000);
        if (links != null) {
            for (String link : links.split("\\R")) {
                if (!link.isBlank()) {
                    validator.optionalWebsite("links", link.strip());
                }
            }
        }
        List<SuggestedAction> suggested = new ArrayList<>();
        for (SuggestedAction action : draft.suggestedActions()) {
            if (action.audience() == null || action.kind() == null || Texts.isBlank(action.textFr())
                    || Texts.isBlank(action.textEn())) {
                validator.reject("suggestedActions", "advocacy.error.suggestedIncomplete");
                break;
            }
            suggested.add(new SuggestedAction(action.audience(), action.kind(),
                    validator.required("suggestedActions", action.textFr(), 1000),
                    validator.required("suggestedActions", action.textEn(), 1000)));
        }
        validator.throwIfInvalid();
        return new CampaignDraft(titleFr, titleEn, goalFr, goalEn, textFr, textEn, draft.startsOn(), draft.endsOn(),
                draft.status(), links, suggested);
    }

    private Campaign require(long campaignId) {
        return find(campaignId).orElseThrow(() -> new OfficeException("advocacy.error.noCampaign", String.valueOf(campaignId)));
    }

    // Model letters

    public List<ModelLetter> letters(long campaignId) {
        return repository.letters(campaignId);
    }

    public Optional<ModelLetter> letter(long letterId) {
        return repository.letter(letterId);
    }

    public ModelLetter addLetter(long campaignId, ModelLetterDraft draft) {
        access.require(Permission.MANAGE_CAMPAIGNS, "ADVOCACY_LETTER_ADD");
        ModelLetterDraft checked = check(draft);
        return database.transaction(() -> {
            require(campaignId);
            long id = ids.next();
            repository.insertLetter(id, campaignId, checked, clock.instant());
            ModelLetter created = repository.letter(id).orElseThrow();
            audit.changed("ADVOCACY_LETTER_ADD", "advocacy_model_letter", id, null, created);
            return created;
        });
    }

    public ModelLetter updateLetter(long letterId, ModelLetterDraft draft) {
        access.require(Permission.MANAGE_CAMPAIGNS, "ADVOCACY_LETTER_UPDATE");
        ModelLetterDraft checked = check(draft);
        return database.transaction(() -> {
            ModelLetter before = requireLetter(letterId);
            repository.updateLetter(letterId, checked, clock.instant());
            ModelLetter after = repository.letter(letterId).orElseThrow();
            audit.changed("ADVOCACY_LETTER_UPDATE", "advocacy_model_letter", letterId, before, after);
            return after;
        });
    }

    private static ModelLetterDraft check(ModelLetterDraft draft) {
        Validator validator = new Validator();
        validator.required("language", draft.language());
        validator.required("audience", draft.audience());
        validator.required("addresseeKind", draft.addressee());
        String title = validator.required("title", draft.title(), 300);
        String subject = validator.required("subject", draft.subject(), 300);
        String body = validator.required("body", draft.body(), 10000);
        ModelLetters.checkFields(draft, validator);
        validator.throwIfInvalid();
        return new ModelLetterDraft(draft.language(), draft.audience(), draft.addressee(), title, subject, body);
    }

    private ModelLetter requireLetter(long letterId) {
        return repository.letter(letterId).orElseThrow(() -> new OfficeException("advocacy.error.noLetter"));
    }

    /** The letter filled with the fields (refused with a message per missing field); writes nothing. */
    public FilledLetter fill(long letterId, LetterFields fields) {
        return ModelLetters.fill(requireLetter(letterId), fields);
    }

    /** Fills the letter and writes it, whole or not at all, and records that it was written. */
    public FilledLetter writeLetter(long letterId, LetterFields fields, LetterFormat format, Path output)
            throws IOException {
        access.require(Permission.FILL_MODEL_LETTERS, "ADVOCACY_LETTER_WRITE");
        FilledLetter letter = fill(letterId, fields);
        switch (format) {
            case PDF -> LetterPdf.write(letter, output);
            case DOCX -> LetterDocx.write(letter, output);
        }
        database.transaction(() -> audit.exported("advocacy letter " + letterId + " — " + letter.sender(),
                format.name(), 1, output.toAbsolutePath().toString()));
        return letter;
    }

    // Action reports

    public List<ActionReport> actions(long campaignId) {
        return repository.actions(campaignId);
    }

    public ActionReport record(long campaignId, ActionReportDraft draft) {
        access.require(Permission.RECORD_ADVOCACY_ACTIONS, "ADVOCACY_ACTION_RECORD");
        return database.transaction(() -> {
            Campaign campaign = require(campaignId);
            Checked checked = check(campaign, draft);
            long id = ids.next();
            repository.insertAction(id, campaignId, checked.draft(), checked.reporterName(), actor.name(),
                    clock.instant());
            ActionReport created = repository.action(id).orElseThrow();
            audit.changed("ADVOCACY_ACTION_RECORD", "advocacy_action", id, null, created);
            return created;
        });
    }

    public ActionReport updateAction(long actionId, ActionReportDraft draft) {
        access.require(Permission.RECORD_ADVOCACY_ACTIONS, "ADVOCACY_ACTION_UPDATE");
        return database.transaction(() -> {
            ActionReport before = requireAction(actionId);
            Checked checked = check(require(before.campaignId()), draft);
            repository.updateAction(actionId, checked.draft(), checked.reporterName(), clock.instant());
            ActionReport after = requireAction(actionId);
            audit.changed("ADVOCACY_ACTION_UPDATE", "advocacy_action", actionId, before, after);
            return after;
        });
    }

    public void deleteAction(long actionId) {
        access.require(Permission.RECORD_ADVOCACY_ACTIONS, "ADVOCACY_ACTION_DELETE");
        database.transaction(() -> {
            ActionReport before = requireAction(actionId);
            repository.deleteAction(actionId);
            audit.changed("ADVOCACY_ACTION_DELETE", "advocacy_action", actionId, before, null);
        });
    }

    private ActionReport requireAction(long actionId) {
        return repository.action(actionId).orElseThrow(() -> new OfficeException("advocacy.error.noAction"));
    }

    private record Checked(ActionReportDraft draft, String reporterName) {
    }

    private Checked check(Campaign campaign, ActionReportDraft draft) {
        Validator validator = new Validator();
        validator.required("reporterKind", draft.reporterKind());
        String name = Texts.clean(draft.reporterName());
        var province = draft.province();
        if (draft.organizationId() != null) {
            Optional<Organization> organization = membership.find(draft.organizationId());
            if (organization.isEmpty()) {
                validator.reject("reporter", "organization.error.notFound");
            } else {
                name = organization.get().name();
                province = province == null ? organization.get().province() : province;
            }
        }
        if (name == null) {
            validator.reject("reporter", "validation.required");
        } else {
            name = validator.required("reporter", name, 200);
        }
        validator.required("province", province);
        validator.required("kind", draft.kind());
        if (draft.kind() != null && !campaign.actionKinds().contains(draft.kind())) {
            validator.reject("kind", "advocacy.error.kindNotSuggested");
        }
        validator.required("target", draft.target());
        String targetName = validator.optional("targetName", draft.targetName(), 200);
        String riding = validator.optional("riding", draft.riding(), 200);
        if (draft.target() == TargetKind.MP && riding == null) {
            validator.reject("riding", "advocacy.error.ridingNeeded");
        }
        validator.required("takenOn", draft.takenOn());
        if (draft.takenOn() != null && draft.takenOn().isAfter(LocalDate.now(clock))) {
            validator.reject("takenOn", "advocacy.error.takenInFuture");
        }
        validator.required("result", draft.result());
        String notes = validator.optional("notes", draft.notes(), 4000);
        validator.throwIfInvalid();
        return new Checked(new ActionReportDraft(draft.reporterKind(), draft.organizationId(), name, province,
                draft.kind(), draft.target(), targetName, riding, draft.takenOn(), draft.result(), notes), name);
    }

    // Attachments

    public Attachment attach(long actionId, String fileName, byte[] content) {
        access.require(Permission.RECORD_ADVOCACY_ACTIONS, "ADVOCACY_ATTACH");
        Validator validator = new Validator();
        String name = validator.required("attachment", fileName, 255);
        if (content.length == 0) {
            validator.reject("attachment", "advocacy.error.emptyFile");
        } else if (content.length > LARGEST_ATTACHMENT) {
            validator.reject("attachment", "advocacy.error.fileTooLarge", LARGEST_ATTACHMENT / (1024 * 1024));
        }
        validator.throwIfInvalid();
        return database.transaction(() -> {
            requireAction(actionId);
            long id = ids.next();
            repository.insertAttachment(id, actionId, name, content, clock.instant());
            Attachment added = repository.attachments(actionId).stream().filter(a -> a.id() == id).findFirst()
                    .orElseThrow();
            audit.changed("ADVOCACY_ATTACH", "advocacy_action", actionId, null, added);
            return added;
        });
    }

    public List<Attachment> attachments(long actionId) {
        return repository.attachments(actionId);
    }

    public byte[] attachmentContent(long attachmentId) {
        return repository.attachmentContent(attachmentId)
                .orElseThrow(() -> new OfficeException("advocacy.error.noAttachment"));
    }

    // Results

    public Tallies tallies(long campaignId) {
        return Tallies.of(repository.groups(campaignId), repository.reporters(campaignId, ReporterKind.ORGANIZATION),
                repository.reporters(campaignId, ReporterKind.INDIVIDUAL));
    }

    /** Letters to the minister reported as written between two days (both included), all campaigns together. */
    public int lettersToMinister(LocalDate from, LocalDate to) {
        return repository.countTaken(ActionKind.LETTER_TO_MINISTER, from, to);
    }

    /**
     * The executive committee's one-page report in the language chosen, on the council's letterhead from the
     * office's settings (its logo and address), recorded as an export.
     */
    public void writeReport(long campaignId, Language language, OfficeSettings office, Path output)
            throws IOException {
        access.require(Permission.EXPORT_PERSONAL_DATA, "EXPORT");
        Campaign campaign = require(campaignId);
        CampaignReport.write(campaign, tallies(campaignId), office, Messages.of(language), LocalDate.now(clock),
                output);
        database.transaction(() -> audit.exported("advocacy report — " + campaign.title(language), "PDF", 1,
                output.toAbsolutePath().toString()));
    }
}
