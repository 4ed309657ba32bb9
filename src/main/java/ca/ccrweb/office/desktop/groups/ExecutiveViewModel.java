package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.governance.ExecutivePosition;
import ca.ccrweb.office.core.governance.ExecutiveTerm;
import ca.ccrweb.office.core.governance.ExecutiveTermDraft;
import ca.ccrweb.office.core.governance.GovernanceExport;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.FormSubmission;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.ProgressReporter;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The executive committee tab: the terms by position (those serving today, or all), a new term with the general
 * assembly that elected it, ending a term, and the roster exported in the language of the interface.
 */
public final class ExecutiveViewModel {
    public static final List<String> FIELDS = List.of("position", "fullName", "email", "organization", "electedAt",
            "startsOn", "endsOn");

    private final GroupsViewModel page;
    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final ObservableList<ExecutiveTerm> terms = FXCollections.observableArrayList();
    private final FilteredList<ExecutiveTerm> shown = new FilteredList<>(terms);
    private final BooleanProperty servingOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<ExecutiveTerm> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ExecutivePosition> position = new SimpleObjectProperty<>();
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();
    private final ObjectProperty<Event> electedAt = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final FormSubmission submission;
    private final FieldErrors errors;

    ExecutiveViewModel(GroupsViewModel page, OfficeServices office, TaskExecutor executor, UserFeedback feedback,
                       Localizer localizer) {
        this.page = page;
        this.office = office;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.submission = FormSubmission.withoutMessage(new FieldErrors(localizer, FIELDS), feedback, localizer);
        this.errors = submission.errors();
        LocalDate today = LocalDate.now(office.clock());
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> servingOnly.get()
                ? term -> term.covers(today) : term -> true, servingOnly));
    }

    void load() {
        executor.run(() -> office.governance().executiveTerms(), terms::setAll, feedback::showError);
    }

    public void startForm() {
        errors.clear();
        position.set(null);
        fullName.set("");
        email.set("");
        organization.set(null);
        electedAt.set(null);
        startsOn.set(LocalDate.now(office.clock()));
        endsOn.set(null);
    }

    public void save(Runnable onSaved) {
        Organization from = organization.get();
        ExecutiveTermDraft draft = new ExecutiveTermDraft(position.get(), new ContactDraft(fullName.get(), email.get(),
                null, from == null ? localizer.language() : from.language(), from == null ? null : from.id(), null),
                electedAt.get() == null ? null : electedAt.get().id(), startsOn.get(), endsOn.get());
        submission.submit(executor, () -> office.governance().addExecutiveTerm(draft), term -> {
            feedback.notify(localizer.get("executive.notify.added", term.fullName(), localizer.label(term.position())));
            onSaved.run();
            load();
        });
    }

    public void endSelected(LocalDate on) {
        ExecutiveTerm term = selected.get();
        if (term == null) {
            return;
        }
        executor.run(() -> office.governance().endExecutiveTerm(term.id(), on), ended -> {
            feedback.notify(localizer.get("groups.notify.termEnded", ended.fullName(), localizer.date(on)));
            load();
        }, feedback::showError);
    }

    /** The committee's terms as the file chosen, headers in the interface's language. */
    public void export(ExportFormat format, Path file, ProgressReporter progress) throws Exception {
        office.export(GovernanceExport.executive(office.governance().executiveTerms(), localizer.messages()), format,
                file, ExportTask.progress(progress));
    }

    /** Today's committee and group chairs on one page in the language given: a PDF, or HTML for the website. */
    public void writeRoster(Language language, boolean html, Path file) throws Exception {
        office.governance().writeRoster(language, html, office.officeSettings().current(), file);
    }

    /** The consultations whose general assembly may have elected someone, the latest first. */
    public List<Event> assemblies() {
        return page.events().stream().filter(event -> event.kind() == EventKind.NATIONAL_CONSULTATION).toList();
    }

    public boolean canManage() {
        return page.canManage();
    }

    public ObservableList<ExecutiveTerm> terms() {
        return terms;
    }

    public FilteredList<ExecutiveTerm> shown() {
        return shown;
    }

    public BooleanProperty servingOnlyProperty() {
        return servingOnly;
    }

    public ObjectProperty<ExecutiveTerm> selectedProperty() {
        return selected;
    }

    public ObservableList<Organization> memberOrganizations() {
        return page.memberOrganizations();
    }

    public ObjectProperty<ExecutivePosition> positionProperty() {
        return position;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<Organization> organizationProperty() {
        return organization;
    }

    public ObjectProperty<Event> electedAtProperty() {
        return electedAt;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return submission.busyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Today, by the office's clock. */
    public LocalDate today() {
        return LocalDate.now(office.clock());
    }
}
