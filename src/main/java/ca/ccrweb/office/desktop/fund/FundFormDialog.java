package ca.ccrweb.office.desktop.fund;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/** A new application to the fund, typed in a dialog that stays open while the service refuses the input. */
final class FundFormDialog {
    private final FundFormViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;

    FundFormDialog(FundFormViewModel viewModel, Localizer localizer, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
    }

    void show() {
        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.getDialogPane().setId("fundFormDialog");
        dialog.setHeaderText(localizer.get("fund.form.title"));
        ButtonType save = new ButtonType(localizer.get("fund.action.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);

        TextField fullName = text("fundFullName", viewModel.fullNameProperty());
        TextField email = text("fundEmail", viewModel.emailProperty());
        TextField phone = text("fundPhone", viewModel.phoneProperty());
        ComboBox<Language> language = Choices.of(localizer, List.of(Language.values()), viewModel.languageProperty(),
                "fund.form.choose");
        language.setId("fundLanguage");
        // Typing in the open list narrows it to the organizations whose name holds the letters typed.
        SearchableComboBox<Organization> organization = new SearchableComboBox<>(viewModel.organizations());
        organization.setId("fundOrganization");
        organization.valueProperty().bindBidirectional(viewModel.organizationProperty());
        organization.promptTextProperty().bind(localizer.text("fund.form.noOrganization"));
        organization.setConverter(new StringConverter<>() {
            @Override
            public String toString(Organization member) {
                return member == null ? "" : member.name();
            }

            @Override
            public Organization fromString(String text) {
                return viewModel.organizations().stream().filter(member -> member.name().equals(text)).findFirst()
                        .orElse(null);
            }
        });
        organization.setMaxWidth(Double.MAX_VALUE);
        ComboBox<FundStream> stream = Choices.of(localizer, List.of(FundStream.values()), viewModel.streamProperty(),
                "fund.form.choose");
        stream.setId("fundStream");
        Spinner<Integer> year = new Spinner<>(2000, 2100, viewModel.yearProperty().get() == null ? 2026
                : viewModel.yearProperty().get());
        year.setId("fundFormYear");
        year.setEditable(true);
        year.valueProperty().subscribe(viewModel.yearProperty()::set);
        ComboBox<Province> province = Choices.of(localizer, List.of(Province.values()), viewModel.provinceProperty(),
                "fund.form.choose");
        province.setId("fundProvince");

        TextField known = new TextField();
        known.setId("fundKnownPerson");
        known.promptTextProperty().bind(localizer.text("fund.form.findPrompt"));
        AutoCompletionBinding<Contact> completion = TextFields.bindAutoCompletion(known,
                request -> viewModel.applicantSuggestions(request.getUserText()), new StringConverter<>() {
                    @Override
                    public String toString(Contact person) {
                        return person == null ? "" : viewModel.describe(person);
                    }

                    @Override
                    public Contact fromString(String text) {
                        return null;
                    }
                });
        completion.setVisibleRowCount(8);
        completion.prefWidthProperty().bind(known.widthProperty());
        completion.getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
        completion.getAutoCompletionPopup().getScene().getStylesheets().add(StyleClasses.STYLESHEET);
        completion.setOnAutoCompleted(event -> {
            viewModel.useApplicant(event.getCompletion());
            Platform.runLater(known::clear);
        });
        Label knownHint = new Label();
        knownHint.setId("fundKnownPersonHint");
        knownHint.textProperty().bind(viewModel.applicantHintProperty());
        knownHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        knownHint.setWrapText(true);
        knownHint.setMinHeight(Region.USE_PREF_SIZE);
        knownHint.managedProperty().bind(knownHint.textProperty().isNotEmpty());
        FormField knownField = new FormField(localizer.text("fund.form.find"), known, new ReadOnlyObjectWrapper<>(""));
        knownField.getChildren().add(knownHint);

        GridPane person = new GridPane(12, 6);
        person.addRow(0, field("field.fullName", fullName, "fullName"), field("field.email", email, "email"));
        person.addRow(1, field("field.phone", phone, "phone"), field("field.language", language, "language"));
        person.addRow(2, field("field.organization", organization, "organization"),
                field("field.province", province, "province"));
        person.addRow(3, field("field.stream", stream, "stream"), field("field.year", year, "year"));

        VBox consultations = new VBox(4);
        consultations.setId("fundFormConsultations");
        Runnable listConsultations = () -> {
            consultations.getChildren().clear();
            for (Event event : viewModel.available()) {
                CheckBox box = new CheckBox(event.title(localizer.language()) + " — " + localizer.date(event.startsOn()));
                box.setSelected(viewModel.chosen().contains(event.id()));
                box.selectedProperty().subscribe(ticked -> {
                    if (ticked) {
                        viewModel.chosen().add(event.id());
                    } else {
                        viewModel.chosen().remove(event.id());
                    }
                });
                consultations.getChildren().add(box);
            }
            if (viewModel.available().isEmpty()) {
                Label none = new Label(localizer.get("fund.form.noConsultations"));
                none.getStyleClass().add(Styles.TEXT_MUTED);
                consultations.getChildren().add(none);
            }
        };
        viewModel.available().subscribe(listConsultations);
        listConsultations.run();
        Label consultationsError = error("consultations");

        GridPane amounts = new GridPane(12, 4);
        amounts.add(bold(localizer.get("fund.letter.expense")), 0, 0);
        amounts.add(bold(localizer.get("fund.column.requested")), 1, 0);
        amounts.add(bold(localizer.get("fund.detail.justification")), 2, 0);
        int row = 1;
        for (ExpenseLine expense : ExpenseLine.values()) {
            TextField requested = text("requested-" + expense.name(), viewModel.requestedProperty(expense));
            requested.setPrefColumnCount(7);
            TextField justification = text("justification-" + expense.name(), viewModel.justificationProperty(expense));
            justification.setPrefColumnCount(22);
            Label expenseName = new Label(localizer.label(expense));
            expenseName.setMinWidth(Region.USE_PREF_SIZE);
            amounts.add(expenseName, 0, row);
            amounts.add(new FormField(new ReadOnlyObjectWrapper<>(""), requested,
                    viewModel.errors().text("requested." + expense.name())), 1, row);
            amounts.add(new FormField(new ReadOnlyObjectWrapper<>(""), justification,
                    viewModel.errors().text("justification." + expense.name())), 2, row);
            row++;
        }
        Label message = new Label();
        message.textProperty().bind(viewModel.formMessageProperty());
        message.getStyleClass().add(StyleClasses.FIELD_ERROR);
        message.setWrapText(true);

        VBox content = new VBox(10, knownField, person, bold(localizer.get("field.consultations")), consultations,
                consultationsError, bold(localizer.get("fund.detail.amounts")), amounts, error("requested"), message);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(720);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveFundApplicationButton");
        saveButton.setGraphic(Icons.of(Feather.SAVE));
        saveButton.getStyleClass().add(Styles.ACCENT);
        viewModel.setOnClose(() -> {
            dialog.setResult(save);
            dialog.close();
        });
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save();
        });
        dialog.getDialogPane().lookupButton(cancel).setId("cancelDialogButton");
        dialog.setOnShown(event -> Platform.runLater(known::requestFocus));
        dialog.showAndWait();
    }

    private static TextField text(String id, StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    private FormField field(String labelKey, Control control, String errorField) {
        return new FormField(localizer.text(labelKey), control, viewModel.errors().text(errorField));
    }

    private Label error(String field) {
        Label label = new Label();
        label.textProperty().bind(viewModel.errors().text(field));
        label.getStyleClass().add(StyleClasses.FIELD_ERROR);
        return label;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
