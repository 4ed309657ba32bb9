package ca.ccrweb.office.desktop.administration;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.core.security.StaffUser;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The People tab: who uses the application, the form for a new user, and the actions on the one selected. */
final class PeopleView extends BorderPane {
    private final TextField username = new TextField();

    PeopleView(PeopleViewModel viewModel, Localizer localizer, Dialogs dialogs) {
        setId("peopleTab");
        TableView<StaffUser> table = Tables.sortable(viewModel.users(), localizer);
        table.setId("staffUsersTable");
        TableColumn<StaffUser, String> usernameColumn = Tables.text(localizer, "administration.people.column.username",
                StaffUser::username);
        TableColumn<StaffUser, String> fullName = Tables.text(localizer, "administration.people.column.fullName",
                StaffUser::fullName);
        fullName.setPrefWidth(200);
        TableColumn<StaffUser, String> role = Tables.text(localizer, "administration.people.column.role",
                user -> user.handlesCases() ? localizer.get("administration.people.role.handlesCases",
                        localizer.get(user.role().labelKey())) : localizer.get(user.role().labelKey()));
        TableColumn<StaffUser, String> active = Tables.text(localizer, "administration.people.column.active",
                user -> localizer.get(user.active() ? "administration.people.active.yes"
                        : "administration.people.active.no"));
        TableColumn<StaffUser, Instant> lastSignIn = new TableColumn<>();
        lastSignIn.textProperty().bind(localizer.text("administration.people.column.lastSignIn"));
        lastSignIn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().lastSignInAt()));
        lastSignIn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? localizer.get("administration.people.lastSignIn.never")
                        : localizer.dateTime(item));
            }
        });
        lastSignIn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        lastSignIn.setPrefWidth(170);
        table.getColumns().addAll(List.of(usernameColumn, fullName, role, active, lastSignIn));
        table.getSortOrder().add(usernameColumn);
        table.setPlaceholder(Tables.placeholder(Feather.USERS, localizer.text("administration.people.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(user -> {
            if (table.getSelectionModel().getSelectedItem() != user) {
                table.getSelectionModel().select(user);
            }
        });

        Label count = new Label();
        count.setId("staffUserCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Button reset = Buttons.outlined(localizer, "resetPasswordButton", "administration.people.action.reset",
                Feather.KEY);
        reset.disableProperty().bind(viewModel.selectedProperty().isNull());
        reset.setOnAction(event -> {
            StaffUser user = viewModel.selectedProperty().get();
            if (user != null && dialogs.confirm(localizer.get("administration.people.confirm.reset.header",
                    user.fullName()), localizer.get("administration.people.confirm.reset.text"),
                    localizer.get("administration.people.action.reset"), false)) {
                viewModel.resetSelectedPassword();
            }
        });
        Button disable = Buttons.outlined(localizer, "disableStaffUserButton", "administration.people.action.disable",
                Feather.USER_X);
        disable.disableProperty().bind(viewModel.canDisableProperty().not());
        disable.setOnAction(event -> {
            StaffUser user = viewModel.selectedProperty().get();
            if (user != null && dialogs.confirm(localizer.get("administration.people.confirm.disable.header",
                    user.fullName()), localizer.get("administration.people.confirm.disable.text"),
                    localizer.get("administration.people.action.disable"), true)) {
                viewModel.disableSelected();
            }
        });
        Button enable = Buttons.outlined(localizer, "enableStaffUserButton", "administration.people.action.enable",
                Feather.USER_CHECK);
        enable.disableProperty().bind(viewModel.canEnableProperty().not());
        enable.setOnAction(event -> viewModel.enableSelected());
        Button cases = Buttons.outlined(localizer, "handlesCasesButton", "administration.people.action.handlesCases",
                Feather.BRIEFCASE);
        cases.textProperty().bind(localizer.text(() -> localizer.get(viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().handlesCases() ? "administration.people.action.handlesNoCases"
                : "administration.people.action.handlesCases"), viewModel.selectedProperty()));
        cases.disableProperty().bind(viewModel.canChangeCaseHandlingProperty().not());
        cases.setOnAction(event -> viewModel.toggleSelectedHandlesCases());
        HBox actions = PageLayout.toolbar(reset, disable, enable, PageLayout.spacer(), count);
        actions.setPadding(new Insets(12, 0, 0, 0));
        // On a row of its own: beside the others it would push the new-user form out of a 1280-pixel window.
        HBox caseActions = PageLayout.toolbar(cases);
        caseActions.setPadding(new Insets(6, 0, 0, 0));

        VBox list = new VBox(table, actions, caseActions);
        VBox.setVgrow(table, Priority.ALWAYS);
        setCenter(list);
        setRight(form(viewModel, localizer));
        setPadding(new Insets(12, 0, 0, 0));
    }

    private VBox form(PeopleViewModel viewModel, Localizer localizer) {
        username.setId("newUsername");
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        TextField fullName = new TextField();
        fullName.setId("newFullName");
        fullName.textProperty().bindBidirectional(viewModel.fullNameProperty());
        ComboBox<Role> role = Choices.of(localizer, List.of(Role.values()), viewModel.roleProperty(),
                "administration.people.field.role.prompt");
        role.setId("newRole");
        TextField password = new TextField();
        password.setId("newTemporaryPassword");
        password.textProperty().bindBidirectional(viewModel.temporaryPasswordProperty());
        password.getStyleClass().add(StyleClasses.ACTIVATION_CODE);
        Button suggest = Buttons.outlined(localizer, "suggestPasswordButton", "administration.people.action.suggest",
                Feather.REFRESH_CW);
        suggest.getStyleClass().add(Styles.SMALL);
        suggest.setOnAction(event -> viewModel.suggestTemporaryPassword());
        Label hint = new Label();
        hint.textProperty().bind(localizer.text("administration.people.form.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button create = Buttons.accent(localizer, "createStaffUserButton", "administration.people.action.create",
                Feather.USER_PLUS);
        create.disableProperty().bind(viewModel.savingProperty());
        create.setOnAction(event -> viewModel.createUser());

        VBox form = new VBox(10,
                PageLayout.sectionTitle(localizer.text("administration.people.form.title")),
                new FormField(localizer.text("administration.people.field.username"), username,
                        viewModel.errors().text("username")),
                new FormField(localizer.text("administration.people.field.fullName"), fullName,
                        viewModel.errors().text("fullName")),
                new FormField(localizer.text("administration.people.field.role"), role,
                        viewModel.errors().text("role")),
                new FormField(localizer.text("administration.people.field.password"), password,
                        viewModel.errors().text("password")),
                suggest, hint, create);
        form.setId("newUserForm");
        form.getStyleClass().add(StyleClasses.DETAIL);
        form.setPrefWidth(320);
        form.setMinWidth(280);
        form.setPadding(new Insets(0, 0, 0, 20));
        return form;
    }

    void focusNewUser() {
        username.requestFocus();
    }
}
