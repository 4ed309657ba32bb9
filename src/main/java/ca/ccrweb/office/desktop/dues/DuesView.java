package ca.ccrweb.office.desktop.dues;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.membership.DuesAssessment;
import ca.ccrweb.office.core.membership.DuesLine;
import ca.ccrweb.office.core.membership.DuesSchedule;
import ca.ccrweb.office.core.membership.LapseCandidate;
import ca.ccrweb.office.core.membership.VotingMember;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Dues and renewals: the renewal list, the yearly assessment, lapsing unpaid memberships, the members in
 * good standing at a general assembly, and (administrators) the brackets' amounts and the grace period.
 */
public final class DuesView implements Page {
    private final DuesViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final ExportFlow exports;
    private final Permissions permissions;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();

    public DuesView(DuesViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports,
                    Permissions permissions) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.exports = exports;
        this.permissions = permissions;
        root.setId("duesPage");
        root.getStyleClass().add(StyleClasses.PAGE);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("renewalsTab", "dues.tab.renewals", renewals()),
                tab("assessmentTab", "dues.tab.assessment", assessment()),
                tab("lapseTab", "dues.tab.lapse", lapse()),
                tab("goodStandingTab", "dues.tab.goodStanding", goodStanding()));
        if (permissions.can(Permission.SET_DUES)) {
            tabs.getTabs().add(tab("ratesTab", "dues.tab.rates", rates()));
        }
        VBox top = new VBox(PageLayout.header(localizer.text("dues.title"), localizer.text("dues.subtitle")));
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(tabs);
    }

    private Tab tab(String id, String titleKey, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(localizer.text(titleKey));
        tab.setContent(content);
        return tab;
    }

    private Node renewals() {
        DuesViewModel.Renewals part = viewModel.renewals();
        TextField days = numberField("renewalDaysField", part.withinDaysProperty());
        days.setOnAction(event -> part.load());
        Button show = button("showRenewalsButton", "dues.action.show", Feather.REFRESH_CW, false);
        show.setOnAction(event -> part.load());
        TableView<DuesLine> table = duesTable("renewalsTable", part.lines());
        Label count = count("renewalsCount", () -> localizer.get("dues.renewals.count", part.lines().size(),
                part.overdue()), part.lines());
        MenuButton export = exports.menuButton(format -> () -> exports.export(format, "dues.renewals.fileName",
                table.getItems().size(), part.export(List.copyOf(table.getItems()))));
        export.setId("renewalsExportButton");
        HBox bar = PageLayout.toolbar(label("dues.renewals.within"), days, label("dues.renewals.days"), show,
                PageLayout.spacer(), count, export);
        return page(bar, table);
    }

    private TableView<DuesLine> duesTable(String id, ObservableList<DuesLine> lines) {
        TableView<DuesLine> table = Tables.sortable(lines, localizer);
        table.setId(id);
        TableColumn<DuesLine, String> name = Tables.text(localizer, "field.name", DuesLine::organizationName);
        name.setPrefWidth(300);
        TableColumn<DuesLine, String> year = Tables.text(localizer, "dues.column.year", l -> String.valueOf(l.year()));
        TableColumn<DuesLine, String> amount = Tables.text(localizer, "dues.column.assessed",
                l -> localizer.money(l.amountCents()));
        TableColumn<DuesLine, String> balance = Tables.text(localizer, "dues.column.balance",
                l -> localizer.money(l.balanceCents()));
        TableColumn<DuesLine, LocalDate> due = Tables.date(localizer, "dues.column.dueOn", DuesLine::dueOn);
        TableColumn<DuesLine, String> state = Tables.text(localizer, "dues.column.state", l -> localizer.get(
                l.paid() ? "dues.state.paid" : l.overdueOn(viewModel.today()) ? "dues.state.overdue" : "dues.state.due"));
        table.getColumns().addAll(List.of(name, year, amount, balance, due, state));
        table.getSortOrder().add(due);
        table.setPlaceholder(Tables.placeholder(Feather.CHECK_CIRCLE, localizer.text("dues.renewals.none")));
        return table;
    }

    private Node assessment() {
        DuesViewModel.Assessment part = viewModel.assessment();
        TextField year = numberField("assessmentYearField", part.yearProperty());
        var dueOn = DateFields.picker(localizer, "assessmentDueOnField", part.dueOnProperty());
        Button preview = button("previewAssessmentButton", "dues.action.preview", Feather.EYE, false);
        preview.setOnAction(event -> part.preview());
        DateFields.guard(preview, dueOn);
        Button assess = button("assessButton", "dues.action.assess", Feather.CHECK, true);
        assess.textProperty().unbind();
        assess.textProperty().bind(localizer.text(() -> localizer.get("dues.action.assessCount", part.lines().size()),
                part.lines()));
        assess.disableProperty().bind(Bindings.createBooleanBinding(() -> part.previewProperty().get() == null
                || part.lines().isEmpty(), part.previewProperty(), part.lines()));
        assess.setOnAction(event -> {
            DuesAssessment shown = part.previewProperty().get();
            if (shown != null && dialogs.confirm(localizer.get("dues.confirm.assessHeader", shown.lines().size(),
                            String.valueOf(shown.year())),
                    localizer.get("dues.confirm.assessText", localizer.money(shown.totalCents()),
                            localizer.date(shown.dueOn())), localizer.get("dues.action.assess"), false)) {
                part.assess();
            }
        });
        permissions.showOnlyIf(Permission.MANAGE_DUES, assess);
        Message placeholders = new Message();
        placeholders.setId("placeholderWarning");
        placeholders.getStyleClass().add(Styles.WARNING);
        placeholders.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        placeholders.titleProperty().bind(localizer.text("dues.placeholder.title"));
        placeholders.descriptionProperty().bind(localizer.text("dues.placeholder.text"));
        placeholders.managedProperty().bind(placeholders.visibleProperty());
        placeholders.visibleProperty().bind(Bindings.createBooleanBinding(() -> part.previewProperty().get() != null
                && part.previewProperty().get().placeholderAmounts(), part.previewProperty()));
        Label summary = count("assessmentSummary", () -> part.previewProperty().get() == null
                ? localizer.get("dues.assessment.hint")
                : localizer.get("dues.assessment.summary", part.previewProperty().get().lines().size(),
                localizer.money(part.previewProperty().get().totalCents()), part.previewProperty().get().alreadyAssessed()),
                part.previewProperty(), part.lines());
        TableView<DuesAssessment.Line> table = Tables.sortable(part.lines(), localizer);
        table.setId("assessmentTable");
        TableColumn<DuesAssessment.Line, String> name = Tables.text(localizer, "field.name",
                DuesAssessment.Line::organizationName);
        name.setPrefWidth(320);
        TableColumn<DuesAssessment.Line, String> bracket = Tables.text(localizer, "dues.column.bracket",
                line -> line.bracket().label(localizer.language()) + (line.bracketChosen() ? ""
                        : " " + localizer.get("dues.assessment.bracketNotSet")));
        bracket.setPrefWidth(330);
        TableColumn<DuesAssessment.Line, String> amount = Tables.text(localizer, "dues.column.amount",
                line -> localizer.money(line.amountCents()));
        table.getColumns().addAll(List.of(name, bracket, amount));
        table.getSortOrder().add(name);
        table.setPlaceholder(Tables.placeholder(Feather.DOLLAR_SIGN, localizer.text("dues.assessment.empty")));
        HBox bar = PageLayout.toolbar(label("dues.column.year"), year, label("dues.column.dueOn"), dueOn, preview,
                PageLayout.spacer(), assess);
        return page(bar, new VBox(8, placeholders, summary), table);
    }

    private Node lapse() {
        DuesViewModel.Lapse part = viewModel.lapse();
        TextField days = numberField("graceDaysField", part.graceDaysProperty());
        Button preview = button("previewLapseButton", "dues.action.preview", Feather.EYE, false);
        preview.setOnAction(event -> part.preview());
        Button lapse = button("lapseButton", "dues.action.lapse", Feather.CLOCK, true);
        lapse.getStyleClass().remove(Styles.ACCENT);
        lapse.getStyleClass().add(Styles.DANGER);
        lapse.textProperty().unbind();
        lapse.textProperty().bind(localizer.text(() -> localizer.get("dues.action.lapseCount",
                part.candidates().size()), part.candidates()));
        lapse.disableProperty().bind(Bindings.createBooleanBinding(() -> !part.previewedProperty().get()
                || part.candidates().isEmpty(), part.previewedProperty(), part.candidates()));
        lapse.setOnAction(event -> {
            if (dialogs.confirm(localizer.get("dues.confirm.lapseHeader", part.candidates().size()),
                    localizer.get("dues.confirm.lapseText"), localizer.get("dues.action.lapse"), true)) {
                part.lapse();
            }
        });
        permissions.showOnlyIf(Permission.MANAGE_DUES, lapse);
        Label hint = count("lapseSummary", () -> part.previewedProperty().get()
                ? localizer.get("dues.lapse.summary", part.candidates().size()) : localizer.get("dues.lapse.hint"),
                part.previewedProperty(), part.candidates());
        TableView<LapseCandidate> table = Tables.sortable(part.candidates(), localizer);
        table.setId("lapseTable");
        TableColumn<LapseCandidate, String> name = Tables.text(localizer, "field.name", LapseCandidate::organizationName);
        name.setPrefWidth(320);
        TableColumn<LapseCandidate, String> year = Tables.text(localizer, "dues.column.year",
                c -> String.valueOf(c.year()));
        TableColumn<LapseCandidate, String> balance = Tables.text(localizer, "dues.column.balance",
                c -> localizer.money(c.balanceCents()));
        TableColumn<LapseCandidate, LocalDate> due = Tables.date(localizer, "dues.column.dueOn", LapseCandidate::dueOn);
        table.getColumns().addAll(List.of(name, year, balance, due));
        table.setPlaceholder(Tables.placeholder(Feather.CLOCK, localizer.text("dues.lapse.empty")));
        HBox bar = PageLayout.toolbar(label("dues.lapse.grace"), days, label("dues.renewals.days"), preview,
                PageLayout.spacer(), lapse);
        return page(bar, hint, table);
    }

    private Node goodStanding() {
        DuesViewModel.GoodStanding part = viewModel.goodStanding();
        var day = DateFields.picker(localizer, "assemblyDayField", part.dayProperty());
        Button show = button("showGoodStandingButton", "dues.action.show", Feather.REFRESH_CW, false);
        show.setOnAction(event -> part.load());
        DateFields.guard(show, day);
        TableView<VotingMember> table = Tables.sortable(part.members(), localizer);
        table.setId("goodStandingTable");
        TableColumn<VotingMember, String> name = Tables.text(localizer, "field.name", m -> m.organization().name());
        name.setPrefWidth(330);
        TableColumn<VotingMember, String> region = Tables.text(localizer, "organizations.column.region",
                m -> localizer.label(m.organization().region()));
        region.setPrefWidth(160);
        TableColumn<VotingMember, String> delegate = Tables.text(localizer, "goodStanding.column.delegate",
                m -> m.delegate() == null ? localizer.get("goodStanding.noDelegate") : m.delegate().fullName());
        delegate.setPrefWidth(240);
        table.getColumns().addAll(List.of(name, region, delegate));
        table.getSortOrder().add(name);
        table.setPlaceholder(Tables.placeholder(Feather.USERS, localizer.text("goodStanding.empty")));
        Label count = count("goodStandingCount", () -> localizer.get("goodStanding.count", part.members().size()),
                part.members());
        Button sheet = button("signInSheetButton", "goodStanding.action.sheet", Feather.PRINTER, false);
        sheet.setOnAction(event -> exports.export(ExportFormat.PDF, "goodStanding.sheet.fileName",
                table.getItems().size(), part.signInSheet(List.copyOf(table.getItems()))));
        sheet.disableProperty().bind(Bindings.isEmpty(part.members()));
        permissions.showOnlyIf(Permission.EXPORT_PERSONAL_DATA, sheet);
        MenuButton export = exports.menuButton(format -> () -> exports.export(format, "goodStanding.fileName",
                table.getItems().size(), part.export(List.copyOf(table.getItems()))));
        export.setId("goodStandingExportButton");
        HBox bar = PageLayout.toolbar(label("goodStanding.day"), day, show, PageLayout.spacer(), count, sheet, export);
        return page(bar, table);
    }

    private Node rates() {
        DuesViewModel.Rates part = viewModel.rates();
        TextField year = numberField("ratesYearField", part.yearProperty());
        Button show = button("showRatesButton", "dues.action.show", Feather.REFRESH_CW, false);
        show.setOnAction(event -> part.load());
        Message placeholders = new Message();
        placeholders.setId("ratesPlaceholderWarning");
        placeholders.getStyleClass().add(Styles.WARNING);
        placeholders.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        placeholders.titleProperty().bind(localizer.text("dues.placeholder.title"));
        placeholders.descriptionProperty().bind(localizer.text("dues.placeholder.text"));
        placeholders.managedProperty().bind(placeholders.visibleProperty());
        placeholders.visibleProperty().bind(part.placeholderProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setId("ratesGrid");
        part.rows().addListener((ListChangeListener<DuesSchedule.Rate>) change -> fillRates(grid, part));
        LanguageSwitches.follow(localizer, grid, after -> fillRates(grid, part));
        Button save = button("saveRatesButton", "dues.action.saveRates", Feather.SAVE, true);
        save.setOnAction(event -> part.save());
        TextField grace = numberField("settingsGraceDaysField", part.graceDaysProperty());
        Button saveGrace = button("saveGraceButton", "dues.action.saveGrace", Feather.SAVE, false);
        saveGrace.setOnAction(event -> part.saveGraceDays());
        VBox content = new VBox(12, PageLayout.toolbar(label("dues.column.year"), year, show), placeholders, grid,
                new HBox(save), PageLayout.sectionTitle(localizer.text("dues.settings.title")),
                PageLayout.toolbar(label("dues.lapse.grace"), grace, label("dues.renewals.days"), saveGrace));
        content.setPadding(new Insets(12, 0, 0, 0));
        return content;
    }

    private void fillRates(GridPane grid, DuesViewModel.Rates part) {
        grid.getChildren().clear();
        int row = 0;
        for (DuesSchedule.Rate rate : part.rows()) {
            Label label = new Label(rate.bracket().label(localizer.language()));
            TextField fee = new TextField();
            fee.setId("rate-" + rate.bracket().id());
            fee.setPrefColumnCount(8);
            fee.textProperty().bindBidirectional(part.fee(rate.bracket().id()));
            grid.add(label, 0, row);
            grid.add(fee, 1, row);
            grid.add(new Label("$"), 2, row);
            row++;
        }
    }

    private VBox page(Node... parts) {
        VBox page = new VBox(10, parts);
        page.setPadding(new Insets(12, 0, 0, 0));
        Node last = parts[parts.length - 1];
        VBox.setVgrow(last, Priority.ALWAYS);
        return page;
    }

    private TextField numberField(String id, StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(localizer.text(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private Label count(String id, Callable<String> text, Observable... dependencies) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(localizer.text(text, dependencies));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        label.setAlignment(Pos.CENTER_LEFT);
        return label;
    }

    private Button button(String id, String textKey, Ikon icon, boolean accent) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(localizer.text(textKey));
        button.setGraphic(Icons.of(icon));
        button.getStyleClass().add(accent ? Styles.ACCENT : Styles.BUTTON_OUTLINED);
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    /** Opens the renewal list, as the dashboard's renewals tile does. */
    public void showRenewals() {
        tabs.getSelectionModel().selectFirst();
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
