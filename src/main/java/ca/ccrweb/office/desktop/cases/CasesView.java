package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.core.cases.CaseFile;
import ca.ccrweb.office.core.cases.CaseKind;
import ca.ccrweb.office.core.cases.CaseOutcome;
import ca.ccrweb.office.core.cases.CaseStatus;
import ca.ccrweb.office.core.cases.CaseSummary;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The Cases section. People who do not handle cases see the counts by kind and status (administrators also the
 * retention periods and the review); caseworkers unlock the cases with the office's passphrase, then work in the
 * list and the case opened (details, people, log, documents).
 */
public final class CasesView implements Page {
    private final CasesViewModel viewModel;
    private final Localizer localizer;
    private final ExportFlow exports;
    private final BorderPane root = new BorderPane();
    private final StackPane body = new StackPane();
    private final CustomTextField search = new CustomTextField();
    private final CaseCountsView countsView;
    private final CaseKeyView keyView;
    private final CaseEntriesView entriesView;

    public static CasesView create(AppServices services, UserFeedback feedback, ExportFlow exports) {
        return new CasesView(new CasesViewModel(services.office(), services.executor(), feedback, services.localizer(),
                services::can), services.localizer(), exports);
    }

    public CasesView(CasesViewModel viewModel, Localizer localizer, ExportFlow exports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.exports = exports;
        this.countsView = new CaseCountsView(viewModel, localizer, exports);
        this.keyView = new CaseKeyView(viewModel, localizer);
        this.entriesView = new CaseEntriesView(viewModel, localizer);
        root.setId("casesPage");
        root.getStyleClass().add(StyleClasses.PAGE);
        root.setTop(PageLayout.header(localizer.text("cases.title"), localizer.text("cases.subtitle")));
        root.setCenter(body);
        Node counts = viewModel.handlesCases() ? new VBox() : countsView.countsPane();
        Node setUp = keyView.setUpPane();
        Node unlock = keyView.unlockPane();
        Node cases = viewModel.handlesCases() ? casesPane(countsView.countsPane()) : new VBox();
        viewModel.modeProperty().subscribe(mode -> body.getChildren().setAll(switch (mode) {
            case COUNTS -> counts;
            case SET_UP_KEY -> setUp;
            case UNLOCK -> unlock;
            case CASES -> cases;
        }));
    }

    // The cases

    private Node casesPane(Node counts) {
        search.setId("caseSearchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("cases.search.prompt"));
        search.setPrefWidth(150);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Choices.Choice<CaseKind>> kind = Choices.filter(localizer, List.of(CaseKind.values()),
                viewModel.kindFilterProperty(), "cases.filter.allKinds");
        kind.setId("caseKindFilter");
        kind.setPrefWidth(180);
        ComboBox<Choices.Choice<CaseStatus>> status = Choices.filter(localizer, List.of(CaseStatus.RECEIVED,
                CaseStatus.RAISED, CaseStatus.ANSWERED, CaseStatus.CLOSED), viewModel.statusFilterProperty(),
                "cases.filter.allStatuses");
        status.setId("caseStatusFilter");
        Label count = new Label();
        count.setId("caseCount");
        count.textProperty().bind(viewModel.countTextProperty());
        Button newCase = Buttons.accent(localizer, "newCaseButton", "cases.action.new", Feather.PLUS);
        newCase.setOnAction(event -> viewModel.startNew());

        TableView<CaseSummary> table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("casesTable");
        TableColumn<CaseSummary, String> reference = Tables.text(localizer, "cases.column.reference",
                CaseSummary::reference);
        reference.setPrefWidth(80);
        reference.setMinWidth(80);
        TableColumn<CaseSummary, LocalDate> received = Tables.date(localizer, "cases.column.receivedOn",
                CaseSummary::receivedOn);
        received.setPrefWidth(100);
        received.setMinWidth(95);
        TableColumn<CaseSummary, CaseKind> caseKind = Tables.label(localizer, "cases.column.kind", CaseSummary::kind);
        caseKind.setPrefWidth(290);
        TableColumn<CaseSummary, CaseStatus> caseStatus = Tables.label(localizer, "cases.column.status",
                CaseSummary::status);
        caseStatus.setPrefWidth(190);
        TableColumn<CaseSummary, String> organization = Tables.text(localizer, "cases.column.organization",
                CaseSummary::organizationName);
        organization.setPrefWidth(270);
        table.getColumns().addAll(List.of(reference, received, caseKind, caseStatus, organization));
        table.getSortOrder().add(received);
        received.setSortType(TableColumn.SortType.DESCENDING);
        table.setPlaceholder(Tables.placeholder(Feather.BRIEFCASE, localizer.text("cases.list.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(chosen -> {
            if (chosen != null && viewModel.selectedProperty().get() != chosen) {
                viewModel.selectedProperty().set(chosen);
            }
        });
        viewModel.selectedProperty().subscribe(chosen -> {
            if (chosen == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        BorderPane list = new BorderPane(table);
        list.setTop(new VBox(6, PageLayout.toolbar(search, kind, status), PageLayout.toolbar(count,
                PageLayout.spacer(), newCase)));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));

        SplitPane split = new SplitPane(list, detail());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.33);
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("cases-tab-cases", "cases.tab.cases", split));
        tabs.getTabs().add(tab("cases-tab-counts", "cases.tab.counts", counts));
        return tabs;
    }

    private Tab tab(String id, String textKey, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(localizer.text(textKey));
        tab.setContent(content);
        return tab;
    }

    private Node detail() {
        Label title = PageLayout.sectionTitle(localizer.text(() -> {
            CaseFile file = viewModel.openedProperty().get();
            return file == null ? localizer.get("cases.form.new")
                    : localizer.get("cases.form.opened", file.summary().reference());
        }, viewModel.openedProperty()));
        title.setId("caseTitle");
        Button exportCase = Buttons.outlined(localizer, "exportCaseButton", "cases.action.exportCase",
                Feather.FILE_TEXT);
        exportCase.disableProperty().bind(viewModel.openedProperty().isNull());
        exportCase.setOnAction(event -> exports.exportFile(localizer.get("cases.file.case",
                viewModel.openedProperty().get().summary().reference()), "pdf", localizer.get("export.format.PDF"),
                (format, file, progress) -> viewModel.exportCase(file)));

        TabPane parts = new TabPane();
        parts.setId("caseParts");
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab details = tab("case-tab-details", "cases.tab.details", detailsForm());
        Tab people = tab("case-tab-people", "cases.part.people", entriesView.peoplePane());
        Tab log = tab("case-tab-log", "cases.part.log", entriesView.logPane());
        Tab documents = tab("case-tab-documents", "cases.tab.documents", entriesView.documentsPane());
        for (Tab part : List.of(people, log, documents)) {
            part.disableProperty().bind(viewModel.openedProperty().isNull());
        }
        parts.getTabs().addAll(details, people, log, documents);
        viewModel.openedProperty().subscribe(file -> {
            if (file == null) {
                parts.getSelectionModel().select(details);
            }
        });
        VBox.setVgrow(parts, Priority.ALWAYS);
        VBox pane = new VBox(6, PageLayout.toolbar(title, PageLayout.spacer(), exportCase), parts);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private Node detailsForm() {
        ComboBox<CaseKind> kind = Choices.of(localizer, List.of(CaseKind.values()), viewModel.kindProperty(),
                "cases.form.choose");
        kind.setId("caseKind");
        ComboBox<Organization> member = new ComboBox<>(viewModel.members());
        member.setId("caseOrganization");
        member.setCellFactory(list -> organizationCell());
        member.setButtonCell(organizationCell());
        member.valueProperty().bindBidirectional(viewModel.organizationProperty());
        member.promptTextProperty().bind(localizer.text("cases.form.choose"));
        TextField contactName = CaseForms.text("caseContactName", viewModel.memberContactNameProperty());
        TextField contactEmail = CaseForms.text("caseContactEmail", viewModel.memberContactEmailProperty());
        TextField staff = CaseForms.text("caseStaffInCharge", viewModel.staffInChargeProperty());
        TextField office = CaseForms.text("caseGovernmentOffice", viewModel.governmentOfficeProperty());
        TextField reference = CaseForms.text("caseGovernmentReference", viewModel.governmentReferenceProperty());
        ComboBox<CaseOutcome> outcome = Choices.of(localizer, List.of(CaseOutcome.values()),
                viewModel.outcomeProperty(), "cases.form.noOutcome");
        outcome.setId("caseOutcome");
        CheckBox hold = new CheckBox();
        hold.setId("caseLegalHold");
        hold.textProperty().bind(localizer.text("cases.form.legalHold"));
        hold.selectedProperty().bindBidirectional(viewModel.legalHoldProperty());
        hold.disableProperty().bind(viewModel.openedProperty().isNull());
        hold.setOnAction(event -> viewModel.setLegalHold(hold.isSelected()));
        Button save = Buttons.accent(localizer, "saveCaseButton", "cases.action.save", Feather.CHECK);
        save.textProperty().unbind();
        save.textProperty().bind(localizer.text(() -> localizer.get(viewModel.openedProperty().get() == null
                ? "cases.action.create" : "cases.action.save"), viewModel.openedProperty()));
        save.setDefaultButton(true);
        save.setOnAction(event -> viewModel.save());
        VBox form = new VBox(6,
                CaseForms.pair(CaseForms.field(localizer, viewModel.errors(), "cases.field.kind", kind, "kind"), CaseForms.field(localizer, viewModel.errors(), "cases.field.organization", member,
                        "organization")),
                CaseForms.pair(CaseForms.field(localizer, viewModel.errors(), "cases.field.memberContactName", contactName, "memberContactName"),
                        CaseForms.field(localizer, viewModel.errors(), "cases.field.memberContactEmail", contactEmail, "memberContactEmail")),
                CaseForms.pair(CaseForms.field(localizer, viewModel.errors(), "cases.field.staffInCharge", staff, "staffInCharge"),
                        CaseForms.field(localizer, viewModel.errors(), "cases.field.receivedOn", DateFields.picker(localizer, "caseReceivedOn",
                                viewModel.receivedOnProperty()), "receivedOn")),
                CaseForms.pair(CaseForms.field(localizer, viewModel.errors(), "cases.field.raisedOn", DateFields.picker(localizer, "caseRaisedOn",
                                viewModel.raisedOnProperty()), "raisedOn"),
                        CaseForms.field(localizer, viewModel.errors(), "cases.field.answeredOn", DateFields.picker(localizer, "caseAnsweredOn",
                                viewModel.answeredOnProperty()), "answeredOn")),
                CaseForms.pair(CaseForms.field(localizer, viewModel.errors(), "cases.field.governmentOffice", office, "governmentOffice"),
                        CaseForms.field(localizer, viewModel.errors(), "cases.field.governmentReference", reference, "governmentReference")),
                CaseForms.pair(CaseForms.field(localizer, viewModel.errors(), "cases.field.closedOn", DateFields.picker(localizer, "caseClosedOn",
                                viewModel.closedOnProperty()), "closedOn"),
                        CaseForms.field(localizer, viewModel.errors(), "cases.field.outcome", outcome, "outcome")),
                hold, new HBox(8, save));
        form.setPadding(new Insets(8, 8, 8, 0));
        DateFields.guard(save, form);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static ListCell<Organization> organizationCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Organization item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }

    /** How files are chosen; the screen tests answer in place of the system's dialogs. */
    public void setFileDialogs(Function<FileChooser, File> openDialog, Function<FileChooser, File> saveDialog) {
        entriesView.setFileDialogs(openDialog, saveDialog);
    }

    public CasesViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void createNew() {
        if (viewModel.modeProperty().get() == CasesViewModel.Mode.CASES) {
            viewModel.startNew();
        }
    }
}
