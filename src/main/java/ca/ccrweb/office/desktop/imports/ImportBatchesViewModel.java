package ca.ccrweb.office.desktop.imports;

import ca.ccrweb.office.core.imports.ImportBatch;
import ca.ccrweb.office.core.imports.ImportService;
import ca.ccrweb.office.core.imports.UndoPlan;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.Predicate;

/**
 * The imports made so far, newest first: who, when, which file, what each did, and whether it was undone; a
 * chosen import that was not undone can be undone here (the service refuses, with the reason, when later
 * changes depend on it).
 */
public final class ImportBatchesViewModel {
    private final ImportService imports;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final Runnable onUndone;
    private Predicate<UndoPlan> confirmUndo = plan -> true;
    private final ObservableList<ImportBatch> batches = FXCollections.observableArrayList();
    private final ObjectProperty<ImportBatch> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canUndo;

    public ImportBatchesViewModel(ImportService imports, TaskExecutor executor, UserFeedback feedback,
                                  Localizer localizer, Runnable onUndone) {
        this.imports = imports;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.onUndone = onUndone;
        canUndo = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().undone() && !busy.get(),
                selected, busy);
    }

    /** Asked with what an undo would remove and put back, before anything is undone; false keeps the batch. */
    public void setConfirmUndo(Predicate<UndoPlan> confirmUndo) {
        this.confirmUndo = confirmUndo;
    }

    public void load() {
        busy.set(true);
        executor.run(imports::batches, loaded -> {
            busy.set(false);
            batches.setAll(loaded);
        }, failure -> {
            busy.set(false);
            feedback.showError(failure);
        });
    }

    /**
     * Undoes the chosen import once staff confirmed what it will remove and put back; the list then shows it
     * undone, by whom and when.
     */
    public void undoSelected() {
        ImportBatch chosen = selected.get();
        if (chosen == null || chosen.undone()) {
            return;
        }
        busy.set(true);
        executor.run(() -> imports.undoPlan(chosen.id()), plan -> {
            if (confirmUndo.test(plan)) {
                undo(chosen);
            } else {
                busy.set(false);
            }
        }, failure -> {
            busy.set(false);
            feedback.showError(failure);
        });
    }

    private void undo(ImportBatch chosen) {
        executor.run(() -> imports.undo(chosen.id()), undone -> {
            busy.set(false);
            feedback.notify(localizer.get("import.batches.undone", String.valueOf(undone.id()), undone.fileName()));
            onUndone.run();
            load();
        }, failure -> {
            busy.set(false);
            feedback.showError(failure);
        });
    }

    public ObservableList<ImportBatch> batches() {
        return batches;
    }

    public ObjectProperty<ImportBatch> selectedProperty() {
        return selected;
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }
}
