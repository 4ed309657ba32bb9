package ca.ccrweb.office.desktop.shell;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.desktop.common.BackgroundWork;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.geometry.Orientation;
import org.kordamp.ikonli.feather.Feather;

/** The bottom line: the database in use, who works at this computer, and the long work under way. */
final class StatusBar extends HBox {
    StatusBar(Localizer localizer, String databaseName, ObservableValue<String> workstationUser,
              ObservableValue<String> lastBackup,
              BackgroundWork work) {
        super(10);
        setId("statusBar");
        getStyleClass().add(StyleClasses.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);

        Label database = new Label(databaseName, Icons.of(Feather.DATABASE));
        database.setId("statusDatabase");
        database.setMaxWidth(520);
        Tooltip databaseTip = new Tooltip();
        databaseTip.textProperty().bind(localizer.text("shell.status.database", databaseName));
        database.setTooltip(databaseTip);
        Label user = new Label(null, Icons.of(Feather.USER));
        user.setId("statusUser");
        user.textProperty().bind(workstationUser);
        Tooltip userTip = new Tooltip();
        userTip.textProperty().bind(localizer.text(() -> localizer.get("shell.status.user", workstationUser.getValue()),
                workstationUser));
        user.setTooltip(userTip);

        Label backup = new Label(null, Icons.of(Feather.SHIELD));
        backup.setId("statusBackup");
        backup.textProperty().bind(lastBackup);
        backup.visibleProperty().bind(backup.textProperty().isNotEmpty());
        backup.managedProperty().bind(backup.visibleProperty());
        Separator beforeBackup = new Separator(Orientation.VERTICAL);
        beforeBackup.visibleProperty().bind(backup.visibleProperty());
        beforeBackup.managedProperty().bind(backup.visibleProperty());

        Label ready = new Label();
        ready.textProperty().bind(localizer.text("shell.status.ready"));
        ready.getStyleClass().add(Styles.TEXT_MUTED);
        ready.visibleProperty().bind(work.runningProperty().not());
        ready.managedProperty().bind(ready.visibleProperty());
        Label what = new Label();
        what.setId("statusWork");
        what.textProperty().bind(work.descriptionProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(work.progressProperty());
        progress.getStyleClass().add(Styles.SMALL);
        Button cancel = new Button();
        cancel.setId("cancelWorkButton");
        cancel.textProperty().bind(localizer.text("common.action.cancel"));
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        cancel.setOnAction(event -> work.cancel());
        HBox running = new HBox(8, what, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(work.runningProperty());
        running.managedProperty().bind(running.visibleProperty());

        getChildren().addAll(database, new Separator(Orientation.VERTICAL), user, beforeBackup, backup,
                PageLayout.spacer(), ready, running);
    }
}
