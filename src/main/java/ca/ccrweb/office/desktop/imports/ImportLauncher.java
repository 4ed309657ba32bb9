package ca.ccrweb.office.desktop.imports;

import ca.ccrweb.office.core.imports.ImportKind;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Opens the import window from the lists it fills (members, accounts, contacts), with the kind of import
 * chosen; the list reloads once an import or its undo is done.
 */
public final class ImportLauncher {
    private final AppServices services;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final Supplier<Window> owner;
    private Function<Window, File> openDialog;
    private ImportWindow lastWindow;
    private ImportBatchesWindow lastBatchesWindow;

    public ImportLauncher(AppServices services, UserFeedback feedback, Supplier<Window> owner) {
        this.services = services;
        this.feedback = feedback;
        this.localizer = services.localizer();
        this.owner = owner;
        this.openDialog = window -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(localizer.get("import.chooser.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(localizer.get("import.chooser.files"),
                    "*.xlsx", "*.csv", "*.txt"));
            return chooser.showOpenDialog(window);
        };
    }

    /** How the file is chosen; the screen tests choose it in place of the system's dialog. */
    public void setOpenDialog(Function<Window, File> openDialog) {
        this.openDialog = openDialog;
    }

    /** "Import…" for a list, shown to those who may import. */
    public Button button(ImportKind kind, Runnable onImported, Permissions permissions) {
        return button(kind, onImported, permissions, () -> null);
    }

    /** "Import…" for a campaign's action reports, the campaign shown chosen at once. */
    public Button button(ImportKind kind, Runnable onImported, Permissions permissions, Supplier<Long> campaignId) {
        Button button = Buttons.outlined(localizer, "importButton-" + kind.word(), "import.action.open",
                Feather.UPLOAD);
        button.setOnAction(event -> open(kind, onImported, campaignId.get()));
        permissions.showOnlyIf(Permission.IMPORT_DATA, button);
        return button;
    }

    public void open(ImportKind kind, Runnable onImported) {
        open(kind, onImported, null);
    }

    private void open(ImportKind kind, Runnable onImported, Long campaignId) {
        ImportViewModel viewModel = new ImportViewModel(services.office().imports(), services.events(),
                services.office().advocacy(), services.executor(), feedback, localizer);
        viewModel.setOnImported(onImported);
        viewModel.chooseCampaign(campaignId);
        ImportWindow window = new ImportWindow(viewModel, localizer, owner.get(), () -> {
            File chosen = openDialog.apply(lastWindow == null ? owner.get() : lastWindow.stage());
            return chosen == null ? null : chosen.toPath();
        }, kind, () -> openPastImports(onImported));
        lastWindow = window;
        window.show();
    }

    /** The past imports, over the import window, with Undo; the list the window was opened from reloads after. */
    public void openPastImports(Runnable onUndone) {
        ImportBatchesViewModel viewModel = new ImportBatchesViewModel(services.office().imports(), services.executor(),
                feedback, localizer, onUndone);
        lastBatchesWindow = new ImportBatchesWindow(viewModel, localizer,
                lastWindow == null ? owner.get() : lastWindow.stage());
        lastBatchesWindow.show();
    }

    /** The past imports window opened last, for the screen tests. */
    public ImportBatchesWindow lastBatchesWindow() {
        return lastBatchesWindow;
    }

    /** The window opened last, for the screen tests. */
    public ImportWindow lastWindow() {
        return lastWindow;
    }
}
