package ca.ccrweb.office.desktop.events;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.Subscription;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Registering a participant, or changing a registration: the form in a dialog over the list, with the fee
 * computed as staff type. The dialog stays open while the service refuses the input, each message beside its
 * field. When a registration is changed, the person's name, email and phone are shown but not edited here.
 */
final class RegistrationFormDialog {
    private final RegistrationFormViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    /** What ties this dialog's controls to the view model, which outlives it: undone when it closes. */
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final List<Subscription> sessionSubscriptions = new ArrayList<>();

    RegistrationFormDialog(RegistrationFormViewModel viewModel, Localizer localizer, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
    }

    void show(String eventTitle) {
        viewModel.start();
        open(eventTitle);
    }

    /** Shows the form the view model was prepared with ({@code startEditing}): a registration to change. */
    void showEditing(String eventTitle) {
        open(eventTitle);
    }

    private void open(String eventTitle) {
        boolean editing = viewModel.editingProperty().get() != null;
        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.getDialogPane().setId("registrationDialog");
        dialog.setHeaderText(editing
                ? localizer.get("registrations.form.editTitle", viewModel.editingProperty().get().fullName(),
                eventTitle)
                : localizer.get("registrations.form.title", eventTitle));
        ButtonType register = new ButtonType(localizer.get(editing ? "registrations.action.saveChanges"
                : "registrations.action.register"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(register, cancel);

        Message formMessage = new Message();
        formMessage.getStyleClass().add(Styles.DANGER);
        formMessage.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
        formMessage.descriptionProperty().bind(viewModel.formMessageProperty());
        formMessage.visibleProperty().bind(viewModel.formMessageProperty().isNotEmpty());
        formMessage.managedProperty().bind(formMessage.visibleProperty());

        TextField fullName = textField("fullNameField", viewModel.fullNameProperty());
        ComboBox<Language> language = Choices.of(localizer, List.of(Language.values()), viewModel.languageProperty(),
                "registrations.form.prompt.language");
        language.setId("registrationLanguageField");
        GridPane person = grid();
        person.setDisable(editing);
        person.add(field("fullName", "field.fullName", fullName), 0, 0, 2, 1);
        person.add(field("email", "field.email", textField("registrationEmailField", viewModel.emailProperty())), 0, 1);
        person.add(field("phone", "field.phone", textField("registrationPhoneField", viewModel.phoneProperty())), 1, 1);
        person.add(field("language", "registrations.field.language", language), 0, 2);

        TextField organization = textField("organizationField", viewModel.organizationProperty());
        organization.promptTextProperty().bind(localizer.text("registrations.form.prompt.organization"));
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(organization,
                request -> viewModel.suggestions(request.getUserText()));
        completion.setVisibleRowCount(8);
        completion.prefWidthProperty().bind(organization.widthProperty());
        // A click elsewhere closes the suggestions and lands where it was aimed, in one click.
        completion.getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
        completion.getAutoCompletionPopup().getScene().getStylesheets().add(StyleClasses.STYLESHEET);
        Label organizationHint = new Label();
        organizationHint.setId("organizationHint");
        organizationHint.textProperty().bind(viewModel.organizationHintProperty());
        organizationHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        organizationHint.setWrapText(true);
        subscriptions.add(viewModel.memberProperty().subscribe(member -> {
            organizationHint.getStyleClass().remove(Styles.SUCCESS);
            if (member != null) {
                organizationHint.getStyleClass().add(Styles.SUCCESS);
            }
        }));
        VBox organizationBox = new VBox(4, field("organizationName", "field.organizationName", organization),
                organizationHint);

        ComboBox<RateCategory> rate = rateChoice();
        VBox rateAndDays = new VBox(10, field("rateCategory", "registrations.field.rate", rate),
                labelled("days", "registrations.field.days", dayBoxes(), "registrations.form.daysHint"));

        VBox sessionBoxes = new VBox(6);
        sessionBoxes.setId("sessionChoices");
        subscriptions.add(viewModel.availableSessions().subscribe(() -> fillSessions(sessionBoxes)));
        fillSessions(sessionBoxes);

        GridPane needs = grid();
        needs.add(field("accessibilityNeeds", "registration.column.ACCESSIBILITY_NEEDS",
                textField("accessibilityField", viewModel.accessibilityNeedsProperty())), 0, 0);
        needs.add(field("dietaryNeeds", "registration.column.DIETARY_NEEDS",
                textField("dietaryField", viewModel.dietaryNeedsProperty())), 1, 0);
        needs.add(field("interpretation", "registration.column.INTERPRETATION",
                textField("interpretationField", viewModel.interpretationProperty())), 0, 1);
        needs.add(field("childcareNeeds", "registration.column.CHILDCARE_NEEDS",
                textField("childcareField", viewModel.childcareNeedsProperty())), 1, 1);

        VBox content = new VBox(12, formMessage,
                PageLayout.sectionTitle(localizer.text("registrations.form.section.person")), person,
                PageLayout.sectionTitle(localizer.text("registrations.form.section.organization")), organizationBox,
                PageLayout.sectionTitle(localizer.text("registrations.form.section.rate")), rateAndDays,
                PageLayout.sectionTitle(localizer.text("registrations.form.section.sessions")),
                labelled("sessions", null, sessionBoxes, null),
                PageLayout.sectionTitle(localizer.text("registrations.form.section.needs")), needs);
        content.setPadding(new Insets(4, 16, 8, 4));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroller.setPrefViewportHeight(460);

        VBox body = new VBox(12, scroller, feeBox());
        VBox.setVgrow(scroller, Priority.ALWAYS);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().setPrefWidth(700);
        dialog.setResizable(true);

        Button registerButton = (Button) dialog.getDialogPane().lookupButton(register);
        registerButton.setId(editing ? "saveRegistrationButton" : "registerButton");
        registerButton.setGraphic(Icons.of(editing ? Feather.CHECK : Feather.USER_PLUS));
        registerButton.getStyleClass().add(Styles.ACCENT);
        registerButton.disableProperty().bind(viewModel.savingProperty());
        registerButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save(() -> {
                dialog.setResult(register);
                dialog.close();
            });
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("cancelDialogButton");
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (viewModel.isDirty() && !dialogs.confirmDiscard()) {
                event.consume();
            }
        });
        dialog.setOnShown(event -> Platform.runLater(editing ? organization::requestFocus : fullName::requestFocus));
        dialog.showAndWait();
        completion.dispose();
        sessionSubscriptions.forEach(Subscription::unsubscribe);
        sessionSubscriptions.clear();
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }

    /** The fee as the service computes it, and why; and a warning when the event is full. */
    private VBox feeBox() {
        Label caption = new Label();
        caption.textProperty().bind(localizer.text("registrations.form.fee"));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Label amount = new Label();
        amount.setId("feeAmount");
        amount.textProperty().bind(viewModel.feeTextProperty());
        amount.getStyleClass().add(Styles.TITLE_3);
        Label detail = new Label();
        detail.setId("feeDetail");
        detail.textProperty().bind(viewModel.feeDetailProperty());
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        Message full = new Message();
        full.setId("fullNotice");
        full.getStyleClass().add(Styles.WARNING);
        full.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        full.descriptionProperty().bind(viewModel.fullNoticeProperty());
        full.visibleProperty().bind(viewModel.fullNoticeProperty().isNotEmpty());
        full.managedProperty().bind(full.visibleProperty());
        VBox box = new VBox(2, caption, amount, detail, full);
        box.getStyleClass().add("fee-box");
        return box;
    }

    private ComboBox<RateCategory> rateChoice() {
        ObservableList<RateCategory> choices = FXCollections.observableArrayList();
        Runnable fill = () -> {
            List<RateCategory> all = new ArrayList<>();
            all.add(null);
            all.addAll(viewModel.specialRates());
            choices.setAll(all);
        };
        fill.run();
        ListChangeListener<RateCategory> refill = change -> fill.run();
        viewModel.specialRates().addListener(refill);
        subscriptions.add(() -> viewModel.specialRates().removeListener(refill));
        ComboBox<RateCategory> combo = new ComboBox<>(choices);
        combo.setId("rateField");
        Callback<ListView<RateCategory>, ListCell<RateCategory>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(RateCategory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? localizer.get("registrations.form.automaticRate")
                        : item.label(localizer.language()));
            }
        };
        combo.setCellFactory(cells);
        combo.setButtonCell(cells.call(null));
        combo.setValue(viewModel.specialRateProperty().get());
        combo.valueProperty().subscribe(viewModel.specialRateProperty()::set);
        subscriptions.add(viewModel.specialRateProperty().subscribe(chosen -> {
            if (combo.getValue() != chosen) {
                combo.setValue(chosen);
            }
        }));
        return combo;
    }

    private Node dayBoxes() {
        FlowPane boxes = new FlowPane(16, 8);
        boxes.setId("dayChoices");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(localizer.messages().locale());
        for (LocalDate day : viewModel.eventDays()) {
            CheckBox box = new CheckBox(format.format(day));
            box.setId("day-" + day);
            subscriptions.add(bind(box, viewModel.days(), day));
            boxes.getChildren().add(box);
        }
        return boxes;
    }

    private void fillSessions(VBox boxes) {
        sessionSubscriptions.forEach(Subscription::unsubscribe);
        sessionSubscriptions.clear();
        boxes.getChildren().clear();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(localizer.messages().locale());
        for (Session session : viewModel.availableSessions()) {
            CheckBox box = new CheckBox(localizer.get("registrations.form.session", format.format(session.day()),
                    session.startsAt(), session.endsAt(), session.title(localizer.language())));
            box.setId("session-" + session.id());
            box.setWrapText(true);
            sessionSubscriptions.add(bind(box, viewModel.sessions(), session.id()));
            boxes.getChildren().add(box);
        }
        if (boxes.getChildren().isEmpty()) {
            Label none = new Label(localizer.get("registrations.form.noSessions"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            boxes.getChildren().add(none);
        }
    }

    private static <T> Subscription bind(CheckBox box, ObservableSet<T> chosen, T value) {
        box.setSelected(chosen.contains(value));
        box.selectedProperty().subscribe(selected -> {
            if (selected) {
                chosen.add(value);
            } else {
                chosen.remove(value);
            }
        });
        SetChangeListener<T> follow = change -> box.setSelected(chosen.contains(value));
        chosen.addListener(follow);
        return () -> chosen.removeListener(follow);
    }

    private FormField field(String name, String labelKey, Control control) {
        return new FormField(localizer.text(labelKey), control, viewModel.errors().text(name));
    }

    /** A group of check boxes with its caption, its hint and its message. */
    private VBox labelled(String name, String labelKey, Node content, String hintKey) {
        VBox box = new VBox(6);
        if (labelKey != null) {
            Label caption = new Label();
            caption.textProperty().bind(localizer.text(labelKey));
            caption.getStyleClass().add(StyleClasses.FIELD_LABEL);
            box.getChildren().add(caption);
        }
        box.getChildren().add(content);
        if (hintKey != null) {
            Label hint = new Label();
            hint.textProperty().bind(localizer.text(hintKey));
            hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(hint);
        }
        Label error = new Label();
        error.setId(name + "Error");
        error.textProperty().bind(viewModel.errors().text(name));
        error.getStyleClass().add(StyleClasses.FIELD_ERROR);
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        box.getChildren().add(error);
        return box;
    }

    private static TextField textField(String id, StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        return grid;
    }
}
