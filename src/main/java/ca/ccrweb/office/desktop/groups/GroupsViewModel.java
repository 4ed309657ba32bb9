package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.groups.Group;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/**
 * The Groups section: the groups with their chairs, members and meetings; the executive committee; the
 * resolutions register; the workshop proposals. What the tabs share (the groups, the member organizations, the
 * events) is read here once; each tab is a part handed out by this page, as the event's page does.
 */
public final class GroupsViewModel {
    /** The tabs of the section. */
    public enum Tab { GROUPS, EXECUTIVE, RESOLUTIONS, PROPOSALS }

    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final boolean canManage;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<Organization> members = FXCollections.observableArrayList();
    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.GROUPS);
    private final GroupListViewModel groupList;
    private final ExecutiveViewModel executive;
    private final ResolutionsViewModel resolutions;
    private final ProposalsViewModel proposals;

    public GroupsViewModel(OfficeServices office, TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                           boolean canManage) {
        this.office = office;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.canManage = canManage;
        this.groupList = new GroupListViewModel(this, office, executor, feedback, localizer);
        this.executive = new ExecutiveViewModel(this, office, executor, feedback, localizer);
        this.resolutions = new ResolutionsViewModel(this, office, executor, feedback, localizer);
        this.proposals = new ProposalsViewModel(this, office, executor, feedback, localizer);
    }

    private record Shared(List<Group> groups, List<Organization> members, List<Event> events) {
    }

    /** Reads what the tabs share, then each tab's own list. */
    public void load() {
        executor.run(() -> new Shared(office.groups().all(), office.membership().all().stream()
                .filter(organization -> organization.status() == MembershipStatus.ACTIVE)
                .sorted(Comparator.comparing(Organization::name, Collator.getInstance(localizer.messages().locale())))
                .toList(), office.events().all()), shared -> {
                    groups.setAll(shared.groups());
                    members.setAll(shared.members());
                    events.setAll(shared.events());
                    groupList.load();
                    executive.load();
                    resolutions.load();
                    proposals.load();
                }, feedback::showError);
    }

    public boolean canManage() {
        return canManage;
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    /** The active member organizations, by name: organizers, sponsors, where members come from. */
    public ObservableList<Organization> memberOrganizations() {
        return members;
    }

    /** Every event, the latest first. */
    public ObservableList<Event> events() {
        return events;
    }

    public ObjectProperty<Tab> tabProperty() {
        return tab;
    }

    public GroupListViewModel groupList() {
        return groupList;
    }

    public ExecutiveViewModel executive() {
        return executive;
    }

    public ResolutionsViewModel resolutions() {
        return resolutions;
    }

    public ProposalsViewModel proposals() {
        return proposals;
    }

    Localizer localizer() {
        return localizer;
    }
}
