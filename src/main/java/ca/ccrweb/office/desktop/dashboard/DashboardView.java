package ca.ccrweb.office.desktop.dashboard;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditReading;
import ca.ccrweb.office.core.dashboard.Dashboard;
import ca.ccrweb.office.core.fund.BudgetLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The start page: tiles with the office's figures of the day, each opening its list, and two charts of the
 * active members (by region, by year of joining).
 */
public final class DashboardView implements Page {
    private final DashboardViewModel viewModel;
    private final Localizer localizer;
    private final ScrollPane root;
    private final GridPane tiles = new GridPane();
    private final BarChart<Number, String> byRegion;
    private final BarChart<String, Number> byYear;
    private final Label greeting = new Label();

    public DashboardView(DashboardViewModel viewModel, Localizer localizer) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        tiles.setHgap(14);
        tiles.setVgap(14);
        for (int column = 0; column < 3; column++) {
            ColumnConstraints third = new ColumnConstraints();
            third.setPercentWidth(100 / 3.0);
            third.setHgrow(Priority.ALWAYS);
            tiles.getColumnConstraints().add(third);
        }
        byRegion = new BarChart<>(new NumberAxis(), new CategoryAxis());
        byRegion.setId("membersByRegionChart");
        byRegion.setLegendVisible(false);
        byRegion.setAnimated(false);
        byRegion.setPrefHeight(230);
        byRegion.setMinHeight(200);
        byYear = chart("membersByYearChart");
        GridPane charts = new GridPane();
        charts.setHgap(14);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        charts.getColumnConstraints().addAll(half, half);
        charts.add(chartCard("dashboard.chart.byRegion", byRegion), 0, 0);
        charts.add(chartCard("dashboard.chart.byYear", byYear), 1, 0);

        greeting.setId("dashboardGreeting");
        greeting.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(14, PageLayout.header(localizer.text("dashboard.title"), greeting.textProperty()),
                tiles, charts);
        content.getStyleClass().add(StyleClasses.PAGE);
        content.setId("dashboardPage");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add(Tweaks.EDGE_TO_EDGE);

        viewModel.figuresProperty().subscribe(this::show);
        LanguageSwitches.follow(localizer, tiles, after -> show(viewModel.figuresProperty().get()));
    }

    private void show(Dashboard figures) {
        tiles.getChildren().clear();
        if (figures == null) {
            greeting.setText(localizer.get("dashboard.loading"));
            return;
        }
        greeting.setText(localizer.get("dashboard.subtitle", viewModel.whoIsWorking(), localizer.date(figures.today())));
        Language language = localizer.language();
        List<String> applicationLines = figures.applicationsWaiting() == 0 ? List.of(localizer.get("dashboard.applications.none"))
                : List.of(localizer.get("dashboard.applications.oldest", figures.oldestApplicationDays(),
                localizer.date(figures.oldestApplication())));
        tiles.add(tile(DashboardTile.APPLICATIONS, Feather.INBOX, "dashboard.applications.title",
                localizer.number(figures.applicationsWaiting()), applicationLines), 0, 0);
        tiles.add(tile(DashboardTile.RENEWALS, Feather.REFRESH_CW, "dashboard.renewals.title",
                localizer.number(figures.renewalsOverdue()), List.of(localizer.get("dashboard.renewals.overdue"),
                        localizer.get("dashboard.renewals.due", figures.renewalsDue(), figures.renewalWindowDays()))), 1, 0);
        tiles.add(tile(DashboardTile.MEMBERS, Feather.USERS, "dashboard.members.title",
                localizer.number(figures.activeMembers()), List.of(localizer.get("dashboard.members.text"))), 2, 0);
        List<String> events = figures.upcomingEvents().isEmpty() ? List.of(localizer.get("dashboard.events.none"))
                : figures.upcomingEvents().stream().map(event -> localizer.get(
                event.capacity() == null ? "dashboard.events.lineUnlimited" : "dashboard.events.line",
                language == Language.FR ? event.titleFr() : event.titleEn(), localizer.date(event.startsOn()),
                event.taken(), event.capacity() == null ? 0 : event.capacity(), event.waitlisted())).toList();
        tiles.add(tile(DashboardTile.EVENTS, Feather.CALENDAR, "dashboard.events.title",
                localizer.number(figures.upcomingEvents().size()), events), 0, 1);
        List<String> fund = figures.fundBudgets().stream().allMatch(line -> line.allocatedCents() == 0)
                ? List.of(localizer.get("dashboard.fund.noBudget", String.valueOf(figures.today().getYear())))
                : figures.fundBudgets().stream().map(line -> localizer.get("dashboard.fund.line",
                localizer.label(line.stream()), localizer.money(line.remainingCents()),
                localizer.money(line.allocatedCents()))).toList();
        long left = figures.fundBudgets().stream().mapToLong(BudgetLine::remainingCents).sum();
        tiles.add(tile(DashboardTile.FUND, Feather.HEART, "dashboard.fund.title", localizer.money(left), fund), 1, 1);
        if (figures.activityShown()) {
            List<String> activity = figures.recentActivity().stream().limit(3).map(this::activityLine).toList();
            tiles.add(tile(DashboardTile.ACTIVITY, Feather.ACTIVITY, "dashboard.activity.title",
                    localizer.number(figures.recentActivity().size()), activity), 2, 1);
        }
        byRegion.getData().setAll(List.of(regionBars(figures.membersByRegion())));
        XYChart.Series<String, Number> years = new XYChart.Series<>();
        figures.membersByYearJoined().forEach((year, count) -> years.getData().add(new XYChart.Data<>(
                String.valueOf(year), count)));
        byYear.getData().setAll(List.of(years));
    }

    /** When, who and what, in the words the audit trail uses ("Recorded a payment for the registration"). */
    private String activityLine(AuditEntry entry) {
        AuditReading reading = new AuditReading(localizer.messages(), ZoneId.systemDefault(), Function.identity());
        return localizer.get("dashboard.activity.line", localizer.dateTime(entry.occurredAt()), reading.who(entry),
                reading.what(entry));
    }

    /** Bars lying down, so that the regions' names read across; the first region on top. */
    private XYChart.Series<Number, String> regionBars(Map<Region, Integer> counts) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (Region region : List.of(Region.values()).reversed()) {
            series.getData().add(new XYChart.Data<>(counts.getOrDefault(region, 0), localizer.label(region)));
        }
        return series;
    }

    /** A card that opens its list: clicked, or Enter or Space once focused with Tab. */
    private VBox tile(DashboardTile tile, Ikon icon, String titleKey, String figure, List<String> lines) {
        String id = tile.name().toLowerCase(Locale.ROOT);
        Label title = new Label(localizer.get(titleKey), Icons.of(icon));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        Label big = new Label(figure);
        big.setId("tile-" + id + "-figure");
        big.getStyleClass().add(Styles.TITLE_2);
        VBox body = new VBox(6, title, big);
        for (String line : lines) {
            Label text = new Label(line);
            text.setWrapText(true);
            text.setMinHeight(Label.USE_PREF_SIZE);
            text.getStyleClass().add(Styles.TEXT_MUTED);
            body.getChildren().add(text);
        }
        javafx.scene.layout.Region room = new javafx.scene.layout.Region();
        VBox.setVgrow(room, Priority.ALWAYS);
        Label open = new Label(localizer.get("dashboard.open"), Icons.of(Feather.ARROW_RIGHT));
        open.setContentDisplay(ContentDisplay.RIGHT);
        open.getStyleClass().add(Styles.ACCENT);
        HBox footer = new HBox(open);
        footer.setAlignment(Pos.CENTER_RIGHT);
        body.getChildren().addAll(room, footer);
        body.setId("tile-" + id);
        body.getStyleClass().add("dashboard-tile");
        body.setPadding(new Insets(12));
        body.setFocusTraversable(true);
        body.setOnMouseClicked(event -> viewModel.open(tile));
        body.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                viewModel.open(tile);
            }
        });
        GridPane.setFillHeight(body, true);
        return body;
    }

    private static BarChart<String, Number> chart(String id) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId(id);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(230);
        chart.setMinHeight(200);
        return chart;
    }

    private VBox chartCard(String titleKey, Node chart) {
        VBox card = new VBox(4, PageLayout.sectionTitle(localizer.text(titleKey)), chart);
        card.getStyleClass().add("chart-card");
        return card;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
    }
}
