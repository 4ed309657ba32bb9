package ca.ccrweb.office.desktop.imports;

import ca.ccrweb.office.core.advocacy.AdvocacyService;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.imports.DateOrder;
import ca.ccrweb.office.core.imports.DuplicateChoice;
import ca.ccrweb.office.core.imports.ImportField;
import ca.ccrweb.office.core.imports.ImportFile;
import ca.ccrweb.office.core.imports.ImportKind;
import ca.ccrweb.office.core.imports.ImportPreview;
import ca.ccrweb.office.core.imports.ImportProgress;
import ca.ccrweb.office.core.imports.ImportResult;
import ca.ccrweb.office.core.imports.ImportService;
import ca.ccrweb.office.core.imports.ImportSettings;
import ca.ccrweb.office.core.imports.PreviewRow;
import ca.ccrweb.office.core.imports.RowStatus;
import ca.ccrweb.office.core.imports.UndoPlan;
import ca.ccrweb.office.core.imports.Vocabulary;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One import as staff go through it: the kind (and event, or campaign), the file, which column fills which field, the
 * value of ours each typed value stands for, the order of dates, the preview of every row with a choice
 * for each duplicate, then the import (in the background, with progress and Cancel) and its undo.
 */
public final class ImportViewModel {
    /** A field of the import and the column that fills it (null: none). */
    public record ColumnChoice(ImportField field, boolean required, ObjectProperty<Integer> column) {
    }

    /** A value typed in the file and the value of ours chosen for it (null: none, the row is refused). */
    public record ValueChoice(ImportField field, String typed, ObjectProperty<String> code) {
    }

    /** A row of the preview, and for a duplicate what to do with it. */
    public record PreviewLine(PreviewRow row, ObjectProperty<DuplicateChoice> choice) {
    }

    private final ImportService imports;
    private final EventService events;
    private final AdvocacyService advocacy;
    /** Rows shown at once from a large file while the whole of it is read. */
    static final int FIRST_ROWS = 100;

    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private Runnable onImported = () -> { };
    private Predicate<UndoPlan> confirmUndo = plan -> true;
    private Long campaignToChoose;

    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(ImportKind.ORGANIZATIONS);
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>();
    private final ObservableList<Event> eventChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final ObservableList<Campaign> campaignChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportFile> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<ValueChoice> values = FXCollections.observableArrayList();
    private final Map<ImportField, Vocabulary> vocabularies = new EnumMap<>(ImportField.class);
    private final ObjectProperty<DateOrder> dateOrder = new SimpleObjectProperty<>();
    private final BooleanProperty datesAmbiguous = new SimpleBooleanProperty(false);
    private final ObjectProperty<DuplicateChoice> onDuplicate = new SimpleObjectProperty<>(DuplicateChoice.SKIP);
    private final ObservableList<PreviewLine> preview = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportPreview> previewed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringBinding summary;
    private final BooleanBinding canImport;

    public ImportViewModel(ImportService imports, EventService events, AdvocacyService advocacy, TaskExecutor executor,
                           UserFeedback feedback, Localizer localizer) {
        this.imports = imports;
        this.events = events;
        this.advocacy = advocacy;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        onDuplicate.subscribe(choice -> preview.forEach(line -> {
            if (line.row().status() == RowStatus.DUPLICATE) {
                line.choice().set(choice);
            }
        }));
        summary = localizer.text(this::summaryText, previewed, result, file);
        canImport = Bindings.createBooleanBinding(() -> previewed.get() != null && result.get() == null && !busy.get(),
                previewed, result, busy);
    }

    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    public void loadEvents() {
        executor.run(events::all, eventChoices::setAll, feedback::showError);
        executor.run(advocacy::campaigns, loaded -> {
            campaignChoices.setAll(loaded);
            if (campaignToChoose != null) {
                loaded.stream().filter(each -> each.id() == campaignToChoose).findFirst().ifPresent(campaign::set);
            }
        }, feedback::showError);
    }

    /** The campaign to show chosen once the campaigns are loaded (the one the advocacy section shows); null: none. */
    public void chooseCampaign(Long campaignId) {
        this.campaignToChoose = campaignId;
    }

    /**
     * Reads the file's first rows and shows them previewed at once, then reads the whole file and proposes
     * everything again from all its rows; the whole preview follows. A small file is read whole at once.
     */
    public void open(Path path) {
        ImportKind chosenKind = kind.get();
        Long eventId = event.get() == null ? null : event.get().id();
        Long campaignId = chosenCampaign();
        busy.set(true);
        executor.run(() -> {
            Opened first = proposed(imports.readFirst(path, FIRST_ROWS), chosenKind, eventId, campaignId);
            return Map.entry(first, imports.preview(first.file(), first.settings()));
        }, first -> {
            show(first.getKey(), chosenKind);
            if (first.getKey().file().complete()) {
                refreshPreview();
                return;
            }
            showPreview(first.getValue(), first.getKey().settings());
            executor.run(() -> proposed(imports.read(path), chosenKind, eventId, campaignId), whole -> {
                show(whole, chosenKind);
                refreshPreview();
            }, this::failed);
        }, this::failed);
    }

    private Long chosenCampaign() {
        return kind.get() == ImportKind.ACTION_REPORTS && campaign.get() != null ? campaign.get().id() : null;
    }

    private Opened proposed(ImportFile read, ImportKind chosenKind, Long eventId, Long campaignId) {
        ImportSettings proposed = imports.propose(read, chosenKind, eventId).withCampaign(campaignId);
        Map<ImportField, Vocabulary> vocabularyOf = new EnumMap<>(ImportField.class);
        for (ImportField field : proposed.values().keySet()) {
            vocabularyOf.put(field, imports.vocabulary(field, eventId, localizer.language()));
        }
        boolean ambiguous = DateOrder.anyAmbiguous(imports.typedDates(read, chosenKind, proposed.columns()));
        return new Opened(read, proposed, vocabularyOf, ambiguous);
    }

    private void show(Opened opened, ImportKind chosenKind) {
        file.set(opened.file());
        headers.setAll(opened.file().headers());
        columns.setAll(chosenKind.fields().stream().map(field -> new ColumnChoice(field, chosenKind.requires(field),
                new SimpleObjectProperty<>(opened.settings().columns().get(field)))).toList());
        showValues(opened.settings().values(), opened.vocabularies());
        dateOrder.set(opened.settings().dateOrder());
        datesAmbiguous.set(opened.ambiguous() && opened.settings().dateOrder() == null);
        result.set(null);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        feedback.showError(failure);
    }

    private record Opened(ImportFile file, ImportSettings settings, Map<ImportField, Vocabulary> vocabularies,
                          boolean ambiguous) {
    }

    private void showValues(Map<ImportField, Map<String, String>> proposed, Map<ImportField, Vocabulary> vocabularyOf) {
        vocabularies.clear();
        vocabularies.putAll(vocabularyOf);
        values.setAll(proposed.entrySet().stream().flatMap(entry -> entry.getValue().entrySet().stream()
                .map(value -> new ValueChoice(entry.getKey(), value.getKey(),
                        new SimpleObjectProperty<>(value.getValue())))).toList());
    }

    /** The columns changed: the values typed in vocabulary columns are proposed again, then the preview. */
    public void remap() {
        if (file.get() == null) {
            return;
        }
        ImportFile read = file.get();
        ImportKind chosenKind = kind.get();
        Long eventId = event.get() == null ? null : event.get().id();
        Map<ImportField, Integer> mapped = mappedColumns();
        executor.run(() -> {
            Map<ImportField, Map<String, String>> proposed = imports.proposeValues(read, chosenKind, eventId, mapped);
            Map<ImportField, Vocabulary> vocabularyOf = new EnumMap<>(ImportField.class);
            for (ImportField field : proposed.keySet()) {
                vocabularyOf.put(field, imports.vocabulary(field, eventId, localizer.language()));
            }
            return Map.entry(proposed, vocabularyOf);
        }, proposed -> {
            showValues(proposed.getKey(), proposed.getValue());
            refreshPreview();
        }, feedback::showError);
    }

    /** Classifies every row with the choices made so far; nothing is written. */
    public void refreshPreview() {
        if (file.get() == null) {
            return;
        }
        ImportFile read = file.get();
        ImportSettings settings = settings();
        busy.set(true);
        executor.run(() -> imports.preview(read, settings), shown -> {
            busy.set(false);
            showPreview(shown, settings);
        }, this::failed);
    }

    private void showPreview(ImportPreview shown, ImportSettings settings) {
        previewed.set(shown);
        preview.setAll(shown.rows().stream().map(row -> new PreviewLine(row,
                new SimpleObjectProperty<>(row.status() == RowStatus.DUPLICATE ? settings.choiceFor(row.line())
                        : null))).toList());
    }

    /** Writes the accepted rows in one transaction, in the background with progress and Cancel. */
    public void runImport() {
        if (file.get() == null) {
            return;
        }
        ImportFile read = file.get();
        ImportSettings settings = settings();
        busy.set(true);
        executor.runWithProgress(localizer.get("import.progress", read.fileName()),
                progress -> imports.importRows(read, settings, new ImportProgress() {
                    @Override
                    public void progressed(long done, long total) {
                        progress.update(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.isCancelled();
                    }
                }, false), done -> {
                    busy.set(false);
                    result.set(done);
                    feedback.notify(localizer.get("import.done", done.created(), done.updated(), done.skipped(),
                            done.errorRows()));
                    onImported.run();
                }, failure -> {
                    busy.set(false);
                    feedback.showError(failure);
                });
    }

    /** Asked with what an undo would remove and put back, before anything is undone; false keeps the import. */
    public void setConfirmUndo(Predicate<UndoPlan> confirmUndo) {
        this.confirmUndo = confirmUndo;
    }

    /** Undoes the import just made, once staff confirmed what it will remove and put back. */
    public void undo() {
        ImportResult done = result.get();
        if (done == null || done.batchId() == null) {
            return;
        }
        executor.run(() -> imports.undoPlan(done.batchId()), plan -> {
            if (!confirmUndo.test(plan)) {
                return;
            }
            executor.run(() -> imports.undo(done.batchId()), undone -> {
                result.set(null);
                feedback.notify(localizer.get("import.undone"));
                onImported.run();
                refreshPreview();
            }, feedback::showError);
        }, feedback::showError);
    }

    ImportSettings settings() {
        Map<ImportField, Map<String, String>> chosen = new EnumMap<>(ImportField.class);
        for (ValueChoice value : values) {
            chosen.computeIfAbsent(value.field(), field -> new LinkedHashMap<>()).put(value.typed(), value.code().get());
        }
        Map<Integer, DuplicateChoice> rowChoices = new HashMap<>();
        for (PreviewLine line : preview) {
            if (line.choice().get() != null && line.choice().get() != onDuplicate.get()) {
                rowChoices.put(line.row().line(), line.choice().get());
            }
        }
        return new ImportSettings(kind.get(), event.get() == null ? null : event.get().id(), mappedColumns(), chosen,
                dateOrder.get(), onDuplicate.get(), rowChoices, chosenCampaign());
    }

    private Map<ImportField, Integer> mappedColumns() {
        Map<ImportField, Integer> mapped = new EnumMap<>(ImportField.class);
        for (ColumnChoice choice : columns) {
            if (choice.column().get() != null && choice.column().get() >= 0) {
                mapped.put(choice.field(), choice.column().get());
            }
        }
        return mapped;
    }

    private String summaryText() {
        ImportResult done = result.get();
        if (done != null) {
            return localizer.get("import.summary.done", String.valueOf(done.batchId()), done.created(), done.updated(), done.skipped(),
                    done.errorRows());
        }
        ImportPreview shown = previewed.get();
        if (shown != null && file.get() != null && !file.get().complete()) {
            return localizer.get("import.summary.firstRows", shown.rows().size());
        }
        return shown == null ? localizer.get("import.summary.none")
                : localizer.get("import.summary.preview", shown.rows().size(), shown.newRows(), shown.duplicates(),
                shown.errors());
    }

    /** The labels of a field's vocabulary, by code, in the interface language. */
    public Map<String, String> labels(ImportField field) {
        Vocabulary vocabulary = vocabularies.get(field);
        return vocabulary == null ? Map.of() : vocabulary.labels();
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    public ObservableList<Event> eventChoices() {
        return eventChoices;
    }

    public ObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public ObservableList<Campaign> campaignChoices() {
        return campaignChoices;
    }

    public ReadOnlyObjectProperty<ImportFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<ValueChoice> values() {
        return values;
    }

    public ObjectProperty<DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    public BooleanProperty datesAmbiguousProperty() {
        return datesAmbiguous;
    }

    public ObjectProperty<DuplicateChoice> onDuplicateProperty() {
        return onDuplicate;
    }

    public ObservableList<PreviewLine> preview() {
        return preview;
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringBinding summaryProperty() {
        return summary;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public List<ImportKind> kinds() {
        return List.of(ImportKind.values());
    }
}
