package ca.ccrweb.office.desktop.events;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/** Asks which day of the event an attendance sheet is for. */
final class DayChoiceDialog {
    private DayChoiceDialog() {
    }

    static Optional<LocalDate> ask(Dialogs dialogs, List<LocalDate> days) {
        Localizer localizer = dialogs.localizer();
        Dialog<LocalDate> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.getDialogPane().setId("attendanceDayDialog");
        dialog.setHeaderText(localizer.get("registrations.attendance.chooseDay"));
        ButtonType print = new ButtonType(localizer.get("registrations.attendance.action"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(print, cancel);
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(localizer.messages().locale());
        for (LocalDate day : days) {
            RadioButton choice = new RadioButton(format.format(day));
            choice.setId("day-" + day);
            choice.setUserData(day);
            choice.setToggleGroup(group);
            choices.getChildren().add(choice);
        }
        if (!choices.getChildren().isEmpty()) {
            group.selectToggle((RadioButton) choices.getChildren().getFirst());
        }
        dialog.getDialogPane().setContent(choices);
        Button printButton = (Button) dialog.getDialogPane().lookupButton(print);
        printButton.setId("confirmButton");
        printButton.getStyleClass().add(Styles.ACCENT);
        dialog.getDialogPane().lookupButton(cancel).setId("cancelDialogButton");
        dialog.setResultConverter(button -> button == print && group.getSelectedToggle() != null
                ? (LocalDate) group.getSelectedToggle().getUserData() : null);
        return dialog.showAndWait();
    }
}
