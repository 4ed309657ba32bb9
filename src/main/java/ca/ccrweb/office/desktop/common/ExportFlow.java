package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.security.Permission;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Exporting a list: staff choose the kind of file and where it goes (a name is suggested), the writing
 * runs in the background with its progress and a Cancel button in the status bar, and a notification
 * offers to open the file.
 */
public final class ExportFlow {
    private final TaskExecutor executor;
    private final DesktopPreferences preferences;
    private final Clock clock;
    private final Localizer localizer;
    private final UserFeedback feedback;
    private final Dialogs dialogs;
    private final Consumer<Path> opener;
    private Function<FileChooser, File> saveDialog;
    private Permissions permissions = Permissions.all();

    public ExportFlow(TaskExecutor executor, DesktopPreferences preferences, Localizer localizer,
                      UserFeedback feedback, Dialogs dialogs, Consumer<Path> opener, Clock clock) {
        this.executor = executor;
        this.clock = clock;
        this.preferences = preferences;
        this.localizer = localizer;
        this.feedback = feedback;
        this.dialogs = dialogs;
        this.opener = opener;
        this.saveDialog = chooser -> chooser.showSaveDialog(dialogs.owner());
    }

    /** How the file is chosen; the screen tests answer in place of the system's file dialog. */
    public void setSaveDialog(Function<FileChooser, File> saveDialog) {
        this.saveDialog = saveDialog;
    }

    /**
     * Who may export: the lists hold personal data, so the Export buttons made here show only to a role
     * holding {@link Permission#EXPORT_PERSONAL_DATA}.
     */
    public void setPermissions(Permissions permissions) {
        this.permissions = permissions;
    }

    /** The toolbar's Export button: one entry per kind of file. */
    public MenuButton menuButton(Function<ExportFormat, Runnable> actions) {
        MenuButton button = emptyMenuButton();
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem();
            item.setId("export-" + format.extension());
            item.textProperty().bind(localizer.text(labelKey(format)));
            item.setOnAction(event -> actions.apply(format).run());
            button.getItems().add(item);
        }
        return button;
    }

    /** The toolbar's Export button, for a screen that lists its own kinds of files. */
    public MenuButton emptyMenuButton() {
        MenuButton button = new MenuButton();
        button.setId("exportButton");
        Mnemonics.bind(button, localizer.text("export.action.export"));
        button.setGraphic(Icons.of(Feather.DOWNLOAD));
        button.getStyleClass().add(Styles.BUTTON_OUTLINED);
        permissions.showOnlyIf(Permission.EXPORT_PERSONAL_DATA, button);
        return button;
    }

    /**
     * Asks where to write the file, then writes it in the background.
     *
     * @param baseNameKey key of the file name's first part, such as "member-organizations"
     * @param rows        how many rows, for the status bar
     */
    public void export(ExportFormat format, String baseNameKey, int rows, ListExport export) {
        exportNamed(format, localizer.get(baseNameKey), rows, export);
    }

    /** As {@link #export(ExportFormat, String, int, ListExport)}, with the file name's first part already made. */
    public void exportNamed(ExportFormat format, String baseName, int rows, ListExport export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(localizer.get("export.chooser.title", localizer.get(labelKey(format))));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(localizer.get(labelKey(format)),
                "*." + format.extension()));
        chooser.setInitialFileName(baseName + "-" + LocalDate.now(clock) + "." + format.extension());
        chooser.setInitialDirectory(preferences.exportFolder().toFile());
        File chosen = saveDialog.apply(chooser);
        if (chosen != null) {
            write(format, withExtension(chosen.toPath(), format), rows, export);
        }
    }

    /**
     * As {@link #exportNamed}, for a file that is no list format (a Word letter, say): {@code kindLabel} names the
     * kind of file in the chooser, {@code extension} ends its name; the writer receives a null format.
     */
    public void exportFile(String baseName, String extension, String kindLabel, ListExport export) {
        chooseFile(baseName, extension, kindLabel).ifPresent(file -> write(null, file, 1, export));
    }

    /** Asks where to save a file of this kind (in the export folder, dated), with its extension added if left out. */
    public Optional<Path> chooseFile(String baseName, String extension, String kindLabel) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(localizer.get("export.chooser.title", kindLabel));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kindLabel, "*." + extension));
        chooser.setInitialFileName(baseName + "-" + LocalDate.now(clock) + "." + extension);
        chooser.setInitialDirectory(preferences.exportFolder().toFile());
        File chosen = saveDialog.apply(chooser);
        if (chosen == null) {
            return Optional.empty();
        }
        Path file = chosen.toPath();
        String name = file.getFileName().toString();
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file
                : file.resolveSibling(name + "." + extension));
    }

    /** Writes the file in the background; separate from choosing it so tests and callers may skip the chooser. */
    public void write(ExportFormat format, Path file, int rows, ListExport export) {
        String fileName = file.getFileName().toString();
        executor.runWithProgress(localizer.get("export.progress", rows, fileName), progress -> {
            export.write(format, file, progress);
            return file;
        }, written -> {
            preferences.setLastExportFolder(written.toAbsolutePath().getParent());
            feedback.notify(localizer.get("export.done", fileName), localizer.get("export.action.open"),
                    () -> opener.accept(written));
        }, feedback::showError);
    }

    private static String labelKey(ExportFormat format) {
        return "export.format." + format.name();
    }

    private static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? file
                : file.resolveSibling(name + "." + format.extension());
    }
}
