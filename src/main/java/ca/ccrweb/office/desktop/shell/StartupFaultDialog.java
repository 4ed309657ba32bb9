package ca.ccrweb.office.desktop.shell;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dialog shown when the database could not be opened at start-up: what happened, in the language shown,
 * that the file was left as it was, and the choices (restore a backup, open another file, close).
 */
public final class StartupFaultDialog {
    private final Dialogs dialogs;

    public StartupFaultDialog(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Waits for the choice; closing the dialog counts as Close. */
    public StartupFault.Remedy ask(StartupFault fault) {
        Localizer localizer = dialogs.localizer();
        Alert alert = dialogs.prepare(new Alert(Alert.AlertType.ERROR), localizer.get("app.title"));
        alert.setHeaderText(localizer.get("shell.opening.failed"));
        String kept = fault.settings() != null && fault.settings().sqliteFile() != null && !fault.toldFileUnchanged()
                ? "\n\n" + localizer.get("shell.fault.unchanged") : "";
        alert.setContentText(fault.message(localizer.messages()) + kept);
        alert.getDialogPane().setId("startupFaultDialog");
        alert.getDialogPane().setMinWidth(720);
        Map<StartupFault.Remedy, ButtonType> buttons = new EnumMap<>(StartupFault.Remedy.class);
        for (StartupFault.Remedy remedy : fault.remedies()) {
            buttons.put(remedy, new ButtonType(localizer.get("shell.fault.remedy." + remedy.name()),
                    remedy == StartupFault.Remedy.CLOSE ? ButtonBar.ButtonData.CANCEL_CLOSE
                            : ButtonBar.ButtonData.OTHER));
        }
        alert.getButtonTypes().setAll(buttons.values());
        buttons.forEach((remedy, type) -> {
            Button button = (Button) alert.getDialogPane().lookupButton(type);
            button.setId("remedy-" + remedy.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setDefaultButton(remedy == fault.remedies().getFirst());
            button.setMinWidth(Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
            if (remedy == StartupFault.Remedy.RESTORE_BACKUP) {
                button.getStyleClass().add(Styles.ACCENT);
            }
        });
        Optional<ButtonType> answer = alert.showAndWait();
        return buttons.entrySet().stream().filter(entry -> answer.isPresent() && entry.getValue() == answer.get())
                .map(Map.Entry::getKey).findFirst().orElse(StartupFault.Remedy.CLOSE);
    }

    /** Which copy of the backup folder to restore, newest first; empty when staff change their mind. */
    public Optional<Path> chooseBackup(StartupFault fault) {
        Localizer localizer = dialogs.localizer();
        ChoiceDialog<Path> choice = dialogs.prepare(new ChoiceDialog<>(fault.backups().getFirst(), fault.backups()),
                localizer.get("app.title"));
        choice.setHeaderText(localizer.get("shell.fault.chooseBackup.header"));
        choice.setContentText(localizer.get("shell.fault.chooseBackup.text", fault.backupFolder()));
        choice.getDialogPane().setId("chooseBackupDialog");
        choice.getDialogPane().setMinWidth(760);
        ((Button) choice.getDialogPane().lookupButton(ButtonType.OK)).setText(
                localizer.get("shell.fault.chooseBackup.action"));
        ((Button) choice.getDialogPane().lookupButton(ButtonType.OK)).setId("restoreChosenBackupButton");
        ((Button) choice.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(
                localizer.get("common.action.cancel"));
        choice.getDialogPane().lookupAll(".combo-box").forEach(node -> {
            if (node instanceof ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                ComboBox<Path> paths = (ComboBox<Path>) box;
                paths.setMinWidth(Region.USE_PREF_SIZE);
                paths.setPrefWidth(420);
                paths.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(Path path) {
                        return path == null ? "" : describe(localizer, path);
                    }

                    @Override
                    public Path fromString(String text) {
                        return null;
                    }
                });
            }
        });
        return choice.showAndWait();
    }

    private static String describe(Localizer localizer, Path backup) {
        try {
            return localizer.get("shell.fault.chooseBackup.item", localizer.dateTime(
                    Files.getLastModifiedTime(backup).toInstant()), backup.getFileName());
        } catch (IOException e) {
            return backup.getFileName().toString();
        }
    }
}
