package ca.ccrweb.office.desktop.advocacy;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionResult;
import ca.ccrweb.office.core.advocacy.Tallies;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The results tab: the figures in a sentence, the actions by kind and result and by province, a chart by month. */
final class ResultsView {
    private final ScrollPane root;

    private record KindRow(ActionKind kind, Map<ActionResult, Integer> results, int total) {
    }

    private record ProvinceRow(Province province, int count) {
    }

    ResultsView(ResultsViewModel viewModel, AdvocacyViewModel page, Localizer localizer, ExportFlow exports,
                Permissions permissions) {
        Label summary = new Label();
        summary.setId("advocacyResultsSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(viewModel.summaryProperty());
        Button reportFr = Buttons.outlined(localizer, "campaignReportFr", "advocacy.action.reportFr", Feather.FILE_TEXT);
        reportFr.setOnAction(event -> exports.exportNamed(ExportFormat.PDF, localizer.get("advocacy.file.reportFr"), 1,
                (format, file, progress) -> viewModel.writeReport(Language.FR, file)));
        Button reportEn = Buttons.outlined(localizer, "campaignReportEn", "advocacy.action.reportEn", Feather.FILE_TEXT);
        reportEn.setOnAction(event -> exports.exportNamed(ExportFormat.PDF, localizer.get("advocacy.file.reportEn"), 1,
                (format, file, progress) -> viewModel.writeReport(Language.EN, file)));
        permissions.showOnlyIf(Permission.EXPORT_PERSONAL_DATA, reportFr, reportEn);
        VBox top = new VBox(8, summary, new HBox(8, reportFr, reportEn));

        ObservableList<KindRow> kinds = FXCollections.observableArrayList();
        TableView<KindRow> byKind = new TableView<>(kinds);
        byKind.setId("advocacyByAction");
        byKind.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<KindRow, String> kindColumn = column(localizer, "advocacy.column.action",
                row -> localizer.label(row.kind()));
        kindColumn.setPrefWidth(240);
        byKind.getColumns().add(kindColumn);
        for (ActionResult result : ActionResult.values()) {
            TableColumn<KindRow, String> counted = column(localizer, result.labelKey(),
                    row -> localizer.number(row.results().get(result)));
            counted.setPrefWidth(150);
            byKind.getColumns().add(counted);
        }
        byKind.getColumns().add(column(localizer, "advocacy.report.total", row -> localizer.number(row.total())));
        byKind.setPrefHeight(330);
        byKind.setMinHeight(330);

        ObservableList<ProvinceRow> provinces = FXCollections.observableArrayList();
        TableView<ProvinceRow> byProvince = new TableView<>(provinces);
        byProvince.setId("advocacyByProvince");
        byProvince.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ProvinceRow, String> provinceName = column(localizer, "advocacy.column.provinceName",
                row -> localizer.label(row.province()));
        provinceName.setPrefWidth(220);
        byProvince.getColumns().add(provinceName);
        byProvince.getColumns().add(column(localizer, "advocacy.column.count", row -> localizer.number(row.count())));
        byProvince.setMinHeight(400);
        byProvince.setPrefWidth(320);
        byProvince.setMinWidth(320);
        byProvince.setPrefHeight(400);

        CategoryAxis months = new CategoryAxis();
        NumberAxis actions = new NumberAxis();
        actions.labelProperty().bind(localizer.text("advocacy.chart.actions"));
        StackedBarChart<String, Number> chart = new StackedBarChart<>(months, actions);
        chart.setId("advocacyChart");
        chart.setAnimated(false);
        chart.setPrefHeight(400);
        HBox.setHgrow(chart, Priority.ALWAYS);
        chart.titleProperty().bind(localizer.text("advocacy.chart.title"));

        Runnable draw = () -> {
            Tallies tallies = page.talliesProperty().get();
            kinds.clear();
            for (ActionKind kind : ActionKind.values()) {
                if (tallies.byAction().get(kind) > 0 || page.campaignProperty().get() != null
                        && page.campaignProperty().get().actionKinds().contains(kind)) {
                    kinds.add(new KindRow(kind, tallies.byActionAndResult().get(kind), tallies.byAction().get(kind)));
                }
            }
            provinces.clear();
            for (Province province : Province.values()) {
                provinces.add(new ProvinceRow(province, tallies.byProvince().get(province)));
            }
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", localizer.messages().locale());
            List<XYChart.Series<String, Number>> series = new ArrayList<>();
            for (ActionResult result : ActionResult.values()) {
                XYChart.Series<String, Number> one = new XYChart.Series<>();
                one.setName(localizer.label(result));
                for (Map.Entry<YearMonth, Map<ActionResult, Integer>> entry : tallies.byMonth().entrySet()) {
                    one.getData().add(new XYChart.Data<>(entry.getKey().format(month), entry.getValue().get(result)));
                }
                series.add(one);
            }
            months.getCategories().setAll(tallies.byMonth().keySet().stream().map(key -> key.format(month)).toList());
            chart.getData().setAll(series);
        };
        page.talliesProperty().subscribe(tallies -> draw.run());
        LanguageSwitches.follow(localizer, chart, after -> {
            draw.run();
            byKind.refresh();
            byProvince.refresh();
        });

        VBox content = new VBox(12, top, byKind, new HBox(12, chart, byProvince));
        content.setPadding(new Insets(12, 4, 12, 0));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("advocacyResults");
    }

    private static <S> TableColumn<S, String> column(Localizer localizer, String headerKey,
                                                     Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setSortable(false);
        return column;
    }

    Node view() {
        return root;
    }
}
