package ca.ccrweb.office.desktop.accounts;

import ca.ccrweb.office.core.accounts.AccountService;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.FormSubmission;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;

/**
 * An individual account added from the Accounts page: the member organization chosen among the active ones,
 * then the same fields as on the organization's own Accounts tab; the activation code is shown once saved.
 */
public final class NewAccountViewModel {
    private final AccountService accountService;
    private final MembershipService membership;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final IssuedAccountDisplay issuedAccounts;
    private final Runnable added;

    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<IndividualRole> role = new SimpleObjectProperty<>();
    private final FormSubmission submission;
    private final FieldErrors errors;

    NewAccountViewModel(AccountService accountService, MembershipService membership, TaskExecutor executor,
                        UserFeedback feedback, Localizer localizer, IssuedAccountDisplay issuedAccounts,
                        Runnable added) {
        this.accountService = accountService;
        this.membership = membership;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.issuedAccounts = issuedAccounts;
        this.added = added;
        this.submission = FormSubmission.withoutMessage(new FieldErrors(localizer, List.of("organization", "fullName", "email", "role")), feedback, localizer);
        this.errors = submission.errors();
    }

    /** Empties the form and loads the active member organizations, by name. */
    public void start() {
        organization.set(null);
        fullName.set("");
        email.set("");
        role.set(null);
        errors.clear();
        executor.run(() -> membership.withStatus(MembershipStatus.ACTIVE).stream()
                .sorted(Comparator.comparing(member -> Texts.searchKey(member.name()))).toList(),
                organizations::setAll, feedback::showError);
    }

    /** Creates the account; runs {@code onSaved} (closing the form) once it is, then shows the activation code. */
    public void save(Runnable onSaved) {
        Organization owner = organization.get();
        if (submission.busyProperty().get()) {
            return;
        }
        if (owner == null) {
            errors.show(ValidationException.of("organization", "validation.required"));
            return;
        }
        IndividualAccountDraft draft = new IndividualAccountDraft(fullName.get(), email.get(), role.get());
        errors.clear();
        submission.submit(executor, () -> accountService.addIndividual(owner.id(), draft), issued -> {
            feedback.notify(localizer.get("organizationAccounts.notify.added", issued.account().fullName()));
            onSaved.run();
            added.run();
            issuedAccounts.show(issued, owner);
        });
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public ObjectProperty<Organization> organizationProperty() {
        return organization;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<IndividualRole> roleProperty() {
        return role;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return submission.busyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }
}
