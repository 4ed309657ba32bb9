package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.governance.GovernanceExport;
import ca.ccrweb.office.core.governance.Resolution;
import ca.ccrweb.office.core.governance.ResolutionBook;
import ca.ccrweb.office.core.governance.ResolutionDraft;
import ca.ccrweb.office.core.governance.ResolutionSearch;
import ca.ccrweb.office.core.governance.ResolutionStatus;
import ca.ccrweb.office.core.governance.ResolutionTheme;
import ca.ccrweb.office.core.groups.Group;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.ProgressReporter;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import ca.ccrweb.office.desktop.events.NumberInput;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The resolutions register: search as you type (words of either language, accents optional), filters by theme,
 * status and year, the resolution selected with its text; a new resolution or a correction (the year's next
 * number when none is typed; a number taken that year refused beside the field); exports and the book of a year.
 */
public final class ResolutionsViewModel {
    public static final List<String> FIELDS = List.of("year", "number", "titleFr", "titleEn", "textFr", "textEn",
            "sponsor", "sponsorOrganization", "adoptedAt", "status", "related");

    private final GroupsViewModel page;
    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final ObservableList<Resolution> resolutions = FXCollections.observableArrayList();
    private final FilteredList<Resolution> shown = new FilteredList<>(resolutions);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ResolutionTheme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<ResolutionStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Resolution> selected = new SimpleObjectProperty<>();
    private final StringBinding countText;
    private Long editing;
    private final StringProperty formYear = new SimpleStringProperty("");
    private final StringProperty formNumber = new SimpleStringProperty("");
    private final StringProperty titleFr = new SimpleStringProperty("");
    private final StringProperty titleEn = new SimpleStringProperty("");
    private final StringProperty textFr = new SimpleStringProperty("");
    private final StringProperty textEn = new SimpleStringProperty("");
    private final ObjectProperty<Group> sponsor = new SimpleObjectProperty<>();
    private final ObjectProperty<Organization> sponsorOrganization = new SimpleObjectProperty<>();
    private final ObjectProperty<Event> adoptedAt = new SimpleObjectProperty<>();
    private final ObservableSet<Long> related = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<ResolutionStatus> formStatus = new SimpleObjectProperty<>();
    private final ObservableSet<ResolutionTheme> themes = FXCollections.observableSet(EnumSet.noneOf(ResolutionTheme.class));
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final FieldErrors errors;

    ResolutionsViewModel(GroupsViewModel page, OfficeServices office, TaskExecutor executor, UserFeedback feedback,
                         Localizer localizer) {
        this.page = page;
        this.office = office;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = new FieldErrors(localizer, FIELDS);
        shown.predicateProperty().bind(Bindings.createObjectBinding(
                () -> new ResolutionSearch(search.get(), theme.get(), status.get(), year.get()).predicate(),
                search, theme, status, year));
        sponsor.subscribe(group -> {
            if (group != null) {
                sponsorOrganization.set(null);
            }
        });
        sponsorOrganization.subscribe(organization -> {
            if (organization != null) {
                sponsor.set(null);
            }
        });
        countText = localizer.text(() -> localizer.plural("resolutions.count", resolutions.size(), shown.size(),
                resolutions.size()), shown, resolutions);
    }

    void load() {
        executor.run(() -> office.governance().resolutions(), loaded -> {
            Resolution before = selected.get();
            resolutions.setAll(loaded);
            List<Integer> known = loaded.stream().map(Resolution::year).distinct().toList();
            if (!years.equals(known)) {
                years.setAll(known);
            }
            selected.set(before == null ? null : loaded.stream().filter(r -> r.id() == before.id()).findFirst()
                    .orElse(null));
        }, feedback::showError);
    }

    public void clearFilters() {
        search.set("");
        theme.set(null);
        status.set(null);
        year.set(null);
    }

    /** An empty form for a new resolution of this year, proposed. */
    public void startNew() {
        editing = null;
        errors.clear();
        formYear.set(String.valueOf(LocalDate.now(office.clock()).getYear()));
        formNumber.set("");
        titleFr.set("");
        titleEn.set("");
        textFr.set("");
        textEn.set("");
        sponsor.set(null);
        sponsorOrganization.set(null);
        adoptedAt.set(null);
        related.clear();
        formStatus.set(ResolutionStatus.PROPOSED);
        themes.clear();
    }

    /** The form filled with the resolution selected; false when none is. */
    public boolean editSelected() {
        Resolution resolution = selected.get();
        if (resolution == null) {
            return false;
        }
        editing = resolution.id();
        errors.clear();
        formYear.set(String.valueOf(resolution.year()));
        formNumber.set(String.valueOf(resolution.number()));
        titleFr.set(resolution.titleFr());
        titleEn.set(resolution.titleEn());
        textFr.set(resolution.textFr() == null ? "" : resolution.textFr());
        textEn.set(resolution.textEn() == null ? "" : resolution.textEn());
        sponsor.set(page.groups().stream().filter(g -> resolution.sponsorGroupId() != null
                && g.id() == resolution.sponsorGroupId()).findFirst().orElse(null));
        sponsorOrganization.set(page.memberOrganizations().stream().filter(o -> resolution.sponsorOrganizationId() != null
                && o.id() == resolution.sponsorOrganizationId()).findFirst().orElse(null));
        adoptedAt.set(page.events().stream().filter(e -> resolution.adoptedAtEventId() != null
                && e.id() == resolution.adoptedAtEventId()).findFirst().orElse(null));
        related.clear();
        related.addAll(resolution.relatedIds());
        formStatus.set(resolution.status());
        themes.clear();
        themes.addAll(resolution.themes());
        return true;
    }

    public void save(Runnable onSaved) {
        errors.clear();
        List<FieldError> typing = new ArrayList<>();
        Integer typedYear = NumberInput.wholeNumber("year", formYear.get(), localizer.messages().locale(), typing);
        Integer typedNumber = NumberInput.wholeNumber("number", formNumber.get(), localizer.messages().locale(), typing);
        if (!typing.isEmpty()) {
            errors.show(new ValidationException(typing));
            return;
        }
        ResolutionDraft draft = new ResolutionDraft(typedYear, typedNumber, titleFr.get(), titleEn.get(), textFr.get(),
                textEn.get(), sponsor.get() == null ? null : sponsor.get().id(),
                sponsorOrganization.get() == null ? null : sponsorOrganization.get().id(),
                adoptedAt.get() == null ? null : adoptedAt.get().id(), formStatus.get(), Set.copyOf(themes),
                List.copyOf(related));
        Long id = editing;
        saving.set(true);
        executor.run(() -> id == null ? office.governance().createResolution(draft)
                : office.governance().updateResolution(id, draft), saved -> {
                    saving.set(false);
                    feedback.notify(localizer.get(id == null ? "resolutions.notify.created" : "resolutions.notify.saved",
                            saved.code()));
                    onSaved.run();
                    load();
                    selected.set(saved);
                }, failure -> {
                    saving.set(false);
                    if (failure instanceof ValidationException refusal) {
                        List<FieldError> elsewhere = errors.show(refusal);
                        if (!elsewhere.isEmpty()) {
                            feedback.showError(new ValidationException(elsewhere));
                        }
                    } else {
                        feedback.showError(failure);
                    }
                });
    }

    /** The resolutions shown (after search and filters) as the file chosen. */
    public void export(ExportFormat format, Path file, ProgressReporter progress) throws Exception {
        office.export(GovernanceExport.resolutions(null, List.copyOf(shown), localizer.messages()), format, file,
                ExportTask.progress(progress));
    }

    /** The book of the year filtered on (else the latest year) in the language given. */
    public void writeBook(Language language, Path file) throws Exception {
        int bookYear = bookYear();
        List<Resolution> all = office.governance().resolutions();
        Messages messages = Messages.of(language);
        office.exportDocument(messages.get("resolution.book.title", String.valueOf(bookYear)),
                ResolutionBook.contents(bookYear, all).size(), file,
                output -> ResolutionBook.write(bookYear, all, office.officeSettings().current(), messages,
                        LocalDate.now(office.clock()), output));
    }

    public int bookYear() {
        return year.get() != null ? year.get() : years.isEmpty() ? LocalDate.now(office.clock()).getYear()
                : years.getFirst();
    }

    /** The codes of the resolutions the one given relates to. */
    public String relatedText(Resolution resolution) {
        return resolutions.stream().filter(r -> resolution.relatedIds().contains(r.id())).map(Resolution::code)
                .sorted().collect(Collectors.joining(", "));
    }

    public String themesText(Resolution resolution) {
        return resolution.themes().stream().map(localizer::label).sorted().collect(Collectors.joining(", "));
    }

    public boolean canManage() {
        return page.canManage();
    }

    public ObservableList<Organization> memberOrganizations() {
        return page.memberOrganizations();
    }

    public ObservableList<Group> groups() {
        return page.groups();
    }

    public ObservableList<Resolution> resolutions() {
        return resolutions;
    }

    public FilteredList<Resolution> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ResolutionTheme> themeProperty() {
        return theme;
    }

    public ObjectProperty<ResolutionStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Resolution> selectedProperty() {
        return selected;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public StringProperty formYearProperty() {
        return formYear;
    }

    public StringProperty formNumberProperty() {
        return formNumber;
    }

    public StringProperty titleFrProperty() {
        return titleFr;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    public StringProperty textFrProperty() {
        return textFr;
    }

    public StringProperty textEnProperty() {
        return textEn;
    }

    /** The resolutions this one may relate to: every other one, the latest first. */
    public List<Resolution> relatable() {
        return resolutions.stream().filter(r -> editing == null || r.id() != editing).toList();
    }

    /** The consultations where a resolution may be adopted, the latest first. */
    public List<Event> consultations() {
        return page.events().stream().filter(event -> event.kind() == EventKind.NATIONAL_CONSULTATION).toList();
    }

    public ObjectProperty<Organization> sponsorOrganizationProperty() {
        return sponsorOrganization;
    }

    public ObjectProperty<Event> adoptedAtProperty() {
        return adoptedAt;
    }

    public ObservableSet<Long> related() {
        return related;
    }

    public ObjectProperty<Group> sponsorProperty() {
        return sponsor;
    }

    public ObjectProperty<ResolutionStatus> formStatusProperty() {
        return formStatus;
    }

    public ObservableSet<ResolutionTheme> themes() {
        return themes;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }
}
