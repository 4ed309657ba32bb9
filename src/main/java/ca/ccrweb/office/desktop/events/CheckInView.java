package ca.ccrweb.office.desktop.events;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;


/**
 * The check-in tab, made for the registration desk: a big search field that finds people as letters are
 * typed, Enter to check in the person selected (or the first found), Ctrl+Z or Undo for the last one, and
 * how many have arrived.
 */
public final class CheckInView {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final CheckInViewModel viewModel;
    private final Localizer localizer;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final ListView<Registration> results;

    public CheckInView(CheckInViewModel viewModel, Localizer localizer) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        root.setId("checkInTab");

        search.setId("checkInSearchField");
        search.setLeft(Icons.sized(Feather.SEARCH, 22));
        search.promptTextProperty().bind(localizer.text("checkin.search.prompt"));
        search.getStyleClass().addAll(Styles.LARGE, "check-in-search");
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Label count = new Label();
        count.setId("checkInCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TITLE_4);
        ProgressBar arrived = new ProgressBar();
        arrived.setId("checkInProgress");
        arrived.progressProperty().bind(viewModel.arrivedProperty());
        arrived.setPrefWidth(220);
        VBox counter = new VBox(6, count, arrived);
        counter.setAlignment(Pos.CENTER_RIGHT);
        counter.setMinWidth(VBox.USE_PREF_SIZE);

        Label help = new Label();
        help.textProperty().bind(localizer.text("checkin.help"));
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);

        Label notToday = new Label();
        notToday.setId("checkInNotToday");
        notToday.textProperty().bind(viewModel.notTodayTextProperty());
        notToday.setWrapText(true);
        notToday.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        notToday.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        notToday.visibleProperty().bind(viewModel.notTodayTextProperty().isNotEmpty());
        notToday.managedProperty().bind(notToday.visibleProperty());

        Label message = new Label();
        message.setId("checkInMessage");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        viewModel.messageIsWarningProperty().subscribe(warning -> {
            message.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
            message.getStyleClass().add(warning ? Styles.WARNING : Styles.SUCCESS);
        });
        message.setGraphic(Icons.of(Feather.INFO));
        Button undo = Buttons.outlined(localizer, "undoCheckInButton", "checkin.action.undo", Feather.ROTATE_CCW);
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(event -> {
            viewModel.undo();
            search.requestFocus();
        });
        HBox status = new HBox(12, message, undo);
        status.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        results = new ListView<>(viewModel.results());
        results.setId("checkInResults");
        results.setCellFactory(list -> new PersonCell());
        results.setPlaceholder(Tables.placeholder(Feather.USER_CHECK, localizer.text("checkin.empty")));
        results.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(person -> {
            if (person == null) {
                results.getSelectionModel().clearSelection();
            } else if (results.getSelectionModel().getSelectedItem() != person) {
                results.getSelectionModel().select(person);
            }
        });
        results.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2) {
                checkIn();
            }
        });

        search.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER) {
                key.consume();
                checkIn();
            } else if (key.getCode() == KeyCode.DOWN || key.getCode() == KeyCode.UP) {
                key.consume();
                move(key.getCode() == KeyCode.DOWN ? 1 : -1);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (UNDO.match(key) && !(key.getTarget() instanceof TextInputControl input
                    && input.getLength() > 0)) {
                key.consume();
                viewModel.undo();
            } else if (key.getCode() == KeyCode.ENTER && key.getTarget() == results) {
                key.consume();
                checkIn();
            }
        });

        HBox top = new HBox(24, search, counter);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(10, top, notToday, help, status);
        header.setPadding(new Insets(16, 0, 12, 0));
        root.setTop(header);
        root.setCenter(results);
    }

    private void checkIn() {
        viewModel.checkInSelectedOrFirst();
        search.requestFocus();
    }

    private void move(int by) {
        int size = results.getItems().size();
        if (size == 0) {
            return;
        }
        int index = results.getSelectionModel().getSelectedIndex();
        int next = Math.clamp(index + by, 0, size - 1);
        results.getSelectionModel().select(next);
        results.scrollTo(Math.max(0, next - 3));
    }

    Node view() {
        return root;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The time of arrival, with the day when it was not today (the event lasts several days). */
    private String arrival(Registration person) {
        return viewModel.arrivedToday(person) ? localizer.time(person.checkedInAt()) : localizer.dateTime(person.checkedInAt());
    }

    /** One person found: name, organization, and whether they have arrived. */
    private final class PersonCell extends ListCell<Registration> {
        private final Label name = new Label();
        private final Label organization = new Label();
        private final Label state = new Label();
        private final Label owes = new Label();
        private final HBox box;

        PersonCell() {
            name.getStyleClass().addAll(Styles.TEXT_BOLD, "check-in-name");
            organization.getStyleClass().add(Styles.TEXT_MUTED);
            VBox who = new VBox(2, name, organization);
            HBox.setHgrow(who, Priority.ALWAYS);
            owes.getStyleClass().setAll("label", "badge", "badge-warning");
            owes.setMinWidth(Label.USE_PREF_SIZE);
            owes.managedProperty().bind(owes.visibleProperty());
            box = new HBox(12, who, owes, state);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPadding(new Insets(4, 8, 4, 4));
        }

        @Override
        protected void updateItem(Registration person, boolean empty) {
            super.updateItem(person, empty);
            setText(null);
            if (empty || person == null) {
                setGraphic(null);
                return;
            }
            name.setText(person.fullName());
            organization.setText(person.organizationName() == null ? "" : person.organizationName());
            owes.setVisible(person.owedCents() > 0);
            owes.setText(localizer.get("checkin.state.owes", localizer.money(person.owedCents())));
            if (person.status() == RegistrationStatus.ATTENDED) {
                state.setText(localizer.get("checkin.state.arrived", arrival(person)));
                state.getStyleClass().setAll("label", "badge", "badge-success");
            } else {
                EventCells.show(state, person.status(), localizer);
            }
            setGraphic(box);
        }
    }
}
