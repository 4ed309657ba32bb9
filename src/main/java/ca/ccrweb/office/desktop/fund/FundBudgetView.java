package ca.ccrweb.office.desktop.fund;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.fund.BudgetLine;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** The budget tab: the year's lines per stream as a table and a chart, and the amounts set by those who manage. */
final class FundBudgetView {
    private FundBudgetView() {
    }

    static Node pane(FundViewModel viewModel, Localizer localizer) {
        FundBudgetViewModel budget = viewModel.yearBudget();
        TableView<BudgetLine> table = new TableView<>(budget.lines());
        Tables.fitHeaders(table);
        table.setId("fundBudgetTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BudgetLine, FundStream> stream = Tables.label(localizer, "fund.column.stream", BudgetLine::stream);
        stream.setPrefWidth(200);
        table.getColumns().addAll(List.of(stream, FundCells.money(localizer, "fund.budget.allocated", BudgetLine::allocatedCents),
                FundCells.money(localizer, "fund.budget.committed", BudgetLine::committedCents),
                FundCells.money(localizer, "fund.budget.disbursed", BudgetLine::disbursedCents),
                FundCells.money(localizer, "fund.budget.remaining", BudgetLine::remainingCents)));
        table.setPrefHeight(130);
        table.setMinHeight(130);
        LanguageSwitches.follow(localizer, table, after -> table.refresh());

        CategoryAxis streams = new CategoryAxis();
        NumberAxis dollars = new NumberAxis();
        dollars.labelProperty().bind(localizer.text("fund.chart.dollars"));
        dollars.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number amount) {
                return localizer.number(amount.longValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("The axis is only shown");
            }
        });
        BarChart<String, Number> chart = new BarChart<>(streams, dollars);
        chart.setId("fundBudgetChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(320);
        Runnable drawChart = () -> {
            List<XYChart.Series<String, Number>> series = new ArrayList<>();
            String[] keys = {"fund.budget.allocated", "fund.budget.committed", "fund.budget.disbursed",
                    "fund.budget.remaining"};
            List<ToLongFunction<BudgetLine>> values = List.of(BudgetLine::allocatedCents,
                    BudgetLine::committedCents, BudgetLine::disbursedCents, BudgetLine::remainingCents);
            for (int i = 0; i < keys.length; i++) {
                XYChart.Series<String, Number> one = new XYChart.Series<>();
                one.setName(localizer.get(keys[i]));
                for (BudgetLine line : budget.lines()) {
                    one.getData().add(new XYChart.Data<>(localizer.label(line.stream()),
                            values.get(i).applyAsLong(line) / 100.0));
                }
                series.add(one);
            }
            chart.getData().setAll(series);
        };
        budget.lines().subscribe(drawChart);
        LanguageSwitches.followNow(localizer, chart, messages -> drawChart.run());

        VBox pane = new VBox(12);
        pane.setPadding(new Insets(12, 0, 0, 0));
        Label title = new Label();
        title.textProperty().bind(localizer.text(() -> localizer.get("fund.budget.title",
                String.valueOf(viewModel.yearProperty().get())), viewModel.yearProperty()));
        title.getStyleClass().add(Styles.TITLE_4);
        pane.getChildren().addAll(title, table, chart);
        if (viewModel.canManage()) {
            HBox setBudgets = new HBox(16);
            setBudgets.setAlignment(Pos.BOTTOM_LEFT);
            for (FundStream each : FundStream.values()) {
                TextField amount = new TextField();
                amount.setId("budget-" + each.name());
                amount.setPrefColumnCount(9);
                amount.textProperty().bindBidirectional(budget.textProperty(each));
                Button save = Buttons.outlined(localizer, "saveBudget-" + each.name(), "fund.action.saveBudget",
                        Feather.SAVE);
                save.setOnAction(event -> budget.save(each));
                HBox one = new HBox(6, new FormField(localizer.text(() -> localizer.get("fund.budget.set",
                        localizer.label(each).toLowerCase(localizer.messages().locale()))), amount, new ReadOnlyObjectWrapper<>("")), save);
                one.setAlignment(Pos.BOTTOM_LEFT);
                setBudgets.getChildren().add(one);
            }
            Label error = new Label();
            error.textProperty().bind(viewModel.errors().text("allocated"));
            error.getStyleClass().add(StyleClasses.FIELD_ERROR);
            pane.getChildren().addAll(PageLayout.sectionTitle(localizer.text("fund.budget.setTitle")), setBudgets,
                    error);
        }
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
