package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.advocacy.ActionReport;
import ca.ccrweb.office.core.advocacy.AdvocacyService;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.advocacy.ModelLetter;
import ca.ccrweb.office.core.advocacy.Tallies;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.BackgroundTask;
import ca.ccrweb.office.desktop.common.LatestRequest;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Advocacy section: the campaigns, the one chosen, and what its tabs share (its action reports, model
 * letters and tallies, the active member organizations), loaded off the FX thread. The tabs' parts: the campaign
 * form, the action reports with their form, the results, and the model letters to fill. A change made in one
 * tab shows in the others.
 */
public final class AdvocacyViewModel {
    /** The tabs of the section. */
    public enum Tab { CAMPAIGN, ACTIONS, RESULTS, LETTERS }

    private final AdvocacyService advocacy;
    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final ObservableList<ActionReport> actions = FXCollections.observableArrayList();
    private final ObservableList<ModelLetter> letters = FXCollections.observableArrayList();
    private final ObservableList<Organization> members = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Tallies> tallies = new ReadOnlyObjectWrapper<>(Tallies.NONE);
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.ACTIONS);
    private final Predicate<Permission> granted;
    private final LatestRequest<Long> campaignLoads = new LatestRequest<>();

    private final CampaignFormViewModel form;
    private final ActionsViewModel actionList;
    private final ResultsViewModel results;
    private final LettersViewModel letterForm;

    public AdvocacyViewModel(OfficeServices office, TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                             Predicate<Permission> granted) {
        this.office = office;
        this.advocacy = office.advocacy();
        this.executor = executor;
        this.feedback = feedback;
        this.granted = granted;
        this.form = new CampaignFormViewModel(this, advocacy, executor, feedback, localizer);
        this.actionList = new ActionsViewModel(this, office, executor, feedback, localizer);
        this.results = new ResultsViewModel(this, office, localizer);
        this.letterForm = new LettersViewModel(this, advocacy, executor, feedback, localizer);
        campaign.subscribe(chosen -> {
            form.edit(chosen);
            loadCampaign();
        });
    }

    private record Loaded(List<Campaign> campaigns, List<Organization> members) {
    }

    private record CampaignData(long campaignId, List<ActionReport> actions, List<ModelLetter> letters,
                                Tallies tallies) {
    }

    /** Reads the campaigns again, keeping the one chosen (the newest when none is). */
    public void load() {
        BackgroundTask.of(() -> new Loaded(advocacy.campaigns(), office.membership().all().stream()
                .filter(organization -> organization.status() == MembershipStatus.ACTIVE).toList())).onSuccess(loaded -> {
            members.setAll(loaded.members());
            Campaign current = campaign.get();
            campaigns.setAll(loaded.campaigns());
            Campaign keep = current == null ? null : loaded.campaigns().stream()
                    .filter(one -> one.id() == current.id()).findFirst().orElse(null);
            Campaign chosen = keep != null ? keep : loaded.campaigns().isEmpty() ? null : loaded.campaigns().getFirst();
            if (chosen == current || chosen != null && current != null && chosen.equals(current)) {
                loadCampaign();
            } else {
                campaign.set(chosen);
            }
        }).onFailure(feedback::showError).executeWith(executor);
    }

    /** Reads the chosen campaign's reports, letters and tallies again. */
    public void loadCampaign() {
        Campaign current = campaign.get();
        if (current == null) {
            campaignLoads.forget();
            actions.clear();
            letters.clear();
            tallies.set(Tallies.NONE);
            return;
        }
        campaignLoads.run(current.id(), BackgroundTask.of(() -> new CampaignData(current.id(),
                advocacy.actions(current.id()), advocacy.letters(current.id()), advocacy.tallies(current.id())))
                .onSuccess(data -> {
                    actions.setAll(data.actions());
                    letters.setAll(data.letters());
                    tallies.set(data.tallies());
                }).onFailure(feedback::showError), executor);
    }

    /** A campaign was saved in the campaign tab. */
    void saved(Campaign saved) {
        for (int i = 0; i < campaigns.size(); i++) {
            if (campaigns.get(i).id() == saved.id()) {
                campaigns.set(i, saved);
                campaign.set(saved);
                return;
            }
        }
        campaigns.add(0, saved);
        campaign.set(saved);
    }

    public boolean can(Permission permission) {
        return granted.test(permission);
    }

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public ObservableList<ActionReport> actions() {
        return actions;
    }

    public ObservableList<ModelLetter> letters() {
        return letters;
    }

    public ObservableList<Organization> members() {
        return members;
    }

    public ReadOnlyObjectProperty<Tallies> talliesProperty() {
        return tallies.getReadOnlyProperty();
    }

    public ObjectProperty<Tab> tabProperty() {
        return tab;
    }

    public CampaignFormViewModel form() {
        return form;
    }

    public ActionsViewModel actionList() {
        return actionList;
    }

    public ResultsViewModel results() {
        return results;
    }

    public LettersViewModel letterForm() {
        return letterForm;
    }

    /** Today, by the office's clock. */
    public LocalDate today() {
        return LocalDate.now(office.clock());
    }
}
