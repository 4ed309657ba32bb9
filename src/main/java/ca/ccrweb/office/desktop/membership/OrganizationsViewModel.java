package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.db.ChangeFeed;
import ca.ccrweb.office.core.membership.MembershipAction;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.MembershipTransition;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.desktop.accounts.OrganizationAccountsViewModel;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The list of organizations (every status) with its filters and search, and the detail of the one
 * selected: its form, its accounts, its membership history and the membership moves its status allows.
 */
public final class OrganizationsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(OrganizationsViewModel.class);
    /** The moves made from this screen; approving and rejecting belong to the applications queue. */
    private static final List<MembershipAction> DETAIL_ACTIONS = List.of(MembershipAction.RENEW,
            MembershipAction.REINSTATE, MembershipAction.LAPSE, MembershipAction.SUSPEND, MembershipAction.WITHDRAW);

    /** What the detail beside the list shows. */
    public enum Detail { NOTHING, ORGANIZATION, NEW_APPLICATION }

    private final MembershipService membership;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final OrganizationFormViewModel form;
    private final OrganizationAccountsViewModel accounts;

    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final FilteredList<Organization> shown = new FilteredList<>(organizations);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<MembershipStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ObjectProperty<Organization> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(Detail.NOTHING);
    private final ObservableList<MembershipAction> allowedActions = FXCollections.observableArrayList();
    private final ObservableList<MembershipTransition> history = FXCollections.observableArrayList();
    private final StringBinding countText;

    public OrganizationsViewModel(MembershipService membership, TaskExecutor executor, UserFeedback feedback,
                                  Localizer localizer, OrganizationFormViewModel form,
                                  OrganizationAccountsViewModel accounts) {
        this.membership = membership;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.form = form;
        this.accounts = accounts;
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, search, status, province, region));
        this.countText = localizer.text(() -> localizer.plural("organizations.count", organizations.size(),
                shown.size(), organizations.size()), shown, organizations);
        selected.subscribe(this::showDetailOf);
        form.setOnSaved(this::saved);
    }

    public void load() {
        load(feedback::showError);
    }

    /**
     * Follows the other workstations (PostgreSQL): when one changes organizations the list reloads, keeping the
     * selection and whatever is being typed in the form (a form with unsaved typing is left as it is; saving it
     * over their change is then refused and offers to reload). Closing the result stops following.
     */
    public AutoCloseable follow(ChangeFeed changes) {
        return changes.subscribe(tables -> {
            if (tables.contains("organization") || tables.contains(ChangeFeed.EVERYTHING)) {
                load(failure -> LOG.info("The organizations list could not follow a change: {}", failure.toString()));
            }
        });
    }

    private void load(Consumer<Throwable> onFailure) {
        executor.run(membership::all, loaded -> {
            Organization previouslySelected = selected.get();
            organizations.setAll(loaded);
            if (previouslySelected != null) {
                selected.set(loaded.stream().filter(organization -> organization.id() == previouslySelected.id())
                        .findFirst().orElse(null));
            }
        }, onFailure);
    }

    /** Opens an empty form for a new membership application beside the list. */
    public void startNewApplication() {
        selected.set(null);
        form.startNew();
        detail.set(Detail.NEW_APPLICATION);
    }

    /** Leaves the new application unsaved. */
    public void cancelNewApplication() {
        form.startNew();
        detail.set(selected.get() == null ? Detail.NOTHING : Detail.ORGANIZATION);
    }

    public void clearFilters() {
        search.set("");
        status.set(null);
        province.set(null);
        region.set(null);
    }

    /**
     * Moves the selected organization's membership. The reason is required for some moves (the service
     * says which); accounts lose or regain member access with the membership.
     */
    public void perform(MembershipAction action, String reason) {
        Organization organization = selected.get();
        if (organization == null) {
            return;
        }
        long id = organization.id();
        executor.run(() -> switch (action) {
            case RENEW -> membership.renew(id);
            case REINSTATE -> membership.reinstate(id);
            case LAPSE -> membership.lapse(id, reason);
            case SUSPEND -> membership.suspend(id, reason);
            case WITHDRAW -> membership.withdraw(id, reason);
            case APPROVE, REJECT ->
                    throw new IllegalArgumentException(action + " is decided in the applications queue");
        }, moved -> {
            replace(moved);
            feedback.notify(localizer.get("organizations.notify.moved", moved.name(), moved.status()));
        }, feedback::showError);
    }

    /** An organization changed by another part of the screen (a payment that renewed it): shown as it is now. */
    public void changedElsewhere(Organization organization) {
        replace(organization);
    }

    private void saved(Organization organization) {
        boolean created = organizations.stream().noneMatch(existing -> existing.id() == organization.id());
        if (created) {
            organizations.add(organization);
            feedback.notify(localizer.get("organizations.notify.applicationRecorded", organization.name()));
        } else {
            feedback.notify(localizer.get("organizationForm.notify.saved", organization.name()));
        }
        replace(organization);
    }

    private void replace(Organization changed) {
        for (int i = 0; i < organizations.size(); i++) {
            if (organizations.get(i).id() == changed.id()) {
                organizations.set(i, changed);
            }
        }
        selected.set(changed);
    }

    private void showDetailOf(Organization organization) {
        allowedActions.setAll(organization == null ? List.of() : DETAIL_ACTIONS.stream()
                .filter(action -> action.allowedFrom(organization.status())).toList());
        if (organization == null) {
            if (detail.get() == Detail.ORGANIZATION) {
                detail.set(Detail.NOTHING);
            }
            accounts.show(null);
            history.clear();
            return;
        }
        if (form.editingProperty().get() == null || form.editingProperty().get().id() != organization.id()
                || !form.isDirty()) {
            form.edit(organization);
        }
        detail.set(Detail.ORGANIZATION);
        accounts.show(organization);
        loadHistory(organization);
    }

    private void loadHistory(Organization organization) {
        executor.run(() -> membership.history(organization.id()), transitions -> {
            if (selected.get() != null && selected.get().id() == organization.id()) {
                history.setAll(transitions.reversed());
            }
        }, feedback::showError);
    }

    private Predicate<Organization> filter() {
        MembershipStatus statusWanted = status.get();
        Province provinceWanted = province.get();
        Region regionWanted = region.get();
        Predicate<Organization> searched = OrganizationSearch.matching(search.get());
        return organization -> (statusWanted == null || organization.status() == statusWanted)
                && (provinceWanted == null || organization.province() == provinceWanted)
                && (regionWanted == null || organization.region() == regionWanted)
                && searched.test(organization);
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public FilteredList<Organization> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<MembershipStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public ObjectProperty<Organization> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<MembershipAction> allowedActions() {
        return allowedActions;
    }

    public ObservableList<MembershipTransition> history() {
        return history;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public OrganizationFormViewModel form() {
        return form;
    }

    public OrganizationAccountsViewModel accounts() {
        return accounts;
    }
}
