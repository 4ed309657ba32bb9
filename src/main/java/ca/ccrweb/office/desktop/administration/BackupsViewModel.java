package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.backup.BackupService;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The copies of the database in the backup folder: a copy made now, and a restore that replaces the
 * database's content (after keeping the current content aside), after which the application must start again.
 */
public final class BackupsViewModel {
    private final BackupService backups;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final Consumer<Instant> backedUp;
    private final Consumer<Path> restored;

    private final ObservableList<BackupFile> files = FXCollections.observableArrayList();
    private final StringProperty folder = new SimpleStringProperty("");
    private final ObjectProperty<BackupFile> selected = new SimpleObjectProperty<>();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final StringBinding countText;

    /**
     * @param backups  backup and restore, called off the FX thread (refused for a server database)
     * @param restored told, with the copy of the data kept aside, once a restore replaced the database
     */
    public BackupsViewModel(BackupService backups, TaskExecutor executor, UserFeedback feedback,
                            Localizer localizer, Consumer<Path> restored) {
        this(backups, executor, feedback, localizer, restored, madeAt -> { });
    }

    /** @param backedUp told when a copy made here is written, so the status bar shows it at once */
    public BackupsViewModel(BackupService backups, TaskExecutor executor, UserFeedback feedback,
                            Localizer localizer, Consumer<Path> restored, Consumer<Instant> backedUp) {
        this.backedUp = backedUp;
        this.backups = backups;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.restored = restored;
        this.countText = localizer.text(() -> localizer.plural("administration.backups.count", files.size(),
                files.size()), files);
    }

    private record Listing(Path folder, List<BackupFile> files) {
    }

    public void load() {
        executor.run(() -> listing(backups), this::show, feedback::showError);
    }

    public void backUpNow() {
        working.set(true);
        executor.run(() -> {
            backups.backupNow();
            return listing(backups);
        }, listing -> {
            working.set(false);
            show(listing);
            if (!listing.files().isEmpty()) {
                selected.set(listing.files().getFirst());
                backedUp.accept(listing.files().getFirst().madeAt());
                feedback.notify(localizer.get("administration.backups.notify.done", listing.files().getFirst().name()));
            }
        }, failure -> {
            working.set(false);
            feedback.showError(failure);
        });
    }

    /** A checked copy anywhere staff choose (a USB key, another disk); the backup folder is left as it is. */
    public void saveCopyTo(Path target) {
        working.set(true);
        executor.run(() -> backups.backupTo(target), copy -> {
            working.set(false);
            feedback.notify(localizer.get("administration.backups.notify.copySaved", copy.toAbsolutePath()));
        }, failure -> {
            working.set(false);
            feedback.showError(failure);
        });
    }

    /** Replaces the database's content with the selected copy; staff confirmed first. */
    public void restoreSelected() {
        BackupFile chosen = selected.get();
        if (chosen == null) {
            return;
        }
        working.set(true);
        executor.run(() -> backups.restoreFrom(chosen.path()), keptAside -> {
            working.set(false);
            restored.accept(keptAside);
        }, failure -> {
            working.set(false);
            feedback.showError(failure);
        });
    }

    private void show(Listing listing) {
        folder.set(listing.folder().toAbsolutePath().toString());
        BackupFile previouslySelected = selected.get();
        files.setAll(listing.files());
        selected.set(previouslySelected == null ? null : listing.files().stream()
                .filter(file -> file.path().equals(previouslySelected.path())).findFirst().orElse(null));
    }

    private static Listing listing(BackupService configured) throws IOException {
        List<BackupFile> found = new ArrayList<>();
        for (Path path : configured.list()) {
            if (Files.exists(path)) {
                found.add(new BackupFile(path, Files.getLastModifiedTime(path).toInstant(), Files.size(path)));
            }
        }
        return new Listing(configured.folder(), found);
    }

    public ObservableList<BackupFile> files() {
        return files;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ObjectProperty<BackupFile> selectedProperty() {
        return selected;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public StringBinding countTextProperty() {
        return countText;
    }
}
