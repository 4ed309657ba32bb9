package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.AdvocacyService;
import ca.ccrweb.office.core.advocacy.Audience;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.advocacy.CampaignDraft;
import ca.ccrweb.office.core.advocacy.CampaignStatus;
import ca.ccrweb.office.core.advocacy.SuggestedAction;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The campaign tab: the campaign's titles, goal and text in both languages, its period, status and links. */
public final class CampaignFormViewModel {
    public static final List<String> FIELDS = List.of("titleFr", "titleEn", "goalFr", "goalEn", "textFr", "textEn",
            "startsOn", "endsOn", "status", "links", "suggestedActions", "suggestionAudience", "suggestionKind",
            "suggestionFr", "suggestionEn");

    private final AdvocacyViewModel page;
    private final AdvocacyService advocacy;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final StringProperty titleFr = new SimpleStringProperty("");
    private final StringProperty titleEn = new SimpleStringProperty("");
    private final StringProperty goalFr = new SimpleStringProperty("");
    private final StringProperty goalEn = new SimpleStringProperty("");
    private final StringProperty textFr = new SimpleStringProperty("");
    private final StringProperty textEn = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<CampaignStatus> status = new SimpleObjectProperty<>();
    private final StringProperty links = new SimpleStringProperty("");
    private final ObservableList<SuggestedAction> suggested = FXCollections.observableArrayList();
    private final ObjectProperty<Audience> suggestionAudience = new SimpleObjectProperty<>(Audience.ORGANIZATIONS);
    private final ObjectProperty<ActionKind> suggestionKind = new SimpleObjectProperty<>();
    private final StringProperty suggestionFr = new SimpleStringProperty("");
    private final StringProperty suggestionEn = new SimpleStringProperty("");
    private final FieldErrors errors;
    private Campaign editing;

    CampaignFormViewModel(AdvocacyViewModel page, AdvocacyService advocacy, TaskExecutor executor,
                          UserFeedback feedback, Localizer localizer) {
        this.page = page;
        this.advocacy = advocacy;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = new FieldErrors(localizer, FIELDS);
    }

    /** Shows a campaign in the form, or an empty form for a new one. */
    public void edit(Campaign campaign) {
        editing = campaign;
        errors.clear();
        CampaignDraft draft = campaign == null ? new CampaignDraft("", "", "", "", "", "", page.today(), null,
                CampaignStatus.DRAFT, "", List.of()) : CampaignDraft.of(campaign);
        titleFr.set(draft.titleFr());
        titleEn.set(draft.titleEn());
        goalFr.set(orEmpty(draft.goalFr()));
        goalEn.set(orEmpty(draft.goalEn()));
        textFr.set(orEmpty(draft.textFr()));
        textEn.set(orEmpty(draft.textEn()));
        startsOn.set(draft.startsOn());
        endsOn.set(draft.endsOn());
        status.set(draft.status());
        links.set(orEmpty(draft.links()));
        suggested.setAll(draft.suggestedActions());
        clearSuggestion();
    }

    /**
     * Adds the suggestion typed below the lists (its audience, kind and both texts) to the campaign's; it is
     * kept when the campaign is saved. An incomplete one is refused beside its fields.
     */
    public boolean addSuggestion() {
        List<FieldError> missing = new ArrayList<>();
        if (suggestionAudience.get() == null) {
            missing.add(new FieldError("suggestionAudience", "validation.required"));
        }
        if (suggestionKind.get() == null) {
            missing.add(new FieldError("suggestionKind", "validation.required"));
        }
        if (Texts.isBlank(suggestionFr.get())) {
            missing.add(new FieldError("suggestionFr", "validation.required"));
        }
        if (Texts.isBlank(suggestionEn.get())) {
            missing.add(new FieldError("suggestionEn", "validation.required"));
        }
        if (!missing.isEmpty()) {
            errors.show(new ValidationException(missing));
            return false;
        }
        errors.clear();
        suggested.add(new SuggestedAction(suggestionAudience.get(), suggestionKind.get(), suggestionFr.get().strip(),
                suggestionEn.get().strip()));
        clearSuggestion();
        return true;
    }

    /** Takes a suggestion out of the lists into the fields below them, to be corrected and added again. */
    public void changeSuggestion(SuggestedAction action) {
        if (suggested.remove(action)) {
            suggestionAudience.set(action.audience());
            suggestionKind.set(action.kind());
            suggestionFr.set(action.textFr());
            suggestionEn.set(action.textEn());
        }
    }

    public void removeSuggestion(SuggestedAction action) {
        suggested.remove(action);
    }

    private void clearSuggestion() {
        suggestionKind.set(null);
        suggestionFr.set("");
        suggestionEn.set("");
    }

    /** An empty form: saving it creates a campaign. */
    public void startNew() {
        edit(null);
    }

    public boolean isNew() {
        return editing == null;
    }

    public void save() {
        CampaignDraft draft = new CampaignDraft(titleFr.get(), titleEn.get(), goalFr.get(), goalEn.get(),
                textFr.get(), textEn.get(), startsOn.get(), endsOn.get(), status.get(), links.get(), suggested);
        Campaign before = editing;
        executor.run(() -> before == null ? advocacy.createCampaign(draft) : advocacy.updateCampaign(before.id(), draft),
                saved -> {
                    errors.clear();
                    page.saved(saved);
                    feedback.notify(localizer.get("advocacy.notify.campaignSaved", saved.title(localizer.language())));
                }, failure -> {
                    if (failure instanceof ValidationException refused) {
                        if (!errors.show(refused).isEmpty()) {
                            feedback.showError(refused);
                        }
                    } else {
                        feedback.showError(failure);
                    }
                });
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public StringProperty titleFrProperty() {
        return titleFr;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    public StringProperty goalFrProperty() {
        return goalFr;
    }

    public StringProperty goalEnProperty() {
        return goalEn;
    }

    public StringProperty textFrProperty() {
        return textFr;
    }

    public StringProperty textEnProperty() {
        return textEn;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public ObjectProperty<CampaignStatus> statusProperty() {
        return status;
    }

    public StringProperty linksProperty() {
        return links;
    }

    public ObservableList<SuggestedAction> suggested() {
        return suggested;
    }

    public ObjectProperty<Audience> suggestionAudienceProperty() {
        return suggestionAudience;
    }

    public ObjectProperty<ActionKind> suggestionKindProperty() {
        return suggestionKind;
    }

    public StringProperty suggestionFrProperty() {
        return suggestionFr;
    }

    public StringProperty suggestionEnProperty() {
        return suggestionEn;
    }

    public FieldErrors errors() {
        return errors;
    }
}
