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
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.BackgroundTask;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.LatestRequest;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final CaseKeyViewModel key;
    private final CaseCountsViewModel countsPart;

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

    private final FieldErrors errors;
    private final CaseEntriesViewModel entries;
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
        this.entries = new CaseEntriesViewModel(cases, executor, feedback, localizer, office.clock(), opened::get,
                this::replaced, this::refused);
        this.key = new CaseKeyViewModel(cases, executor, feedback, localizer, errors, this::load);
        this.countsPart = new CaseCountsViewModel(cases, executor, feedback, localizer,
                LocalDate.now(office.clock()).getYear(), this::load);
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
            countsPart.show(overview.counts(), overview.retention(), overview.review());
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
        entries.clear();
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

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The passphrase part: chosen once, then entered to unlock the cases. */
    public CaseKeyViewModel key() {
        return key;
    }

    /** The people, log and documents of the case opened. */
    public CaseEntriesViewModel entries() {
        return entries;
    }

    /** The counts, statistics and retention part. */
    public CaseCountsViewModel counts() {
        return countsPart;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
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

    public FieldErrors errors() {
        return errors;
    }
}
