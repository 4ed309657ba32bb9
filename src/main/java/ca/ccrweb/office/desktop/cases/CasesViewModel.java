package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.cases.CaseCount;
import ca.ccrweb.office.core.cases.CaseDocument;
import ca.ccrweb.office.core.cases.CaseDraft;
import ca.ccrweb.office.core.cases.CaseFile;
import ca.ccrweb.office.core.cases.CaseKind;
import ca.ccrweb.office.core.cases.CaseOutcome;
import ca.ccrweb.office.core.cases.CaseService;
import ca.ccrweb.office.core.cases.CaseStatus;
import ca.ccrweb.office.core.cases.CaseSummary;
import ca.ccrweb.office.core.cases.PersonDraft;
import ca.ccrweb.office.core.cases.PersonRole;
import ca.ccrweb.office.core.cases.RetentionDue;
import ca.ccrweb.office.core.cases.RetentionPeriod;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.BackgroundTask;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.LatestRequest;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.ProgressReporter;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Cases section. Whoever does not handle cases sees the counts by kind and status (and, for administrators,
 * the retention periods and the review). A caseworker first enters the office's case passphrase (or, the very first
 * time, chooses it, told what its loss means), then works in the list (search, filter by kind and status) and the
 * case opened: its details, people, log and documents. Every opening goes through the service, which audits it.
 */
public final class CasesViewModel {
    public static final List<String> FIELDS = List.of("kind", "organization", "memberContactName",
            "memberContactEmail", "staffInCharge", "receivedOn", "raisedOn", "answeredOn", "closedOn",
            "governmentOffice", "governmentReference", "outcome", "personName", "personRole", "personCountry",
            "personBornOn", "stepDate", "stepText", "document", "passphrase");

    /** What the section shows. */
    public enum Mode { COUNTS, SET_UP_KEY, UNLOCK, CASES }

    private final OfficeServices office;
    private final CaseService cases;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final Predicate<Permission> granted;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.COUNTS);
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseAgain = new SimpleStringProperty("");

    private final ObservableList<CaseCount> counts = FXCollections.observableArrayList();
    private final ObservableList<RetentionPeriod> retention = FXCollections.observableArrayList();
    private final ObservableList<RetentionDue> review = FXCollections.observableArrayList();
    private final IntegerProperty statisticsYear = new SimpleIntegerProperty();

    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<CaseKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseFile> opened = new SimpleObjectProperty<>();
    private final ObservableList<Organization> members = FXCollections.observableArrayList();
    private final StringBinding countText;

    private final ObjectProperty<CaseKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();
    private final StringProperty memberContactName = new SimpleStringProperty("");
    private final StringProperty memberContactEmail = new SimpleStringProperty("");
    private final StringProperty staffInCharge = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> raisedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> answeredOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> closedOn = new SimpleObjectProperty<>();
    private final StringProperty governmentOffice = new SimpleStringProperty("");
    private final StringProperty governmentReference = new SimpleStringProperty("");
    private final ObjectProperty<CaseOutcome> outcome = new SimpleObjectProperty<>();
    private final BooleanProperty legalHold = new SimpleBooleanProperty();

    private final StringProperty personName = new SimpleStringProperty("");
    private final ObjectProperty<PersonRole> personRole = new SimpleObjectProperty<>();
    private final StringProperty personCountry = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> personBornOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> stepDate = new SimpleObjectProperty<>();
    private final StringProperty stepText = new SimpleStringProperty("");
    private final FieldErrors errors;
    private final LatestRequest<Long> openings = new LatestRequest<>();

    public CasesViewModel(OfficeServices office, TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                          Predicate<Permission> granted) {
        this.office = office;
        this.cases = office.cases();
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.granted = granted;
        this.errors = new FieldErrors(localizer, FIELDS);
        this.statisticsYear.set(LocalDate.now(office.clock()).getYear());
        search.subscribe(this::refilter);
        kindFilter.subscribe(this::refilter);
        statusFilter.subscribe(this::refilter);
        countText = localizer.text(() -> localizer.get("cases.list.count", shown.size(), all.size()), shown, all);
        selected.subscribe(this::open);
        opened.subscribe(this::edit);
    }

    public boolean handlesCases() {
        return granted.test(Permission.OPEN_CASES);
    }

    public boolean can(Permission permission) {
        return granted.test(permission);
    }

    private void refilter() {
        String key = Texts.searchKey(search.get());
        CaseKind onlyKind = kindFilter.get();
        CaseStatus onlyStatus = statusFilter.get();
        shown.setPredicate(one -> (onlyKind == null || one.kind() == onlyKind)
                && (onlyStatus == null || one.status() == onlyStatus)
                && (key.isEmpty() || Texts.searchKey(one.reference() + " " + nullToEmpty(one.organizationName())
                + " " + nullToEmpty(one.staffInCharge())).contains(key)));
    }

    private record Overview(Mode mode, List<CaseCount> counts, List<RetentionPeriod> retention,
                            List<RetentionDue> review, List<CaseSummary> cases, List<Organization> members) {
    }

    /** Reads what this person may see: counts, or the passphrase to enter, or the cases. */
    public void load() {
        boolean administrator = can(Permission.SET_CASE_RETENTION);
        executor.run(() -> {
            Mode now = !handlesCases() ? Mode.COUNTS : !cases.keySetUp() ? Mode.SET_UP_KEY
                    : !cases.unlocked() ? Mode.UNLOCK : Mode.CASES;
            return new Overview(now, cases.counts(), cases.retentionPeriods(),
                    administrator || now == Mode.CASES ? cases.retentionReview() : List.of(),
                    now == Mode.CASES ? cases.list() : List.of(),
                    now == Mode.CASES ? office.membership().all().stream()
                            .filter(one -> one.status() == MembershipStatus.ACTIVE).toList() : List.of());
        }, overview -> {
            counts.setAll(overview.counts());
            retention.setAll(overview.retention());
            review.setAll(overview.review());
            members.setAll(overview.members());
            CaseSummary current = selected.get();
            all.setAll(overview.cases());
            mode.set(overview.mode());
            if (current != null) {
                overview.cases().stream().filter(one -> one.id() == current.id()).findFirst()
                        .ifPresentOrElse(selected::set, this::startNew);
            }
        }, feedback::showError);
    }

    // The passphrase

    /** The first passphrase of the office, typed twice; its loss cannot be undone (the screen says so). */
    public void setUpKey() {
        errors.clear();
        if (!passphrase.get().equals(passphraseAgain.get())) {
            errors.show(ValidationException.of("passphrase", "cases.error.passphrasesDiffer"));
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        executor.run(() -> {
            cases.setUpKey(typed);
            return true;
        }, done -> {
            clearPassphrase();
            feedback.notify(localizer.get("cases.notify.keySetUp"));
            load();
        }, this::refusedPassphrase);
    }

    public void unlock() {
        errors.clear();
        char[] typed = passphrase.get().toCharArray();
        executor.run(() -> {
            cases.unlock(typed);
            return true;
        }, done -> {
            clearPassphrase();
            load();
        }, this::refusedPassphrase);
    }

    private void refusedPassphrase(Throwable failure) {
        if (failure instanceof OfficeException refusal
                && refusal.key().startsWith("cases.error.")) {
            errors.show(ValidationException.of("passphrase", refusal.key(), refusal.arguments()));
        } else {
            feedback.showError(failure);
        }
    }

    private void clearPassphrase() {
        passphrase.set("");
        passphraseAgain.set("");
    }

    // One case

    private void open(CaseSummary summary) {
        if (summary == null) {
            openings.forget();
            opened.set(null);
            return;
        }
        openings.run(summary.id(), BackgroundTask.of(() -> cases.open(summary.id())).onSuccess(opened::set)
                .onFailure(this::refused), executor);
    }

    /** An empty form: saving it creates a case received today. */
    public void startNew() {
        selected.set(null);
        opened.set(null);
        edit(null);
    }

    private void edit(CaseFile file) {
        errors.clear();
        CaseDraft draft = file == null ? null : file.details();
        kind.set(draft == null ? null : draft.kind());
        organization.set(draft == null ? null : members.stream()
                .filter(one -> draft.organizationId() != null && one.id() == draft.organizationId()).findFirst()
                .orElse(null));
        memberContactName.set(draft == null ? "" : nullToEmpty(draft.memberContactName()));
        memberContactEmail.set(draft == null ? "" : nullToEmpty(draft.memberContactEmail()));
        staffInCharge.set(draft == null ? office.access().actor().name() : nullToEmpty(draft.staffInCharge()));
        receivedOn.set(draft == null ? LocalDate.now(office.clock()) : draft.receivedOn());
        raisedOn.set(draft == null ? null : draft.raisedOn());
        answeredOn.set(draft == null ? null : draft.answeredOn());
        closedOn.set(draft == null ? null : draft.closedOn());
        governmentOffice.set(draft == null ? "" : nullToEmpty(draft.governmentOffice()));
        governmentReference.set(draft == null ? "" : nullToEmpty(draft.governmentReference()));
        outcome.set(draft == null ? null : draft.outcome());
        legalHold.set(file != null && file.summary().legalHold());
        personName.set("");
        personRole.set(null);
        personCountry.set("");
        personBornOn.set(null);
        stepDate.set(LocalDate.now(office.clock()));
        stepText.set("");
    }

    /** Creates the case typed, or saves the changes of the one opened. */
    public void save() {
        Organization member = organization.get();
        CaseDraft draft = new CaseDraft(kind.get(), member == null ? null : member.id(), memberContactName.get(),
                memberContactEmail.get(), staffInCharge.get(), receivedOn.get(), raisedOn.get(), answeredOn.get(),
                closedOn.get(), governmentOffice.get(), governmentReference.get(), outcome.get());
        CaseFile editing = opened.get();
        executor.run(() -> editing == null ? cases.create(draft) : cases.update(editing.id(), draft), saved -> {
            feedback.notify(localizer.get(editing == null ? "cases.notify.created" : "cases.notify.saved",
                    saved.summary().reference()));
            replaced(saved);
        }, this::refused);
    }

    public void addPerson() {
        CaseFile file = opened.get();
        if (file == null) {
            return;
        }
        PersonDraft draft = new PersonDraft(personName.get(), personRole.get(), personCountry.get(), personBornOn.get());
        executor.run(() -> cases.addPerson(file.id(), draft), saved -> {
            feedback.notify(localizer.get("cases.notify.personAdded", saved.summary().reference()));
            replaced(saved);
        }, this::refused);
    }

    public void removePerson(long personId) {
        CaseFile file = opened.get();
        if (file == null) {
            return;
        }
        executor.run(() -> cases.removePerson(file.id(), personId), this::replaced, this::refused);
    }

    public void addStep() {
        CaseFile file = opened.get();
        if (file == null) {
            return;
        }
        LocalDate on = stepDate.get();
        String text = stepText.get();
        executor.run(() -> cases.addStep(file.id(), on, text), saved -> {
            feedback.notify(localizer.get("cases.notify.stepAdded", saved.summary().reference()));
            replaced(saved);
        }, this::refused);
    }

    /** Attaches a file from disk to the case opened (sealed in the database, with its SHA-256). */
    public void attach(Path file) {
        CaseFile current = opened.get();
        if (current == null) {
            return;
        }
        executor.run(() -> {
            long size = Files.size(file);
            if (size > CaseService.LARGEST_DOCUMENT) {
                throw ValidationException.of("document", "cases.error.fileTooLarge",
                        CaseService.LARGEST_DOCUMENT / (1024 * 1024));
            }
            return cases.attach(current.id(), file.getFileName().toString(), Files.readAllBytes(file));
        }, saved -> {
            feedback.notify(localizer.get("cases.notify.attached", file.getFileName().toString(),
                    saved.summary().reference()));
            replaced(saved);
        }, this::refused);
    }

    /** Writes a document of the case opened to a file chosen by the caseworker (the reading is audited). */
    public void saveDocument(CaseDocument document, Path target) {
        executor.run(() -> {
            Files.write(target, cases.documentContent(document.id()));
            return target;
        }, written -> feedback.notify(localizer.get("cases.notify.documentSaved", document.fileName())),
                feedback::showError);
    }

    public void setLegalHold(boolean hold) {
        CaseFile file = opened.get();
        if (file == null || file.summary().legalHold() == hold) {
            return;
        }
        executor.run(() -> cases.setLegalHold(file.id(), hold), saved -> {
            feedback.notify(localizer.get(hold ? "cases.notify.holdOn" : "cases.notify.holdOff",
                    saved.summary().reference()));
            replaced(saved);
        }, this::refused);
    }

    private void replaced(CaseFile saved) {
        opened.set(saved);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == saved.id()) {
                all.set(i, saved.summary());
                if (selected.get() != null && selected.get().id() == saved.id()) {
                    openings.forget();
                }
                return;
            }
        }
        all.add(0, saved.summary());
    }

    private void refused(Throwable failure) {
        if (failure instanceof ValidationException refusal) {
            if (!errors.show(refusal).isEmpty()) {
                feedback.showError(refusal);
            }
        } else if (failure instanceof OfficeException refusal
                && refusal.key().equals("cases.error.locked")) {
            load();
        } else {
            feedback.showError(failure);
        }
    }

    // Exports

    /** One case to PDF: the opening and the export are audited. */
    public void exportCase(Path file) throws Exception {
        CaseFile current = opened.get();
        if (current != null) {
            cases.exportCase(current.id(), office.officeSettings().current(), localizer.messages(), file);
        }
    }

    /** The anonymized statistics of the year chosen. */
    public void exportStatistics(ExportFormat format, Path file, ProgressReporter progress) throws Exception {
        cases.exportStatistics(statisticsYear.get(), format, file, localizer.messages(), new ExportProgress() {
            @Override
            public void update(long rowsDone, long rowsTotal) {
                progress.update(rowsDone, rowsTotal);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        });
    }

    // Retention (administrators)

    public void setRetention(CaseKind kindChosen, int years) {
        executor.run(() -> cases.setRetention(kindChosen, years), period -> {
            feedback.notify(localizer.get("cases.notify.retentionSet", localizer.label(period.kind()), period.years()));
            load();
        }, feedback::showError);
    }

    public void purgeDue() {
        executor.run(cases::purgeDue, purged -> {
            feedback.notify(localizer.get("cases.notify.purged", purged.size()));
            load();
        }, feedback::showError);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseAgainProperty() {
        return passphraseAgain;
    }

    public ObservableList<CaseCount> counts() {
        return counts;
    }

    public ObservableList<RetentionPeriod> retention() {
        return retention;
    }

    public ObservableList<RetentionDue> review() {
        return review;
    }

    public IntegerProperty statisticsYearProperty() {
        return statisticsYear;
    }

    public ObservableList<CaseSummary> all() {
        return all;
    }

    public FilteredList<CaseSummary> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<CaseKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<CaseStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<CaseSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CaseFile> openedProperty() {
        return opened;
    }

    public ObservableList<Organization> members() {
        return members;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public ObjectProperty<CaseKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Organization> organizationProperty() {
        return organization;
    }

    public StringProperty memberContactNameProperty() {
        return memberContactName;
    }

    public StringProperty memberContactEmailProperty() {
        return memberContactEmail;
    }

    public StringProperty staffInChargeProperty() {
        return staffInCharge;
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public ObjectProperty<LocalDate> raisedOnProperty() {
        return raisedOn;
    }

    public ObjectProperty<LocalDate> answeredOnProperty() {
        return answeredOn;
    }

    public ObjectProperty<LocalDate> closedOnProperty() {
        return closedOn;
    }

    public StringProperty governmentOfficeProperty() {
        return governmentOffice;
    }

    public StringProperty governmentReferenceProperty() {
        return governmentReference;
    }

    public ObjectProperty<CaseOutcome> outcomeProperty() {
        return outcome;
    }

    public BooleanProperty legalHoldProperty() {
        return legalHold;
    }

    public StringProperty personNameProperty() {
        return personName;
    }

    public ObjectProperty<PersonRole> personRoleProperty() {
        return personRole;
    }

    public StringProperty personCountryProperty() {
        return personCountry;
    }

    public ObjectProperty<LocalDate> personBornOnProperty() {
        return personBornOn;
    }

    public ObjectProperty<LocalDate> stepDateProperty() {
        return stepDate;
    }

    public StringProperty stepTextProperty() {
        return stepText;
    }

    public FieldErrors errors() {
        return errors;
    }
}
