package ca.ccrweb.office.desktop.accounts;

import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.events.FormDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/** The Accounts page's "Add an account": the member organization first, then the person. */
final class NewAccountDialog {
    private NewAccountDialog() {
    }

    static void show(NewAccountViewModel form, Localizer localizer, Dialogs dialogs) {
        form.start();
        ComboBox<Organization> organization = new ComboBox<>(form.organizations());
        organization.setId("newAccountOrganization");
        organization.setMaxWidth(Double.MAX_VALUE);
        organization.promptTextProperty().bind(localizer.text("accounts.new.organization.prompt"));
        organization.setCellFactory(list -> new OrganizationCell());
        organization.setButtonCell(new OrganizationCell());
        organization.valueProperty().bindBidirectional(form.organizationProperty());
        ComboBox<IndividualRole> role = Choices.of(localizer, List.of(IndividualRole.values()), form.roleProperty(),
                "organizationAccounts.prompt.role");
        role.setId("newAccountRole");
        VBox content = new VBox(10,
                FormDialog.field(localizer, "accounts.new.organization", organization,
                        form.errors().text("organization")),
                FormDialog.field(localizer, "field.fullName", FormDialog.textField("newAccountFullName",
                        form.fullNameProperty()), form.errors().text("fullName")),
                FormDialog.field(localizer, "field.email", FormDialog.textField("newAccountEmail",
                        form.emailProperty()), form.errors().text("email")),
                FormDialog.field(localizer, "field.role", role, form.errors().text("role")));
        FormDialog.show(dialogs, "newAccountDialog", localizer.get("organizationAccounts.form.title"),
                localizer.get("organizationAccounts.action.save"), Feather.USER_PLUS, content, 520,
                form.savingProperty(), form::save, organization);
    }

    private static final class OrganizationCell extends ListCell<Organization> {
        @Override
        protected void updateItem(Organization item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
