package ca.ccrweb.office.desktop.communications;

import ca.ccrweb.office.core.communications.Quarter;
import ca.ccrweb.office.core.communications.QuarterlyUpdate;
import ca.ccrweb.office.core.communications.QuarterlyUpdateDraft;
import ca.ccrweb.office.core.communications.QuarterlyUpdateService;
import ca.ccrweb.office.core.communications.UpdateSection;
import ca.ccrweb.office.core.communications.UpdateStatus;
import ca.ccrweb.office.core.communications.UpdateSummary;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageImage;
import ca.ccrweb.office.desktop.common.PdfPageImages;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The list of quarterly updates, every edition or only the archive of published ones; a new update for a
 * quarter and language; the editor of the edition opened; an archived edition printed again as it was.
 */
public final class QuarterlyUpdatesViewModel {
    /** An archived edition ready to print: its PDF as published and its pages drawn. */
    public record Reprint(UpdateSummary edition, byte[] pdf, List<PageImage> pages) {
    }

    private final QuarterlyUpdateService updates;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final Clock clock;
    private final QuarterlyUpdateEditorViewModel editor;

    private final ObservableList<UpdateSummary> rows = FXCollections.observableArrayList();
    private final FilteredList<UpdateSummary> shown = new FilteredList<>(rows);
    private final BooleanProperty archiveOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<UpdateSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Integer> newYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> newQuarter = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> newLanguage = new SimpleObjectProperty<>();
    private final StringBinding countText;

    public QuarterlyUpdatesViewModel(QuarterlyUpdateService updates, TaskExecutor executor, UserFeedback feedback,
                                     Localizer localizer, Clock clock, QuarterlyUpdateEditorViewModel editor) {
        this.updates = updates;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.clock = clock;
        this.editor = editor;
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, archiveOnly));
        countText = localizer.text(() -> localizer.plural("quarterly.count", shown.size(), shown.size()), shown);
        editor.setOnChanged(changed -> load());
        resetNewUpdate();
    }

    private Predicate<UpdateSummary> filter() {
        boolean onlyPublished = archiveOnly.get();
        return row -> !onlyPublished || row.status() == UpdateStatus.PUBLISHED;
    }

    public void load() {
        executor.run(updates::all, loaded -> {
            UpdateSummary before = selected.get();
            rows.setAll(loaded);
            selected.set(before == null ? null : rows.stream().filter(row -> row.id() == before.id()).findFirst()
                    .orElse(null));
        }, feedback::showError);
    }

    /** This quarter, in the language of the interface. */
    public void resetNewUpdate() {
        Quarter current = Quarter.of(LocalDate.now(clock));
        newYear.set(current.year());
        newQuarter.set(current.quarter());
        newLanguage.set(localizer.language());
    }

    /** Creates the draft of the quarter and language chosen, with its figures computed, and opens it. */
    public void createNew() {
        Language language = newLanguage.get();
        Messages messages = Messages.of(language);
        QuarterlyUpdateDraft draft = new QuarterlyUpdateDraft(newYear.get(), newQuarter.get(), language,
                messages.get("quarterly.new.title"), LocalDate.now(clock), null, List.of(
                new UpdateSection(1, messages.get("quarterly.new.heading"),
                        messages.get("quarterly.new.body"))), null, null);
        executor.run(() -> updates.create(draft), created -> {
            load();
            feedback.notify(localizer.get("quarterly.notify.created"));
            openEditor(created);
        }, feedback::showError);
    }

    public void open(UpdateSummary row) {
        if (row != null) {
            executor.run(() -> updates.find(row.id()).orElseThrow(), this::openEditor, feedback::showError);
        }
    }

    private void openEditor(QuarterlyUpdate edition) {
        editor.load(edition);
        editing.set(true);
    }

    public void closeEditor() {
        editing.set(false);
        load();
    }

    /** Gets an archived edition's PDF as published and draws its pages, for the print preview. */
    public void reprint(UpdateSummary row, Consumer<Reprint> then) {
        executor.run(() -> {
            QuarterlyUpdate edition = updates.find(row.id()).orElseThrow();
            byte[] pdf = updates.pdf(edition, null, false).pdf();
            return new Reprint(row, pdf, PdfPageImages.render(pdf, PdfPageImages.PREVIEW_DPI));
        }, then, feedback::showError);
    }

    public ObservableList<UpdateSummary> rows() {
        return rows;
    }

    public FilteredList<UpdateSummary> shown() {
        return shown;
    }

    public BooleanProperty archiveOnlyProperty() {
        return archiveOnly;
    }

    public ObjectProperty<UpdateSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> newYearProperty() {
        return newYear;
    }

    public ObjectProperty<Integer> newQuarterProperty() {
        return newQuarter;
    }

    public ObjectProperty<Language> newLanguageProperty() {
        return newLanguage;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public QuarterlyUpdateEditorViewModel editor() {
        return editor;
    }

    /** This year, by the office's clock. */
    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }
}
