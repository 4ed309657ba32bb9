package ca.ccrweb.office.desktop.fund;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.fund.ApplicationStatus;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;

import java.nio.file.Path;
import java.util.List;

/**
 * The Amina Malko fund: applications of a year with their filters, the selected application's decision panel,
 * consultations and disbursements; the budget per stream with a chart; reports through the export flow.
 */
public final class FundView implements Page {
    private final FundViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final ExportFlow exports;
    private final FundFormDialog formDialog;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TabPane tabs = new TabPane();
    private final FundDetailView detail;
    private Subscription whileShown = Subscription.EMPTY;

    public FundView(FundViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.exports = exports;
        this.formDialog = new FundFormDialog(viewModel.form(), localizer, dialogs);
        this.detail = new FundDetailView(viewModel, localizer, dialogs);
        root.setId("fundPage");
        root.getStyleClass().add(StyleClasses.PAGE);

        Button newApplication = Buttons.accent(localizer, "newFundApplicationButton", "fund.action.new", Feather.PLUS);
        newApplication.setOnAction(event -> createNew());
        newApplication.setVisible(viewModel.canManage());
        newApplication.setManaged(viewModel.canManage());
        VBox top = new VBox(12, PageLayout.header(localizer.text("fund.title"), localizer.text("fund.subtitle"),
                exportMenu(), newApplication));
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);

        Tab applications = new Tab();
        applications.textProperty().bind(localizer.text("fund.tab.applications"));
        applications.setContent(applicationsPane());
        applications.setId("fundApplicationsTab");
        Tab budget = new Tab();
        budget.textProperty().bind(localizer.text("fund.tab.budget"));
        budget.setContent(FundBudgetView.pane(viewModel, localizer));
        budget.setId("fundBudgetTab");
        tabs.getTabs().setAll(applications, budget);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
    }

    private MenuButton exportMenu() {
        MenuButton menu = exports.emptyMenuButton();
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem();
            item.setId("exportAwards-" + format.extension());
            item.textProperty().bind(localizer.text(() -> localizer.get("fund.export.awards",
                    localizer.get("export.format." + format.name()))));
            item.setOnAction(event -> export(format));
            menu.getItems().add(item);
        }
        MenuItem summary = new MenuItem();
        summary.setId("exportBudgetSummary");
        summary.textProperty().bind(localizer.text("fund.export.summary"));
        summary.setOnAction(event -> document("fund.file.summary", viewModel.yearBudget()::writeSummary));
        MenuItem letter = new MenuItem();
        letter.setId("exportAwardLetter");
        letter.textProperty().bind(localizer.text("fund.export.letter"));
        letter.disableProperty().bind(Bindings.createBooleanBinding(() ->
                viewModel.selectedProperty().get() == null
                        || !viewModel.selectedProperty().get().application().isAward(), viewModel.selectedProperty()));
        letter.setOnAction(event -> document("fund.file.letter", viewModel.detail()::writeAwardLetter));
        MenuItem emailLetter = new MenuItem();
        emailLetter.setId("emailAwardLetter");
        emailLetter.textProperty().bind(localizer.text("fund.export.emailLetter"));
        emailLetter.disableProperty().bind(letter.disableProperty());
        emailLetter.setOnAction(event -> viewModel.detail().emailAwardLetter());
        menu.getItems().addAll(new SeparatorMenuItem(), summary, letter, emailLetter);
        // The same roles may manage the fund and send mail (Permission): whoever cannot does not see the item.
        emailLetter.setVisible(viewModel.canManage());
        return menu;
    }

    @FunctionalInterface
    private interface DocumentWriter {
        void write(Path file) throws Exception;
    }

    private void document(String baseNameKey, DocumentWriter writer) {
        exports.export(ExportFormat.PDF, baseNameKey, 1, (format, file, progress) -> writer.write(file));
    }

    private Node applicationsPane() {
        search.setId("searchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("fund.search.prompt"));
        search.setPrefWidth(240);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Integer> year = new ComboBox<>(viewModel.years());
        year.setId("fundYear");
        year.valueProperty().bindBidirectional(viewModel.yearProperty());
        ComboBox<Choices.Choice<FundStream>> stream = Choices.filter(localizer, List.of(FundStream.values()),
                viewModel.streamProperty(), "fund.filter.allStreams");
        stream.setId("fundStreamFilter");
        ComboBox<Choices.Choice<ApplicationStatus>> status = Choices.filter(localizer,
                List.of(ApplicationStatus.values()), viewModel.statusProperty(), "fund.filter.allStatuses");
        status.setId("fundStatusFilter");
        ComboBox<Choices.Choice<Province>> province = Choices.filter(localizer, List.of(Province.values()),
                viewModel.provinceProperty(), "fund.filter.allProvinces", Province::name);
        province.setId("fundProvinceFilter");
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setOnAction(event -> viewModel.clearFilters());
        Label count = new Label();
        count.setId("fundCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);

        TableView<FundRow> table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("fundTable");
        TableColumn<FundRow, String> name = Tables.text(localizer, "fund.column.applicant",
                row -> row.application().applicantName());
        name.setPrefWidth(190);
        TableColumn<FundRow, String> streamColumn = Tables.text(localizer, "fund.column.stream",
                row -> localizer.get("fund.streamShort." + row.application().stream().name()));
        streamColumn.setPrefWidth(150);
        TableColumn<FundRow, ApplicationStatus> statusColumn = Tables.label(localizer, "fund.column.status",
                row -> row.application().status());
        statusColumn.setPrefWidth(120);
        TableColumn<FundRow, String> provinceColumn = Tables.text(localizer, "fund.column.province",
                row -> row.application().province() == null ? null : row.application().province().name());
        provinceColumn.setPrefWidth(70);
        TableColumn<FundRow, Long> awarded = FundCells.money(localizer, "fund.column.awarded", row -> row.application().isAward()
                ? row.application().awardedCents() : 0);
        TableColumn<FundRow, String> warning = Tables.text(localizer, "fund.column.attendance",
                row -> row.missedConsultations() == 0 ? "" : localizer.get("fund.missed.short",
                        row.missedConsultations()));
        warning.setPrefWidth(120);
        name.setMinWidth(150);
        streamColumn.setPrefWidth(110);
        streamColumn.setMinWidth(100);
        statusColumn.setMinWidth(100);
        provinceColumn.setMinWidth(50);
        warning.setMinWidth(85);
        table.getColumns().addAll(List.of(name, streamColumn, statusColumn, provinceColumn, awarded, warning));
        Tables.showWhenWiderThan(table, provinceColumn, 620);
        table.setPlaceholder(Tables.placeholder(Feather.HEART, localizer.text("fund.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(row -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
            detail.show(row);
        });

        SplitPane split = new SplitPane(table, detail.node());
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox pane = new VBox(10, PageLayout.toolbar(search, year, stream, status, province, clear,
                PageLayout.spacer(), count), split);
        pane.setPadding(new Insets(10, 0, 0, 0));
        return pane;
    }

    private void export(ExportFormat format) {
        exports.export(format, "fund.file.awards", viewModel.shown().size(), viewModel::exportAwards);
    }

    @Override
    public Node view() {
        return root;
    }

    /** Shown, the year is read again, and again at each switch of language (amounts typed in its format). */
    @Override
    public void activate() {
        whileShown.unsubscribe();
        whileShown = localizer.whenSwitched(messages -> viewModel.load());
        viewModel.load();
    }

    @Override
    public void deactivate() {
        whileShown.unsubscribe();
        whileShown = Subscription.EMPTY;
    }

    @Override
    public void focusSearch() {
        tabs.getSelectionModel().selectFirst();
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void createNew() {
        if (viewModel.canManage()) {
            viewModel.startNewApplication();
            formDialog.show();
        }
    }

    @Override
    public void export() {
        export(ExportFormat.XLSX);
    }
}
