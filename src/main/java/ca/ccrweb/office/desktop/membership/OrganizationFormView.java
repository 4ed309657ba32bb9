package ca.ccrweb.office.desktop.membership;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import javafx.application.Platform;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.StringProperty;
import org.kordamp.ikonli.feather.Feather;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The organization form: identity, address, preferences, services and clientele, notes. Enter saves,
 * Escape cancels; each field's message shows right under it.
 */
public final class OrganizationFormView extends VBox {
    private final OrganizationFormViewModel viewModel;
    private final Localizer localizer;
    private final TextField nameField;
    private final List<FormField> fields = new ArrayList<>();

    /** The form, read-only with no Save or Cancel for a role that may not edit organizations. */
    public OrganizationFormView(OrganizationFormViewModel viewModel, Localizer localizer, Runnable onCancel,
                                Permissions permissions) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        setId("organizationForm");

        Message formMessage = new Message();
        formMessage.getStyleClass().add(Styles.DANGER);
        formMessage.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
        formMessage.descriptionProperty().bind(viewModel.formMessageProperty());
        formMessage.setId("formMessage");
        formMessage.visibleProperty().bind(viewModel.formMessageProperty().isNotEmpty());
        formMessage.managedProperty().bind(formMessage.visibleProperty());

        VBox conflict = conflictMessage();

        nameField = textField("nameField", viewModel.nameProperty());
        GridPane identity = grid();
        identity.add(field("name", nameField), 0, 0, 2, 1);
        identity.add(field("nameOtherLanguage", textField("nameOtherLanguageField",
                viewModel.nameOtherLanguageProperty())), 0, 1, 2, 1);
        identity.add(field("email", textField("emailField", viewModel.emailProperty())), 0, 2);
        identity.add(field("phone", textField("phoneField", viewModel.phoneProperty())), 1, 2);
        identity.add(field("website", textField("websiteField", viewModel.websiteProperty())), 0, 3, 2, 1);

        ComboBox<Province> province = Choices.of(localizer, List.of(Province.values()), viewModel.provinceProperty(),
                "organizationForm.prompt.province");
        province.setId("provinceField");
        ComboBox<Language> language = Choices.of(localizer, List.of(Language.values()), viewModel.languageProperty(),
                "organizationForm.prompt.language");
        language.setId("languageField");
        GridPane address = grid();
        address.add(field("streetAddress", textField("streetAddressField", viewModel.streetAddressProperty())), 0, 0,
                2, 1);
        address.add(field("city", textField("cityField", viewModel.cityProperty())), 0, 1);
        address.add(field("postalCode", textField("postalCodeField", viewModel.postalCodeProperty())), 1, 1);
        address.add(field("province", province), 0, 2);
        address.add(field("language", language), 1, 2);

        TextArea notes = new TextArea();
        notes.setId("notesField");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());

        Button save = new Button();
        save.setId("saveButton");
        save.textProperty().bind(localizer.text(() -> localizer.get(viewModel.isCreating()
                ? "organizationForm.action.saveNew" : "organizationForm.action.save"), viewModel.creatingProperty()));
        save.setGraphic(Icons.of(Feather.SAVE));
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.savingProperty()
                .or(viewModel.creatingProperty().not().and(viewModel.dirtyProperty().not())));
        save.setOnAction(event -> {
            if (!DateFields.refuseUnreadable(this)) {
                viewModel.save();
            }
        });
        Button cancel = new Button();
        cancel.setId("cancelButton");
        cancel.textProperty().bind(localizer.text("common.action.cancel"));
        cancel.getStyleClass().add(Styles.BUTTON_OUTLINED);
        cancel.setOnAction(event -> onCancel.run());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8, 0, 0, 0));

        GridPane received = grid();
        received.add(new FormField(localizer.text("organizationForm.field.receivedOn"),
                DateFields.picker(localizer, "receivedOnField", viewModel.receivedOnProperty()),
                viewModel.errors().text("receivedOn")), 0, 0);
        received.add(new FormField(localizer.text("organizationForm.field.contactName"),
                textField("contactNameField", viewModel.contactNameProperty()),
                viewModel.errors().text("contactName")), 0, 1, 2, 1);
        received.add(new FormField(localizer.text("organizationForm.field.contactEmail"),
                textField("contactEmailField", viewModel.contactEmailProperty()),
                viewModel.errors().text("contactEmail")), 0, 2, 2, 1);
        VBox application = new VBox(14, PageLayout.sectionTitle(localizer.text("organizationForm.section.application")),
                received);
        application.setId("applicationReceipt");
        application.visibleProperty().bind(viewModel.creatingProperty());
        application.managedProperty().bind(application.visibleProperty());

        VBox content = new VBox(14,
                formMessage, conflict,
                PageLayout.sectionTitle(localizer.text("organizationForm.section.identity")), identity,
                PageLayout.sectionTitle(localizer.text("organizationForm.section.address")), address,
                PageLayout.sectionTitle(localizer.text("organizationForm.section.services")),
                checkBoxes("service", ServiceOffered.values(), viewModel.services()),
                PageLayout.sectionTitle(localizer.text("organizationForm.section.clienteles")),
                checkBoxes("clientele", Clientele.values(), viewModel.clienteles()),
                field("notes", notes),
                application);
        content.setPadding(new Insets(4, 16, 16, 4));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        getChildren().addAll(scroller, buttons);
        permissions.readOnlyUnless(Permission.EDIT_ORGANIZATIONS, content);
        permissions.showOnlyIf(Permission.EDIT_ORGANIZATIONS, buttons);
        setSpacing(8);
        viewModel.formMessageProperty().subscribe(message -> {
            if (!message.isEmpty()) {
                Platform.runLater(() -> showFirstRefusedField(scroller, content));
            }
        });

        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !(event.getTarget() instanceof TextArea)
                    && !(event.getTarget() instanceof ComboBox<?> combo && combo.isShowing())) {
                event.consume();
                if (!save.isDisabled()) {
                    save.fire();
                }
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                onCancel.run();
            }
        });
    }

    /**
     * Someone else saved the organization since it was opened: their change named, a Reload button; once reloaded,
     * what was typed stays written there to compare, with a button to put it back.
     */
    private VBox conflictMessage() {
        Message conflict = new Message();
        conflict.getStyleClass().add(Styles.WARNING);
        conflict.setGraphic(Icons.of(Feather.USERS));
        conflict.setId("conflictMessage");
        conflict.descriptionProperty().bind(Bindings.when(viewModel.conflictProperty().isNotEmpty())
                .then(viewModel.conflictProperty()).otherwise(viewModel.comparisonProperty()));
        Button reload = new Button();
        reload.setId("reloadButton");
        reload.textProperty().bind(localizer.text("organizationForm.conflict.reload"));
        reload.setGraphic(Icons.of(Feather.REFRESH_CW));
        reload.setOnAction(event -> viewModel.reloadKeepingTyped());
        reload.visibleProperty().bind(viewModel.conflictProperty().isNotEmpty());
        reload.managedProperty().bind(reload.visibleProperty());
        Button putBack = new Button();
        putBack.setId("putBackButton");
        putBack.textProperty().bind(localizer.text("organizationForm.conflict.putBack"));
        putBack.setOnAction(event -> viewModel.putBackTyped());
        putBack.visibleProperty().bind(viewModel.typedBeforeReloadProperty().isNotNull());
        putBack.managedProperty().bind(putBack.visibleProperty());
        HBox actions = new HBox(8, reload, putBack);
        VBox panel = new VBox(6, conflict, actions);
        panel.visibleProperty().bind(viewModel.conflictProperty().isNotEmpty()
                .or(viewModel.comparisonProperty().isNotEmpty()));
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    /** Puts the cursor in the first field, to type a new application at once. */
    public void focusFirstField() {
        nameField.requestFocus();
    }

    private FormField field(String name, Control control) {
        FormField field = new FormField(localizer.text("field." + name), control, viewModel.errors().text(name));
        fields.add(field);
        return field;
    }

    /** After a refusal the cursor goes to the first field to correct, scrolled into sight. */
    private void showFirstRefusedField(ScrollPane scroller, VBox content) {
        fields.stream().filter(field -> field.errorLabel().isVisible()).findFirst().ifPresent(field -> {
            double top = field.localToScene(0, 0).getY() - content.localToScene(0, 0).getY();
            double scrollable = content.getHeight() - scroller.getViewportBounds().getHeight();
            if (scrollable > 0) {
                scroller.setVvalue(Math.clamp((top - 40) / scrollable, 0, 1));
            }
            field.control().requestFocus();
        });
    }

    private static TextField textField(String id, StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        return grid;
    }

    private <T extends Enum<T> & Labelled> Node checkBoxes(String idPrefix, T[] values, ObservableSet<T> chosen) {
        GridPane grid = grid();
        grid.setVgap(6);
        List<T> all = Arrays.asList(values);
        for (int i = 0; i < all.size(); i++) {
            T value = all.get(i);
            CheckBox box = new CheckBox();
            box.setId(idPrefix + "-" + value.name());
            box.textProperty().bind(localizer.text(value.labelKey()));
            box.setWrapText(true);
            box.setSelected(chosen.contains(value));
            box.selectedProperty().subscribe(selected -> {
                if (selected) {
                    chosen.add(value);
                } else {
                    chosen.remove(value);
                }
            });
            chosen.addListener((SetChangeListener<T>) change -> box.setSelected(chosen.contains(value)));
            grid.add(box, i % 2, i / 2);
        }
        return grid;
    }
}
