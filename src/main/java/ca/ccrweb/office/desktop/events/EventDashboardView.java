package ca.ccrweb.office.desktop.events;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The dashboard tab: registrations over time, places by rate and by region. */
public final class EventDashboardView {
    private final EventDashboardViewModel viewModel;
    private final Localizer localizer;
    private final ScrollPane root;
    private final AreaChart<Number, Number> overTime;
    private final NumberAxis days = new NumberAxis();
    private final BarChart<Number, String> byRate;
    private final BarChart<Number, String> byRegion;

    public EventDashboardView(EventDashboardViewModel viewModel, Localizer localizer) {
        this.viewModel = viewModel;
        this.localizer = localizer;

        days.setForceZeroInRange(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(localizer.messages().locale())
                        .format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        NumberAxis received = new NumberAxis();
        overTime = new AreaChart<>(days, received);
        overTime.setId("registrationsOverTimeChart");
        overTime.setLegendVisible(false);
        overTime.setCreateSymbols(false);
        overTime.setAnimated(false);
        overTime.setPrefHeight(270);
        byRate = barChart("registrationsByRateChart");
        byRegion = barChart("registrationsByRegionChart");

        Label summary = new Label();
        summary.setId("dashboardSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(card("events.dashboard.overTime", overTime), 0, 0, 2, 1);
        grid.add(card("events.dashboard.byRate", byRate), 0, 1);
        grid.add(card("events.dashboard.byRegion", byRegion), 1, 1);
        VBox content = new VBox(12, summary, grid);
        content.setPadding(new Insets(12, 12, 12, 0));
        root = new ScrollPane(content);
        root.setId("dashboardTab");
        root.setFitToWidth(true);
        root.getStyleClass().add(Tweaks.EDGE_TO_EDGE);

        viewModel.figuresProperty().subscribe(this::show);
    }

    /** Bars lying down, so that names of rates and regions read across. */
    private BarChart<Number, String> barChart(String id) {
        BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        chart.setId(id);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(250);
        chart.setCategoryGap(10);
        return chart;
    }

    private VBox card(String titleKey, Node chart) {
        VBox card = new VBox(4, PageLayout.sectionTitle(localizer.text(titleKey)), chart);
        card.getStyleClass().add("chart-card");
        return card;
    }

    private void show(EventDashboardViewModel.Figures figures) {
        XYChart.Series<Number, Number> cumulative = new XYChart.Series<>();
        for (EventDashboardViewModel.DatedCount point : figures.overTime()) {
            cumulative.getData().add(new XYChart.Data<>(point.day().toEpochDay(), point.total()));
        }
        overTime.getData().setAll(List.of(cumulative));
        if (!figures.overTime().isEmpty()) {
            long first = figures.overTime().getFirst().day().toEpochDay();
            long last = figures.overTime().getLast().day().toEpochDay();
            days.setAutoRanging(false);
            days.setLowerBound(first);
            days.setUpperBound(Math.max(last, first + 1));
            days.setTickUnit(Math.max(1, (last - first) / 6.0));
        }
        byRate.getData().setAll(List.of(bars(figures.byRate())));
        byRegion.getData().setAll(List.of(bars(figures.byRegion())));
    }

    private static XYChart.Series<Number, String> bars(List<EventDashboardViewModel.NamedCount> counts) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (EventDashboardViewModel.NamedCount count : counts.reversed()) {
            series.getData().add(new XYChart.Data<>(count.count(), count.name()));
        }
        return series;
    }

    Node view() {
        return root;
    }

    /** The tab is shown or hidden: the figures are worked out only while it is shown. */
    void setShown(boolean shown) {
        viewModel.setShown(shown);
    }
}
