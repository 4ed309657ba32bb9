package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.ChangeFeed;
import ca.ccrweb.office.core.membership.ApprovalResult;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.accounts.IssuedAccountDisplay;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.OtherWorkstations;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
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
import javafx.collections.transformation.FilteredList;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The applications queue: pending membership applications, oldest first, and the decision on the one
 * selected. Approving creates the administrator account, whose activation code is shown once.
 */
public final class ApplicationsViewModel {
    /** What the detail beside the queue shows. */
    public enum Detail { NOTHING, APPLICATION, EDITING, NEW_APPLICATION }

    private final MembershipService membership;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final IssuedAccountDisplay issuedAccounts;
    private final OrganizationFormViewModel form;

    private final ObservableList<Organization> pending = FXCollections.observableArrayList();
    private final FilteredList<Organization> shown = new FilteredList<>(pending);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Organization> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(Detail.NOTHING);
    private final ReadOnlyBooleanWrapper deciding = new ReadOnlyBooleanWrapper(false);
    private final FieldErrors decisionErrors;
    private final StringBinding countText;

    public ApplicationsViewModel(MembershipService membership, TaskExecutor executor, UserFeedback feedback,
                                 Localizer localizer, IssuedAccountDisplay issuedAccounts,
                                 OrganizationFormViewModel form) {
        this.membership = membership;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.issuedAccounts = issuedAccounts;
        this.form = form;
        this.decisionErrors = new FieldErrors(localizer, List.of("administratorEmail", "reason"));
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> OrganizationSearch.matching(search.get()),
                search));
        this.countText = localizer.text(
                () -> localizer.plural("applications.count", pending.size(), pending.size()), pending);
        selected.subscribe(organization -> {
            if (detail.get() != Detail.NEW_APPLICATION || organization != null) {
                detail.set(organization == null ? Detail.NOTHING : Detail.APPLICATION);
            }
        });
        form.setOnSaved(this::saved);
    }

    public void load() {
        executor.run(membership::pendingApplications, loaded -> {
            Organization previouslySelected = selected.get();
            pending.setAll(loaded);
            if (previouslySelected != null && detail.get() == Detail.APPLICATION) {
                selected.set(loaded.stream().filter(organization -> organization.id() == previouslySelected.id())
                        .findFirst().orElse(null));
            }
        }, feedback::showError);
    }

    /**
     * Follows the other workstations (PostgreSQL): an application received, approved or rejected elsewhere reads the
     * pending list again, and with it the navigation's badge. Closing the result stops following.
     */
    public AutoCloseable follow(ChangeFeed changes) {
        return OtherWorkstations.follow(changes, executor, Set.of("organization"), this::load);
    }

    /**
     * Approves the selected application with this administrator email (the organization's own when blank).
     * A refused email is shown beside the field of the approval dialog; {@code onApproved} runs after success.
     */
    public void approve(String administratorEmail, Runnable onApproved) {
        Organization application = selected.get();
        if (application == null || deciding.get()) {
            return;
        }
        deciding.set(true);
        decisionErrors.clear();
        executor.run(() -> membership.approve(application.id(), administratorEmail), (ApprovalResult result) -> {
            deciding.set(false);
            remove(application);
            onApproved.run();
            feedback.notify(localizer.get("applications.notify.approved"));
            issuedAccounts.show(result.administrator(), result.organization());
        }, this::decisionFailed);
    }

    /** Rejects the selected application; the reason is required and kept with the organization. */
    public void reject(String reason) {
        Organization application = selected.get();
        if (application == null || deciding.get()) {
            return;
        }
        deciding.set(true);
        decisionErrors.clear();
        executor.run(() -> membership.reject(application.id(), reason), rejected -> {
            deciding.set(false);
            remove(application);
            feedback.notify(localizer.get("applications.notify.rejected", rejected.name()));
        }, this::decisionFailed);
    }

    /** Forgets the messages of a decision dialog that was closed without deciding. */
    public void clearDecisionErrors() {
        decisionErrors.clear();
    }

    public void startNewApplication() {
        selected.set(null);
        form.startNew();
        detail.set(Detail.NEW_APPLICATION);
    }

    public void editSelected() {
        if (selected.get() != null) {
            form.edit(selected.get());
            detail.set(Detail.EDITING);
        }
    }

    /** Leaves the form without saving; what was typed is dropped. */
    public void closeForm() {
        form.revert();
        detail.set(selected.get() == null ? Detail.NOTHING : Detail.APPLICATION);
    }

    public boolean isFormOpen() {
        return detail.get() == Detail.EDITING || detail.get() == Detail.NEW_APPLICATION;
    }

    private void saved(Organization organization) {
        if (organization.status() != MembershipStatus.APPLIED) {
            return;
        }
        boolean created = pending.stream().noneMatch(existing -> existing.id() == organization.id());
        if (created) {
            pending.add(organization);
            feedback.notify(localizer.get("organizations.notify.applicationRecorded", organization.name()));
        } else {
            pending.replaceAll(existing -> existing.id() == organization.id() ? organization : existing);
            feedback.notify(localizer.get("organizationForm.notify.saved", organization.name()));
        }
        detail.set(Detail.APPLICATION);
        selected.set(organization);
    }

    private void remove(Organization decided) {
        int index = shown.indexOf(decided);
        pending.removeIf(organization -> organization.id() == decided.id());
        List<Organization> remaining = List.copyOf(shown);
        selected.set(remaining.isEmpty() ? null : remaining.get(Math.min(Math.max(index, 0), remaining.size() - 1)));
    }

    private void decisionFailed(Throwable failure) {
        deciding.set(false);
        if (failure instanceof ValidationException refusal && decisionErrors.show(refusal).isEmpty()) {
            return;
        }
        feedback.showError(failure);
    }

    public ObservableList<Organization> pending() {
        return pending;
    }

    public FilteredList<Organization> shown() {
        return shown;
    }

    public IntegerBinding pendingCount() {
        return Bindings.size(pending);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Organization> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty decidingProperty() {
        return deciding.getReadOnlyProperty();
    }

    /** Messages of the approval and rejection dialogs: fields "administratorEmail" and "reason". */
    public FieldErrors decisionErrors() {
        return decisionErrors;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public OrganizationFormViewModel form() {
        return form;
    }

    /** The whole days since the application was received, by the office's clock. */
    public long daysWaiting(Organization application) {
        return ChronoUnit.DAYS.between(application.appliedOn(), form.today());
    }
}
