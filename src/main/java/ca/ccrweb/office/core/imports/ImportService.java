package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.advocacy.AdvocacyService;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.schema.tables.records.AccountRecord;
import ca.ccrweb.office.core.db.schema.tables.records.AdvocacyActionRecord;
import ca.ccrweb.office.core.db.schema.tables.records.ContactRecord;
import ca.ccrweb.office.core.db.schema.tables.records.ImportBatchItemRecord;
import ca.ccrweb.office.core.db.schema.tables.records.RegistrationRecord;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.IntakeService;
import ca.ccrweb.office.core.events.PaymentService;
import ca.ccrweb.office.core.events.RegistrationService;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.mailings.MailingListService;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static ca.ccrweb.office.core.db.schema.Tables.ACCOUNT;
import static ca.ccrweb.office.core.db.schema.Tables.ADVOCACY_ACTION;
import static ca.ccrweb.office.core.db.schema.Tables.LIST_SUBSCRIPTION;
import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION;

/**
 * Imports from spreadsheets (docs/decisions/0018): read the file, propose the columns and the values of our
 * vocabularies, preview every row (new, duplicate of which record by which rule, or in error with the
 * field and why) without writing, then write all accepted rows in one transaction as one recorded batch,
 * which can be undone while nothing done since depends on it.
 */
public final class ImportService {
    private static final int CHECK_EVERY = 1_000;

    private final Database database;
    private final EventService events;
    private final RegistrationService registrations;
    private final MailingListService mailingLists;
    private final AdvocacyService advocacy;
    private final IntakeService intake;
    private final PaymentService payments;
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;
    private final AuditLog audit;
    private final Access access;
    private final ImportBatches batches;

    public ImportService(Database database, EventService events, RegistrationService registrations,
                         IntakeService intake, PaymentService payments, MailingListService mailingLists,
                         AdvocacyService advocacy, Ids ids, Clock clock, Actor actor, AuditLog audit, Access access) {
        this.database = database;
        this.events = events;
        this.registrations = registrations;
        this.intake = intake;
        this.payments = payments;
        this.mailingLists = mailingLists;
        this.advocacy = advocacy;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.access = access;
        this.batches = new ImportBatches(database);
    }

    public ImportFile read(Path file) {
        return ImportFiles.read(file);
    }

    /**
     * The first rows of a file, to propose and preview them at once while the whole file is read: a row's
     * preview depends only on the rows above it, so these rows preview as they will in the whole file.
     */
    public ImportFile readFirst(Path file, int rows) {
        return ImportFiles.readFirst(file, rows);
    }

    /**
     * Which column fills which field: the mapping staff confirmed before for the same header, else the
     * header read as one of the field's names in either language. A field is filled by one column at most.
     */
    public Map<ImportField, Integer> proposeColumns(ImportKind kind, List<String> headers) {
        return ColumnProposal.propose(kind, headers, batches.rememberedMapping(kind));
    }

    /**
     * Everything proposed for a file: its columns, the values of our vocabularies, and the order of day and
     * month when the file shows it (a date such as 25/03/2024); duplicates skipped unless staff choose otherwise.
     */
    public ImportSettings propose(ImportFile file, ImportKind kind, Long eventId) {
        Map<ImportField, Integer> columns = proposeColumns(kind, file.headers());
        return ImportSettings.of(kind, eventId, columns)
                .withValues(proposeValues(file, kind, eventId, columns))
                .withDateOrder(DateOrder.shownBy(typedDates(file, kind, columns)).orElse(null));
    }

    /**
     * The vocabulary of a field, its values labelled in the language shown (an event's rates for the rate, the
     * lists people join for the list).
     */
    public Vocabulary vocabulary(ImportField field, Long eventId, Language shownIn) {
        if (field.type() == FieldType.MAILING_LIST) {
            return Vocabulary.of(field.type(), mailingLists.lists().stream().filter(list -> !list.isMemberMailings())
                    .map(list -> new Vocabulary.Choice(String.valueOf(list.id()), list.name(shownIn),
                            list.code() == null ? List.of(list.nameFr(), list.nameEn())
                                    : List.of(list.nameFr(), list.nameEn(), list.code()))).toList());
        }
        return Vocabulary.of(field.type(), field.type() == FieldType.RATE ? rates(eventId) : List.of(), shownIn);
    }

    /**
     * Each value typed in a vocabulary column and the value of ours proposed for it (null: no proposal, staff
     * choose), in the order they first appear.
     */
    public Map<ImportField, Map<String, String>> proposeValues(ImportFile file, ImportKind kind, Long eventId,
                                                               Map<ImportField, Integer> columns) {
        Map<ImportField, Map<String, String>> proposals = new EnumMap<>(ImportField.class);
        for (ImportField field : kind.fields()) {
            Integer column = columns.get(field);
            if (column == null || !field.type().isVocabulary()) {
                continue;
            }
            Vocabulary vocabulary = vocabulary(field, eventId, Language.EN);
            Map<String, String> values = new LinkedHashMap<>();
            for (int row = 0; row < file.rows().size(); row++) {
                String typed = Texts.clean(file.cell(row, column));
                if (typed == null) {
                    continue;
                }
                List<String> parts = field.type().isList() ? List.of(typed.split("[;|\\n]+")) : List.of(typed);
                for (String part : parts) {
                    String value = Texts.clean(part);
                    if (value != null && !values.containsKey(value)) {
                        values.put(value, vocabulary.propose(value).orElse(null));
                    }
                }
            }
            proposals.put(field, values);
        }
        return proposals;
    }

    /** The dates typed as text in the mapped date columns (to find their order, or ask for it). */
    public List<String> typedDates(ImportFile file, ImportKind kind, Map<ImportField, Integer> columns) {
        List<String> dates = new ArrayList<>();
        for (ImportField field : kind.fields()) {
            Integer column = columns.get(field);
            if (field.type() == FieldType.DATE && column != null) {
                for (int row = 0; row < file.rows().size(); row++) {
                    String typed = file.cell(row, column);
                    if (typed != null) {
                        dates.add(typed);
                    }
                }
            }
        }
        return dates;
    }

    /** Every row classified with the settings; nothing is written. */
    public ImportPreview preview(ImportFile file, ImportSettings settings) {
        return database.transaction(() -> {
            KindImport kind = kindImport(settings);
            kind.load();
            return classify(file, settings, kind);
        });
    }

    /**
     * Writes every accepted row in one transaction: new rows are created, duplicates skipped, updated or
     * filled as chosen, rows in error left out and reported. All of it is kept, or none (a failure or a
     * cancellation writes nothing). Recorded as a batch in the audit trail. {@code dryRun}: the counts and
     * errors it would give, nothing written.
     */
    public ImportResult importRows(ImportFile file, ImportSettings settings, ImportProgress progress, boolean dryRun) {
        if (!file.complete()) {
            throw new IllegalArgumentException("Only the first rows of " + file.fileName() + " were read");
        }
        if (dryRun) {
            ImportPreview preview = preview(file, settings);
            int updated = 0;
            int skipped = 0;
            for (PreviewRow row : preview.rows()) {
                if (row.status() == RowStatus.DUPLICATE) {
                    if (settings.choiceFor(row.line()) == DuplicateChoice.SKIP) {
                        skipped++;
                    } else {
                        updated++;
                    }
                }
            }
            return new ImportResult(null, preview.newRows(), updated, skipped, preview.allErrors());
        }
        access.require(Permission.IMPORT_DATA, "IMPORT");
        return database.transaction(() -> {
            KindImport kind = kindImport(settings);
            kind.load();
            RowClassifier classifier = new RowClassifier(file, settings, kind);
            int created = 0;
            int updated = 0;
            int skipped = 0;
            List<RowError> errors = new ArrayList<>();
            int total = file.rows().size();
            for (int index = 0; index < total; index++) {
                if (index % CHECK_EVERY == 0) {
                    stopIfCancelled(progress);
                    progress.progressed(index, total);
                }
                Classified classified = classifier.classify(index);
                ParsedRow row = classified.row();
                if (!row.errors.isEmpty()) {
                    errors.addAll(row.errors);
                } else if (classified.duplicate() == null) {
                    kind.create(row);
                    created++;
                } else {
                    DuplicateChoice choice = settings.choiceFor(row.line);
                    int before = kind.items.size();
                    if (choice != DuplicateChoice.SKIP) {
                        kind.update(row, classified.duplicate(), choice == DuplicateChoice.FILL);
                    }
                    if (!row.errors.isEmpty()) {
                        errors.addAll(row.errors);
                    } else if (kind.items.size() > before) {
                        updated++;
                    } else {
                        skipped++;
                    }
                }
            }
            kind.flush();
            stopIfCancelled(progress);
            long batchId = ids.next();
            int errorRows = (int) errors.stream().mapToInt(RowError::line).distinct().count();
            ImportBatch batch = new ImportBatch(batchId, settings.kind(), file.fileName(), file.sha256(),
                    settings.eventId(), actor.name(), clock.instant(), created, updated, skipped, errorRows, null, null);
            batches.insert(batch, kind.items);
            rememberMapping(file, settings);
            Map<String, Object> recorded = new LinkedHashMap<>(Map.of("kind", settings.kind().name(),
                    "file", file.fileName(), "sha256", file.sha256(), "created", created, "updated", updated,
                    "skipped", skipped, "errors", errorRows));
            if (settings.campaignId() != null) {
                recorded.put("campaign", settings.campaignId());
            }
            audit.changed("IMPORT", "import_batch", batchId, null, recorded);
            progress.progressed(total, total);
            return new ImportResult(batchId, created, updated, skipped, errors);
        });
    }

    private static void stopIfCancelled(ImportProgress progress) {
        if (progress.cancelled()) {
            throw new OfficeException("import.cancelled");
        }
    }

    private record Classified(ParsedRow row, Duplicate duplicate) {
    }

    /** Every row's preview; each row is read, classified and kept as its preview alone (a large file's rows
     * are not held twice). */
    private ImportPreview classify(ImportFile file, ImportSettings settings, KindImport kind) {
        RowClassifier classifier = new RowClassifier(file, settings, kind);
        List<PreviewRow> rows = new ArrayList<>(file.rows().size());
        int newRows = 0;
        int duplicates = 0;
        int errors = 0;
        for (int index = 0; index < file.rows().size(); index++) {
            Classified each = classifier.classify(index);
            ParsedRow row = each.row();
            RowStatus status = !row.errors.isEmpty() ? RowStatus.ERROR
                    : each.duplicate() != null ? RowStatus.DUPLICATE : RowStatus.NEW;
            switch (status) {
                case NEW -> newRows++;
                case DUPLICATE -> duplicates++;
                case ERROR -> errors++;
            }
            rows.add(new PreviewRow(row.line, status, row.cells, each.duplicate(), row.errors));
        }
        return new ImportPreview(rows, newRows, duplicates, errors);
    }

    /**
     * Reads rows in order and says what each is: refused (with the fields), the same as an earlier row of the
     * file, a record already there, or new. Rows are classified one at a time, so a large file is written as
     * it is read rather than held twice.
     */
    private final class RowClassifier {
        private final ImportSettings settings;
        private final KindImport kind;
        private final RowReader reader;
        private final Map<String, Integer> seen;

        RowClassifier(ImportFile file, ImportSettings settings, KindImport kind) {
            this.settings = settings;
            this.kind = kind;
            this.reader = new RowReader(file, settings, field -> vocabulary(field, settings.eventId(), Language.EN));
            this.seen = HashMap.newHashMap(file.rows().size() * 2);
        }

        Classified classify(int index) {
            ParsedRow row = reader.read(index);
            if (row.errors.isEmpty()) {
                kind.check(row);
            }
            if (row.errors.isEmpty()) {
                for (String key : kind.fileKeys(row)) {
                    Integer earlier = seen.putIfAbsent(key, row.line);
                    if (earlier != null) {
                        row.reject(key.startsWith("email:") ? ImportField.EMAIL : switch (settings.kind()) {
                                    case ORGANIZATIONS -> ImportField.NAME;
                                    case ACTION_REPORTS -> ImportField.REPORTER;
                                    default -> ImportField.FULL_NAME;
                                }, "import.error.twiceInFile", earlier);
                        break;
                    }
                }
            }
            Duplicate duplicate = row.errors.isEmpty() ? kind.existing(row).orElse(null) : null;
            return new Classified(row, duplicate);
        }
    }

    private KindImport kindImport(ImportSettings settings) {
        return switch (settings.kind()) {
            case ORGANIZATIONS -> new OrganizationImport(database, ids, clock, audit, actor.name());
            case ACCOUNTS -> new AccountImport(database, ids, clock, audit);
            case CONTACTS -> new ContactImport(database, ids, clock, audit, Language.EN);
            case REGISTRATIONS -> {
                Event event = requireEvent(settings.eventId());
                yield new RegistrationImport(database, ids, clock, audit, registrations, intake, payments, event,
                        events.rates(event.id()), Language.EN);
            }
            case SUBSCRIBERS -> new SubscriberImport(database, ids, clock, audit, mailingLists);
            case ACTION_REPORTS -> new ActionReportImport(database, ids, clock, audit, advocacy,
                    requireCampaign(settings.campaignId()));
        };
    }

    private Campaign requireCampaign(Long campaignId) {
        if (campaignId == null) {
            throw new OfficeException("import.error.campaignRequired");
        }
        return advocacy.find(campaignId).orElseThrow(() -> new OfficeException("import.error.unknownCampaign",
                String.valueOf(campaignId)));
    }

    private Event requireEvent(Long eventId) {
        if (eventId == null) {
            throw new OfficeException("import.error.eventRequired");
        }
        return events.find(eventId).orElseThrow(() -> new OfficeException("import.error.unknownEvent", eventId));
    }

    private List<RateCategory> rates(Long eventId) {
        return events.rates(requireEvent(eventId).id());
    }

    private void rememberMapping(ImportFile file, ImportSettings settings) {
        Map<String, ImportField> mapping = new HashMap<>();
        settings.columns().forEach((field, column) -> {
            if (column < file.headers().size()) {
                String key = Vocabulary.key(file.headers().get(column));
                if (!key.isEmpty() && key.length() <= 200) {
                    mapping.put(key, field);
                }
            }
        });
        batches.remember(settings.kind(), mapping);
    }

    /** Every import, newest first. */
    public List<ImportBatch> batches() {
        return batches.all();
    }

    public Optional<ImportBatch> batch(long batchId) {
        return batches.find(batchId);
    }

    /** How many records undoing the batch would remove and put back as they were; nothing is changed. */
    public UndoPlan undoPlan(long batchId) {
        return database.transaction(() -> {
            ImportBatch batch = batches.find(batchId)
                    .orElseThrow(() -> new OfficeException("import.undo.notFound", batchId));
            List<ImportBatchItemRecord> items = batches.items(batchId);
            int removed = (int) items.stream().filter(item -> KindImport.CREATED.equals(item.getAction())).count();
            return new UndoPlan(batch, removed, items.size() - removed);
        });
    }

    /**
     * Removes what the batch created and puts back what it changed, in one transaction. Refused, with the
     * reason, when a record it touched was changed or removed since, or when something made later points at
     * a record it created (a registration for an imported person, an account of an imported organization).
     */
    public ImportBatch undo(long batchId) {
        access.require(Permission.IMPORT_DATA, "UNDO_IMPORT");
        return database.transaction(() -> {
            ImportBatch batch = batches.find(batchId)
                    .orElseThrow(() -> new OfficeException("import.undo.notFound", batchId));
            if (batch.undone()) {
                throw new OfficeException("import.undo.alreadyUndone", batchId);
            }
            List<ImportBatchItemRecord> items = batches.items(batchId);
            Optional<OfficeException> refusal = batches.refusal(batchId, items);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            for (String entity : List.of(ActionReportImport.ENTITY, SubscriberImport.ENTITY, RegistrationImport.ENTITY,
                    AccountImport.ENTITY, ContactImport.ENTITY, OrganizationImport.ENTITY)) {
                List<Long> created = items.stream().filter(item -> item.getEntity().equals(entity)
                        && KindImport.CREATED.equals(item.getAction())).map(ImportBatchItemRecord::getEntityId).toList();
                for (int from = 0; from < created.size(); from += 500) {
                    delete(entity, created.subList(from, Math.min(created.size(), from + 500)));
                }
            }
            for (ImportBatchItemRecord item : items.reversed()) {
                if (KindImport.UPDATED.equals(item.getAction())) {
                    restore(item.getEntity(), item.getEntityId(), KindImport.read(item.getBeforeValues()));
                }
            }
            batches.markUndone(batchId, clock.instant(), actor.name());
            audit.changed("UNDO_IMPORT", "import_batch", batchId, batch, Map.of("removed", items.stream()
                    .filter(item -> KindImport.CREATED.equals(item.getAction())).count(), "restored", items.stream()
                    .filter(item -> KindImport.UPDATED.equals(item.getAction())).count()));
            return batches.find(batchId).orElseThrow();
        });
    }

    private void delete(String entity, List<Long> chunk) {
        var dsl = database.dsl();
        switch (entity) {
            case RegistrationImport.ENTITY -> dsl.deleteFrom(REGISTRATION).where(REGISTRATION.ID.in(chunk)).execute();
            case AccountImport.ENTITY -> dsl.deleteFrom(ACCOUNT).where(ACCOUNT.ID.in(chunk)).execute();
            case ContactImport.ENTITY -> dsl.deleteFrom(CONTACT).where(CONTACT.ID.in(chunk)).execute();
            case SubscriberImport.ENTITY -> dsl.deleteFrom(LIST_SUBSCRIPTION).where(LIST_SUBSCRIPTION.ID.in(chunk))
                    .execute();
            case ActionReportImport.ENTITY -> dsl.deleteFrom(ADVOCACY_ACTION).where(ADVOCACY_ACTION.ID.in(chunk))
                    .execute();
            default -> dsl.deleteFrom(ORGANIZATION).where(ORGANIZATION.ID.in(chunk)).execute();
        }
    }

    private void restore(String entity, long id, Properties before) {
        var dsl = database.dsl();
        switch (entity) {
            case OrganizationImport.ENTITY -> OrganizationImport.restore(database, id, before);
            case AccountImport.ENTITY -> {
                AccountRecord record = dsl.fetchSingle(ACCOUNT, ACCOUNT.ID.eq(id));
                KindImport.restore(record, before);
                record.update();
            }
            case ContactImport.ENTITY -> {
                ContactRecord record = dsl.fetchSingle(CONTACT, CONTACT.ID.eq(id));
                KindImport.restore(record, before);
                record.update();
            }
            case ActionReportImport.ENTITY -> {
                AdvocacyActionRecord record = dsl.fetchSingle(ADVOCACY_ACTION, ADVOCACY_ACTION.ID.eq(id));
                KindImport.restore(record, before);
                record.update();
            }
            default -> {
                RegistrationRecord record = dsl.fetchSingle(REGISTRATION, REGISTRATION.ID.eq(id));
                KindImport.restore(record, before);
                record.update();
            }
        }
    }
}
