package ca.ccrweb.office.desktop.accounts;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountService;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.FormSubmission;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The ccrweb.ca accounts of one organization: its administrator account and the individual accounts of
 * board members, staff and volunteers, which staff add, disable, re-enable and give new activation codes.
 */
public final class OrganizationAccountsViewModel {
    public static final List<String> FIELDS = List.of("fullName", "email", "role");

    private final AccountService accountService;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final IssuedAccountDisplay issuedAccounts;
    private final AccountCommands commands;

    private final ReadOnlyObjectWrapper<Organization> organization = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(false);
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<IndividualRole> role = new SimpleObjectProperty<>();
    private final FormSubmission submission;
    private final FieldErrors errors;
    private final BooleanBinding membershipActive;
    private final BooleanBinding canDisable;
    private final BooleanBinding canEnable;
    private final StringBinding countText;

    public OrganizationAccountsViewModel(AccountService accountService, MembershipService membership,
                                         TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                                         IssuedAccountDisplay issuedAccounts) {
        this.accountService = accountService;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.issuedAccounts = issuedAccounts;
        this.commands = new AccountCommands(accountService, membership, executor, feedback, localizer, issuedAccounts,
                this::load);
        this.submission = FormSubmission.withoutMessage(new FieldErrors(localizer, FIELDS), feedback, localizer);
        this.errors = submission.errors();
        this.membershipActive = Bindings.createBooleanBinding(() -> organization.get() != null
                && organization.get().status() == MembershipStatus.ACTIVE, organization);
        this.canDisable = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() == AccountStatus.ACTIVE, selected);
        this.canEnable = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() == AccountStatus.DISABLED && !selected.get().disabledByMembership(),
                selected).and(membershipActive);
        this.countText = localizer.text(
                () -> localizer.plural("organizationAccounts.count", accounts.size(), accounts.size()), accounts);
    }

    /** Shows the accounts of this organization (or none). */
    public void show(Organization shown) {
        if (shown == null || organization.get() == null || shown.id() != organization.get().id()) {
            cancelAdding();
            accounts.clear();
        }
        organization.set(shown);
        load();
    }

    public void load() {
        Organization shown = organization.get();
        if (shown == null) {
            accounts.clear();
            return;
        }
        executor.run(() -> accountService.forOrganization(shown.id()), loaded -> {
            if (organization.get() != null && organization.get().id() == shown.id()) {
                replaceAll(loaded);
            }
        }, feedback::showError);
    }

    public void startAdding() {
        fullName.set("");
        email.set("");
        role.set(null);
        errors.clear();
        adding.set(true);
    }

    public void cancelAdding() {
        adding.set(false);
        errors.clear();
    }

    public void addAccount() {
        Organization owner = organization.get();
        if (owner == null || submission.busyProperty().get()) {
            return;
        }
        IndividualAccountDraft draft = new IndividualAccountDraft(fullName.get(), email.get(), role.get());
        submission.submit(executor, () -> accountService.addIndividual(owner.id(), draft), issued -> {
            adding.set(false);
            feedback.notify(localizer.get("organizationAccounts.notify.added", issued.account().fullName()));
            load();
            issuedAccounts.show(issued, owner);
        });
    }

    public void disableSelected() {
        Account account = selected.get();
        if (account != null) {
            commands.disable(account, this::replace);
        }
    }

    public void enableSelected() {
        Account account = selected.get();
        if (account != null) {
            commands.enable(account, this::replace);
        }
    }

    public void issueNewActivationCodeForSelected() {
        Account account = selected.get();
        if (account != null) {
            commands.issueNewActivationCode(account, this::replace);
        }
    }

    private void replace(Account changed) {
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).id() == changed.id()) {
                accounts.set(i, changed);
            }
        }
        selected.set(changed);
    }

    private void replaceAll(List<Account> loaded) {
        Account previouslySelected = selected.get();
        accounts.setAll(loaded);
        selected.set(previouslySelected == null ? null : loaded.stream()
                .filter(account -> account.id() == previouslySelected.id()).findFirst().orElse(null));
    }

    public ReadOnlyObjectProperty<Organization> organizationProperty() {
        return organization.getReadOnlyProperty();
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return submission.busyProperty();
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

    public FieldErrors errors() {
        return errors;
    }

    /** Accounts can be added or re-enabled only while the membership is active. */
    public BooleanBinding membershipActiveProperty() {
        return membershipActive;
    }

    public BooleanBinding canDisableProperty() {
        return canDisable;
    }

    public BooleanBinding canEnableProperty() {
        return canEnable;
    }

    public StringBinding countTextProperty() {
        return countText;
    }
}
