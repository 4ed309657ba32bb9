package ca.ccrweb.office.desktop.accounts;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountService;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.RecordChanged;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;

import java.util.function.Consumer;

/** What staff do to one account, from the organization's accounts or from the list of all accounts. */
final class AccountCommands {
    private final AccountService accounts;
    private final MembershipService membership;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final IssuedAccountDisplay issuedAccounts;
    private final Runnable reload;

    /** {@code reload} reads the accounts shown again, offered when one was changed by someone else meanwhile. */
    AccountCommands(AccountService accounts, MembershipService membership, TaskExecutor executor,
                    UserFeedback feedback, Localizer localizer, IssuedAccountDisplay issuedAccounts, Runnable reload) {
        this.accounts = accounts;
        this.membership = membership;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.issuedAccounts = issuedAccounts;
        this.reload = reload;
    }

    void disable(Account account, Consumer<Account> done) {
        executor.run(() -> accounts.disable(account.id(), account.version()), disabled -> {
            feedback.notify(localizer.get("accounts.notify.disabled", disabled.fullName()));
            done.accept(disabled);
        }, this::refused);
    }

    void enable(Account account, Consumer<Account> done) {
        executor.run(() -> accounts.enable(account.id(), account.version()), enabled -> {
            feedback.notify(localizer.get("accounts.notify.enabled", enabled.fullName()));
            done.accept(enabled);
        }, this::refused);
    }

    void issueNewActivationCode(Account account, Consumer<Account> done) {
        record Issued(IssuedAccount account, Organization organization) {
        }
        executor.run(() -> {
            Organization organization = membership.find(account.organizationId())
                    .orElseThrow(() -> new OfficeException("organization.error.notFound"));
            return new Issued(accounts.issueNewActivationCode(account.id(), account.version()), organization);
        }, issued -> {
            issuedAccounts.show(issued.account(), issued.organization());
            done.accept(issued.account().account());
        }, this::refused);
    }

    /** Someone changed the account since it was shown: nothing was done; say who and when, and offer to reload. */
    private void refused(Throwable failure) {
        if (failure instanceof RecordChanged changed) {
            String message = changed.changedBy() == null ? localizer.get("accounts.conflict.changedBySomeone")
                    : localizer.get("accounts.conflict.changedBy", changed.changedBy(), changed.changedAt());
            feedback.notify(message, localizer.get("accounts.conflict.reload"), reload);
        } else {
            feedback.showError(failure);
        }
    }
}
