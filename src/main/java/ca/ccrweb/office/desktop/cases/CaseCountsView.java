package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.core.cases.CaseCount;
import ca.ccrweb.office.core.cases.CaseKind;
import ca.ccrweb.office.core.cases.CaseService;
import ca.ccrweb.office.core.cases.CaseStatus;
import ca.ccrweb.office.core.cases.RetentionDue;
import ca.ccrweb.office.core.cases.RetentionPeriod;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Tables;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Counts, statistics and retention: what everyone sees of the cases (retention for administrators). */
public final class CaseCountsView {
    private final CasesViewModel viewModel;
    private final Localizer localizer;
    private final ExportFlow exports;

    CaseCountsView(CasesViewModel viewModel, Localizer localizer, ExportFlow exports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.exports = exports;
    }

    Node countsPane() {
        TableView<CaseCount> counts = Tables.sortable(viewModel.counts().counts(), localizer);
        counts.setId("caseCountsTable");
        TableColumn<CaseCount, CaseKind> kind = Tables.label(localizer, "cases.column.kind", CaseCount::kind);
        kind.setPrefWidth(300);
        TableColumn<CaseCount, CaseStatus> status = Tables.label(localizer, "cases.column.status", CaseCount::status);
        status.setPrefWidth(220);
        TableColumn<CaseCount, Integer> count = new TableColumn<>();
        count.textProperty().bind(localizer.text("cases.column.count"));
        count.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().count()));
        count.setPrefWidth(90);
        counts.getColumns().addAll(List.of(kind, status, count));
        counts.setPlaceholder(Tables.placeholder(Feather.BRIEFCASE, localizer.text("cases.counts.empty")));
        counts.setPrefHeight(230);

        Spinner<Integer> year = new Spinner<>(2000, 2100, viewModel.counts().statisticsYearProperty().get());
        year.setId("caseStatisticsYear");
        year.setEditable(true);
        year.setPrefWidth(100);
        year.valueProperty().subscribe(chosen -> viewModel.counts().statisticsYearProperty().set(chosen));
        MenuButton export = exports.menuButton(format -> () -> exports.export(format, "cases.file.statistics", 1,
                viewModel.counts()::exportStatistics));
        export.setId("caseStatisticsExport");
        export.textProperty().unbind();
        export.textProperty().bind(localizer.text("cases.action.exportStatistics"));
        Label yearLabel = new Label();
        yearLabel.textProperty().bind(localizer.text("cases.statistics.year"));
        Label note = new Label();
        note.textProperty().bind(localizer.text(viewModel.handlesCases() ? "cases.counts.noteCaseworker"
                : "cases.counts.note"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        VBox pane = new VBox(10, PageLayout.sectionTitle(localizer.text("cases.counts.title")), note, counts,
                PageLayout.toolbar(yearLabel, year, export));
        if (viewModel.can(Permission.SET_CASE_RETENTION)) {
            pane.getChildren().add(retentionPane());
        }
        pane.setPadding(new Insets(8, 4, 8, 0));
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setId("caseCountsPane");
        return scroll;
    }

    private Node retentionPane() {
        TableView<RetentionPeriod> periods = Tables.sortable(viewModel.counts().retention(), localizer);
        periods.setId("caseRetentionTable");
        TableColumn<RetentionPeriod, CaseKind> kind = Tables.label(localizer, "cases.column.kind",
                RetentionPeriod::kind);
        kind.setPrefWidth(300);
        TableColumn<RetentionPeriod, String> years = Tables.text(localizer, "cases.column.years",
                period -> String.valueOf(period.years()));
        years.setPrefWidth(170);
        TableColumn<RetentionPeriod, String> confirmed = Tables.text(localizer, "cases.column.confirmed",
                period -> localizer.get(period.confirmed() ? "cases.retention.confirmed" : "cases.retention.toConfirm"));
        confirmed.setPrefWidth(220);
        periods.getColumns().addAll(List.of(kind, years, confirmed));
        periods.setPrefHeight(190);
        ComboBox<CaseKind> chosenKind = Choices.of(localizer, List.of(CaseKind.values()),
                new SimpleObjectProperty<>(CaseKind.FAMILY_REUNIFICATION), "cases.form.choose");
        chosenKind.setId("caseRetentionKind");
        Spinner<Integer> chosenYears = new Spinner<>(1, 100, CaseService.DEFAULT_RETENTION_YEARS);
        chosenYears.setId("caseRetentionYears");
        chosenYears.setEditable(true);
        chosenYears.setPrefWidth(90);
        Button set = Buttons.outlined(localizer, "setRetentionButton", "cases.action.setRetention", Feather.CLOCK);
        set.setOnAction(event -> viewModel.counts().setRetention(chosenKind.getValue(), chosenYears.getValue()));

        TableView<RetentionDue> review = Tables.sortable(viewModel.counts().review(), localizer);
        review.setId("caseReviewTable");
        TableColumn<RetentionDue, String> reference = Tables.text(localizer, "cases.column.reference",
                RetentionDue::reference);
        TableColumn<RetentionDue, CaseKind> dueKind = Tables.label(localizer, "cases.column.kind", RetentionDue::kind);
        dueKind.setPrefWidth(280);
        TableColumn<RetentionDue, LocalDate> closed = Tables.date(localizer, "cases.column.closedOn",
                RetentionDue::closedOn);
        TableColumn<RetentionDue, LocalDate> until = Tables.date(localizer, "cases.column.keptUntil",
                RetentionDue::keptUntil);
        until.setPrefWidth(140);
        TableColumn<RetentionDue, String> hold = Tables.text(localizer, "cases.column.legalHold",
                due -> due.legalHold() ? localizer.get("cases.pdf.yes") : "");
        hold.setPrefWidth(170);
        review.getColumns().addAll(List.of(reference, dueKind, closed, until, hold));
        review.setPlaceholder(Tables.placeholder(Feather.CHECK, localizer.text("cases.review.empty")));
        review.setPrefHeight(170);
        Button purge = Buttons.outlined(localizer, "purgeCasesButton", "cases.action.purge", Feather.TRASH_2);
        purge.disableProperty().bind(Bindings.isEmpty(viewModel.counts().review()));
        purge.setOnAction(event -> viewModel.counts().purgeDue());
        Label reviewNote = new Label();
        reviewNote.textProperty().bind(localizer.text("cases.review.note"));
        reviewNote.setWrapText(true);
        reviewNote.getStyleClass().add("text-muted");
        return new VBox(10, PageLayout.sectionTitle(localizer.text("cases.retention.title")), periods,
                PageLayout.toolbar(chosenKind, chosenYears, set),
                PageLayout.sectionTitle(localizer.text("cases.review.title")), reviewNote, review,
                PageLayout.toolbar(purge));
    }
}
