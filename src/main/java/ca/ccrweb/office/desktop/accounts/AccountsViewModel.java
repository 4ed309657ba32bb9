package ca.ccrweb.office.desktop.accounts;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.AccountService;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.db.ChangeFeed;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.OtherWorkstations;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Every ccrweb.ca account of every member organization, searchable and filtered by kind and status. */
public final class AccountsViewModel {
    private final AccountService accountService;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final AccountCommands commands;
    private final NewAccountViewModel newAccount;

    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final FilteredList<Account> shown = new FilteredList<>(accounts);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AccountKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<AccountStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final StringBinding countText;
    private final BooleanBinding canDisable;
    private final BooleanBinding canEnable;

    public AccountsViewModel(AccountService accountService, MembershipService membership, TaskExecutor executor,
                             UserFeedback feedback, Localizer localizer, IssuedAccountDisplay issuedAccounts) {
        this.accountService = accountService;
        this.executor = executor;
        this.feedback = feedback;
        this.commands = new AccountCommands(accountService, membership, executor, feedback, localizer, issuedAccounts,
                this::load);
        this.newAccount = new NewAccountViewModel(accountService, membership, executor, feedback, localizer,
                issuedAccounts, this::load);
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, search, kind, status));
        this.countText = localizer.text(
                () -> localizer.plural("accounts.count", accounts.size(), shown.size(), accounts.size()),
                shown, accounts);
        this.canDisable = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() == AccountStatus.ACTIVE, selected);
        this.canEnable = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() == AccountStatus.DISABLED && !selected.get().disabledByMembership(),
                selected);
    }

    public void load() {
        executor.run(accountService::all, loaded -> {
            Account previouslySelected = selected.get();
            accounts.setAll(loaded);
            selected.set(previouslySelected == null ? null : loaded.stream()
                    .filter(account -> account.id() == previouslySelected.id()).findFirst().orElse(null));
        }, feedback::showError);
    }

    /** The form of an individual account added from this page, for any active member organization. */
    public NewAccountViewModel newAccount() {
        return newAccount;
    }

    public void clearFilters() {
        search.set("");
        kind.set(null);
        status.set(null);
    }

    /**
     * Follows the other workstations (PostgreSQL): an account or an organization changed elsewhere reads the list
     * again, keeping the selection and the filters. Closing the result stops following.
     */
    public AutoCloseable follow(ChangeFeed changes) {
        return OtherWorkstations.follow(changes, executor, Set.of("account", "organization"), this::load);
    }

    public void disableSelected() {
        if (selected.get() != null) {
            commands.disable(selected.get(), this::replace);
        }
    }

    public void enableSelected() {
        if (selected.get() != null) {
            commands.enable(selected.get(), this::replace);
        }
    }

    public void issueNewActivationCodeForSelected() {
        if (selected.get() != null) {
            commands.issueNewActivationCode(selected.get(), this::replace);
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

    private Predicate<Account> filter() {
        AccountKind kindWanted = kind.get();
        AccountStatus statusWanted = status.get();
        String[] words = Texts.searchKey(search.get()).strip().split("\\s+");
        return account -> (kindWanted == null || account.kind() == kindWanted)
                && (statusWanted == null || account.status() == statusWanted)
                && matches(account, words);
    }

    private static boolean matches(Account account, String[] words) {
        String haystack = String.join("\n", Stream.of(account.fullName(), account.email(), account.username(),
                account.organizationName()).map(Texts::searchKey).toList());
        return Arrays.stream(words).allMatch(haystack::contains);
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public FilteredList<Account> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AccountKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<AccountStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public BooleanBinding canDisableProperty() {
        return canDisable;
    }

    public BooleanBinding canEnableProperty() {
        return canEnable;
    }
}
