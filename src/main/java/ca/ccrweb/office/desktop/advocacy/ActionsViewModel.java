package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionReport;
import ca.ccrweb.office.core.advocacy.ActionReportDraft;
import ca.ccrweb.office.core.advocacy.ActionResult;
import ca.ccrweb.office.core.advocacy.AdvocacyExport;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.advocacy.ReporterKind;
import ca.ccrweb.office.core.advocacy.TargetKind;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.ProgressReporter;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
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

/**
 * The actions tab: the campaign's reported actions with a search and a filter by result, and the form where staff
 * record what a member sent them (or correct a report chosen in the list).
 */
public final class ActionsViewModel {
    public static final List<String> FIELDS = List.of("reporterKind", "organization", "reporter", "province", "kind", "target",
            "targetName", "riding", "takenOn", "result", "notes", "attachment");

    private final AdvocacyViewModel page;
    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ActionResult> resultFilter = new SimpleObjectProperty<>();
    private final FilteredList<ActionReport> shown;
    private final ObjectProperty<ActionReport> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ReporterKind> reporterKind = new SimpleObjectProperty<>(ReporterKind.ORGANIZATION);
    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();
    private final StringProperty reporterName = new SimpleStringProperty("");
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<TargetKind> target = new SimpleObjectProperty<>();
    private final StringProperty targetName = new SimpleStringProperty("");
    private final StringProperty riding = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> takenOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionResult> result = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<ActionKind> kinds = FXCollections.observableArrayList();
    private final FieldErrors errors;
    private final StringBinding countText;

    ActionsViewModel(AdvocacyViewModel page, OfficeServices office, TaskExecutor executor, UserFeedback feedback,
                     Localizer localizer) {
        this.page = page;
        this.office = office;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = new FieldErrors(localizer, FIELDS);
        this.shown = new FilteredList<>(page.actions());
        search.subscribe(this::refilter);
        resultFilter.subscribe(this::refilter);
        this.countText = localizer.text(() -> localizer.get("advocacy.actions.count", shown.size(),
                page.actions().size()), shown, page.actions());
        page.campaignProperty().subscribe(campaign -> {
            kinds.setAll(campaign == null ? List.of(ActionKind.values()) : campaign.actionKinds());
            startNew();
        });
        selected.subscribe(this::edit);
        organization.subscribe(chosen -> {
            if (chosen != null) {
                reporterKind.set(ReporterKind.ORGANIZATION);
                reporterName.set(chosen.name());
                province.set(chosen.province());
            }
        });
    }

    private void refilter() {
        String key = Texts.searchKey(search.get());
        ActionResult only = resultFilter.get();
        shown.setPredicate(action -> (only == null || action.result() == only)
                && (key.isEmpty() || Texts.searchKey(action.reporterName() + " " + nullToEmpty(action.riding()) + " "
                + nullToEmpty(action.targetName()) + " " + nullToEmpty(action.notes())).contains(key)));
    }

    /** An empty form, dated today: saving it records a new action. */
    public void startNew() {
        selected.set(null);
        edit(null);
    }

    private void edit(ActionReport action) {
        errors.clear();
        ActionReportDraft draft = action == null ? null : action.draft();
        organization.set(null);
        reporterKind.set(draft == null ? ReporterKind.ORGANIZATION : draft.reporterKind());
        reporterName.set(draft == null ? "" : draft.reporterName());
        if (draft != null && draft.organizationId() != null) {
            page.members().stream().filter(member -> member.id() == draft.organizationId()).findFirst()
                    .ifPresent(organization::set);
        }
        province.set(draft == null ? null : draft.province());
        kind.set(draft == null ? null : draft.kind());
        target.set(draft == null ? null : draft.target());
        targetName.set(draft == null ? "" : nullToEmpty(draft.targetName()));
        riding.set(draft == null ? "" : nullToEmpty(draft.riding()));
        takenOn.set(draft == null ? LocalDate.now(office.clock()) : draft.takenOn());
        result.set(draft == null ? null : draft.result());
        notes.set(draft == null ? "" : nullToEmpty(draft.notes()));
    }

    /** Records the action typed, or saves the corrections of the one chosen; the tallies follow. */
    public void save() {
        Campaign campaign = page.campaignProperty().get();
        if (campaign == null) {
            return;
        }
        Organization member = organization.get();
        boolean asMember = member != null && reporterKind.get() == ReporterKind.ORGANIZATION
                && member.name().equals(reporterName.get());
        ActionReportDraft draft = new ActionReportDraft(reporterKind.get(), asMember ? member.id() : null,
                reporterName.get(), province.get(), kind.get(), target.get(), targetName.get(), riding.get(),
                takenOn.get(), result.get(), notes.get());
        ActionReport editing = selected.get();
        executor.run(() -> editing == null ? office.advocacy().record(campaign.id(), draft)
                : office.advocacy().updateAction(editing.id(), draft), saved -> {
            feedback.notify(localizer.get(editing == null ? "advocacy.notify.recorded" : "advocacy.notify.corrected",
                    localizer.label(saved.kind()), saved.reporterName()));
            startNew();
            page.loadCampaign();
        }, this::refused);
    }

    public void delete() {
        ActionReport chosen = selected.get();
        if (chosen == null) {
            return;
        }
        executor.run(() -> {
            office.advocacy().deleteAction(chosen.id());
            return chosen;
        }, deleted -> {
            feedback.notify(localizer.get("advocacy.notify.deleted", deleted.reporterName()));
            startNew();
            page.loadCampaign();
        }, feedback::showError);
    }

    /** Keeps a file (a reply letter, say) with the report chosen. */
    public void attach(Path file) {
        ActionReport chosen = selected.get();
        if (chosen == null) {
            return;
        }
        executor.run(() -> office.advocacy().attach(chosen.id(), file.getFileName().toString(),
                Files.readAllBytes(file)), attached -> {
            feedback.notify(localizer.get("advocacy.notify.attached", attached.fileName(), chosen.reporterName()));
            page.loadCampaign();
        }, this::refused);
    }

    private void refused(Throwable failure) {
        if (failure instanceof ValidationException refusal) {
            if (!errors.show(refusal).isEmpty()) {
                feedback.showError(refusal);
            }
        } else {
            feedback.showError(failure);
        }
    }

    /** The campaign's reports, as the file chosen. */
    public void export(ExportFormat format, Path file, ProgressReporter progress) throws Exception {
        Campaign campaign = page.campaignProperty().get();
        office.export(AdvocacyExport.actions(campaign, List.copyOf(shown), localizer.messages()), format, file,
                new ExportProgress() {
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

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ActionResult> resultFilterProperty() {
        return resultFilter;
    }

    public FilteredList<ActionReport> shown() {
        return shown;
    }

    public ObjectProperty<ActionReport> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ReporterKind> reporterKindProperty() {
        return reporterKind;
    }

    public ObjectProperty<Organization> organizationProperty() {
        return organization;
    }

    public StringProperty reporterNameProperty() {
        return reporterName;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public ObjectProperty<ActionKind> kindProperty() {
        return kind;
    }

    public ObservableList<ActionKind> kinds() {
        return kinds;
    }

    public ObjectProperty<TargetKind> targetProperty() {
        return target;
    }

    public StringProperty targetNameProperty() {
        return targetName;
    }

    public StringProperty ridingProperty() {
        return riding;
    }

    public ObjectProperty<LocalDate> takenOnProperty() {
        return takenOn;
    }

    public ObjectProperty<ActionResult> resultProperty() {
        return result;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringBinding countTextProperty() {
        return countText;
    }
}
