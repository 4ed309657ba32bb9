package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.core.cases.CaseCount;
import ca.ccrweb.office.core.cases.CaseDocument;
import ca.ccrweb.office.core.cases.CaseFile;
import ca.ccrweb.office.core.cases.CaseKind;
import ca.ccrweb.office.core.cases.CaseOutcome;
import ca.ccrweb.office.core.cases.CasePerson;
import ca.ccrweb.office.core.cases.CaseService;
import ca.ccrweb.office.core.cases.CaseStatus;
import ca.ccrweb.office.core.cases.CaseStep;
import ca.ccrweb.office.core.cases.CaseSummary;
import ca.ccrweb.office.core.cases.PersonRole;
import ca.ccrweb.office.core.cases.RetentionDue;
import ca.ccrweb.office.core.cases.RetentionPeriod;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
    private Function<FileChooser, File> openDialog = chooser -> chooser.showOpenDialog(null);
    private Function<FileChooser, File> saveDialog = chooser -> chooser.showSaveDialog(null);

    public static CasesView create(AppServices services, UserFeedback feedback, ExportFlow exports) {
        return new CasesView(new CasesViewModel(services.office(), services.executor(), feedback, services.localizer(),
                services::can), services.localizer(), exports);
    }

    public CasesView(CasesViewModel viewModel, Localizer localizer, ExportFlow exports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.exports = exports;
        root.setId("casesPage");
        root.getStyleClass().add(StyleClasses.PAGE);
        root.setTop(PageLayout.header(localizer.text("cases.title"), localizer.text("cases.subtitle")));
        root.setCenter(body);
        Node counts = viewModel.handlesCases() ? new VBox() : countsPane();
        Node setUp = setUpPane();
        Node unlock = unlockPane();
        Node cases = viewModel.handlesCases() ? casesPane(countsPane()) : new VBox();
        viewModel.modeProperty().subscribe(mode -> body.getChildren().setAll(switch (mode) {
            case COUNTS -> counts;
            case SET_UP_KEY -> setUp;
            case UNLOCK -> unlock;
            case CASES -> cases;
        }));
    }

    // Counts, statistics and retention: what everyone sees

    private Node countsPane() {
        TableView<CaseCount> counts = Tables.sortable(viewModel.counts(), localizer);
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

        Spinner<Integer> year = new Spinner<>(2000, 2100, viewModel.statisticsYearProperty().get());
        year.setId("caseStatisticsYear");
        year.setEditable(true);
        year.setPrefWidth(100);
        year.valueProperty().subscribe(chosen -> viewModel.statisticsYearProperty().set(chosen));
        MenuButton export = exports.menuButton(format -> () -> exports.export(format, "cases.file.statistics", 1,
                viewModel::exportStatistics));
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
        TableView<RetentionPeriod> periods = Tables.sortable(viewModel.retention(), localizer);
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
        set.setOnAction(event -> viewModel.setRetention(chosenKind.getValue(), chosenYears.getValue()));

        TableView<RetentionDue> review = Tables.sortable(viewModel.review(), localizer);
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
        purge.disableProperty().bind(Bindings.isEmpty(viewModel.review()));
        purge.setOnAction(event -> viewModel.purgeDue());
        Label reviewNote = new Label();
        reviewNote.textProperty().bind(localizer.text("cases.review.note"));
        reviewNote.setWrapText(true);
        reviewNote.getStyleClass().add("text-muted");
        return new VBox(10, PageLayout.sectionTitle(localizer.text("cases.retention.title")), periods,
                PageLayout.toolbar(chosenKind, chosenYears, set),
                PageLayout.sectionTitle(localizer.text("cases.review.title")), reviewNote, review,
                PageLayout.toolbar(purge));
    }

    // The passphrase

    private Node setUpPane() {
        Label warning = new Label();
        warning.setId("casePassphraseWarning");
        warning.textProperty().bind(localizer.text("cases.key.lossWarning", CaseService.SHORTEST_PASSPHRASE));
        warning.setWrapText(true);
        PasswordField first = passwordField("casePassphrase");
        PasswordField again = new PasswordField();
        again.setId("casePassphraseAgain");
        again.textProperty().bindBidirectional(viewModel.passphraseAgainProperty());
        Button set = Buttons.accent(localizer, "setPassphraseButton", "cases.action.setPassphrase", Feather.LOCK);
        set.setDefaultButton(true);
        set.setOnAction(event -> viewModel.setUpKey());
        VBox pane = new VBox(10, PageLayout.sectionTitle(localizer.text("cases.key.setUpTitle")), warning,
                field("cases.key.passphrase", first, "passphrase"),
                new FormField(localizer.text("cases.key.passphraseAgain"), again,
                        new SimpleStringProperty("")), set);
        return narrow(pane);
    }

    private Node unlockPane() {
        Label text = new Label();
        text.textProperty().bind(localizer.text("cases.key.unlockText"));
        text.setWrapText(true);
        PasswordField typed = passwordField("caseUnlockPassphrase");
        Button unlock = Buttons.accent(localizer, "unlockCasesButton", "cases.action.unlock", Feather.UNLOCK);
        unlock.setDefaultButton(true);
        unlock.setOnAction(event -> viewModel.unlock());
        return narrow(new VBox(10, PageLayout.sectionTitle(localizer.text("cases.key.unlockTitle")), text,
                field("cases.key.passphrase", typed, "passphrase"), unlock));
    }

    private PasswordField passwordField(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(viewModel.passphraseProperty());
        return field;
    }

    private static Node narrow(VBox pane) {
        pane.setMaxWidth(560);
        pane.setPadding(new Insets(16, 0, 0, 0));
        BorderPane holder = new BorderPane();
        holder.setLeft(pane);
        return holder;
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
        Tab people = tab("case-tab-people", "cases.part.people", peoplePane());
        Tab log = tab("case-tab-log", "cases.part.log", logPane());
        Tab documents = tab("case-tab-documents", "cases.tab.documents", documentsPane());
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
        TextField contactName = text("caseContactName", viewModel.memberContactNameProperty());
        TextField contactEmail = text("caseContactEmail", viewModel.memberContactEmailProperty());
        TextField staff = text("caseStaffInCharge", viewModel.staffInChargeProperty());
        TextField office = text("caseGovernmentOffice", viewModel.governmentOfficeProperty());
        TextField reference = text("caseGovernmentReference", viewModel.governmentReferenceProperty());
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
                pair(field("cases.field.kind", kind, "kind"), field("cases.field.organization", member,
                        "organization")),
                pair(field("cases.field.memberContactName", contactName, "memberContactName"),
                        field("cases.field.memberContactEmail", contactEmail, "memberContactEmail")),
                pair(field("cases.field.staffInCharge", staff, "staffInCharge"),
                        field("cases.field.receivedOn", DateFields.picker(localizer, "caseReceivedOn",
                                viewModel.receivedOnProperty()), "receivedOn")),
                pair(field("cases.field.raisedOn", DateFields.picker(localizer, "caseRaisedOn",
                                viewModel.raisedOnProperty()), "raisedOn"),
                        field("cases.field.answeredOn", DateFields.picker(localizer, "caseAnsweredOn",
                                viewModel.answeredOnProperty()), "answeredOn")),
                pair(field("cases.field.governmentOffice", office, "governmentOffice"),
                        field("cases.field.governmentReference", reference, "governmentReference")),
                pair(field("cases.field.closedOn", DateFields.picker(localizer, "caseClosedOn",
                                viewModel.closedOnProperty()), "closedOn"),
                        field("cases.field.outcome", outcome, "outcome")),
                hold, new HBox(8, save));
        form.setPadding(new Insets(8, 8, 8, 0));
        DateFields.guard(save, form);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node peoplePane() {
        ObservableList<CasePerson> people = FXCollections.observableArrayList();
        viewModel.openedProperty().subscribe(file -> people.setAll(file == null ? List.of() : file.people()));
        TableView<CasePerson> table = Tables.sortable(people, localizer);
        table.setId("casePeopleTable");
        table.setPrefHeight(150);
        table.setMinHeight(110);
        TableColumn<CasePerson, String> name = Tables.text(localizer, "cases.column.name", CasePerson::name);
        name.setPrefWidth(170);
        TableColumn<CasePerson, PersonRole> role = Tables.label(localizer, "cases.column.role", CasePerson::role);
        role.setPrefWidth(120);
        TableColumn<CasePerson, String> country = Tables.text(localizer, "cases.column.country", CasePerson::country);
        TableColumn<CasePerson, LocalDate> born = Tables.date(localizer, "cases.column.bornOn",
                CasePerson::bornOn);
        born.setPrefWidth(120);
        table.getColumns().addAll(List.of(name, role, country, born));
        table.setPlaceholder(Tables.placeholder(Feather.USERS, localizer.text("cases.people.empty")));
        TextField personName = text("casePersonName", viewModel.personNameProperty());
        ComboBox<PersonRole> personRole = Choices.of(localizer, List.of(PersonRole.values()),
                viewModel.personRoleProperty(), "cases.form.choose");
        personRole.setId("casePersonRole");
        TextField personCountry = text("casePersonCountry", viewModel.personCountryProperty());
        var bornOn = DateFields.picker(localizer, "casePersonBornOn", viewModel.personBornOnProperty());
        bornOn.disableProperty().bind(viewModel.personRoleProperty().isNotEqualTo(PersonRole.CHILD));
        Button add = Buttons.accent(localizer, "addPersonButton", "cases.action.addPerson", Feather.USER_PLUS);
        add.setOnAction(event -> viewModel.addPerson());
        DateFields.guard(add, bornOn);
        Button remove = Buttons.outlined(localizer, "removePersonButton", "cases.action.removePerson",
                Feather.USER_MINUS);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> viewModel.removePerson(table.getSelectionModel().getSelectedItem().id()));
        Label minimum = new Label();
        minimum.textProperty().bind(localizer.text("cases.people.minimum"));
        minimum.setWrapText(true);
        minimum.getStyleClass().add("text-muted");
        VBox pane = new VBox(6, table, minimum,
                pair(field("cases.column.name", personName, "personName"),
                        field("cases.column.role", personRole, "personRole")),
                pair(field("cases.column.country", personCountry, "personCountry"),
                        field("cases.column.bornOn", bornOn, "personBornOn")),
                new HBox(8, add, remove));
        pane.setPadding(new Insets(8, 8, 8, 0));
        return scrolling(pane);
    }

    private Node logPane() {
        ObservableList<CaseStep> steps = FXCollections.observableArrayList();
        viewModel.openedProperty().subscribe(file -> steps.setAll(file == null ? List.of() : file.steps()));
        TableView<CaseStep> table = Tables.sortable(steps, localizer);
        table.setId("caseLogTable");
        table.setPrefHeight(150);
        table.setMinHeight(110);
        TableColumn<CaseStep, LocalDate> date = Tables.date(localizer, "cases.column.date",
                CaseStep::occurredOn);
        date.setPrefWidth(100);
        TableColumn<CaseStep, String> text = Tables.text(localizer, "cases.column.step", CaseStep::text);
        text.setPrefWidth(330);
        TableColumn<CaseStep, String> by = Tables.text(localizer, "cases.column.recordedBy", CaseStep::recordedBy);
        by.setPrefWidth(120);
        table.getColumns().addAll(List.of(date, text, by));
        table.setPlaceholder(Tables.placeholder(Feather.LIST, localizer.text("cases.log.empty")));
        Label chosen = new Label();
        chosen.setId("caseStepShown");
        chosen.setWrapText(true);
        chosen.textProperty().bind(localizer.text(() -> {
            CaseStep step = table.getSelectionModel().getSelectedItem();
            return step == null ? "" : step.text();
        }, table.getSelectionModel().selectedItemProperty()));
        TextArea stepText = new TextArea();
        stepText.setId("caseStepText");
        stepText.setPrefRowCount(3);
        stepText.setWrapText(true);
        stepText.textProperty().bindBidirectional(viewModel.stepTextProperty());
        Button add = Buttons.accent(localizer, "addStepButton", "cases.action.addStep", Feather.PLUS);
        add.setOnAction(event -> viewModel.addStep());
        FormField stepDate = field("cases.column.date", DateFields.picker(localizer, "caseStepDate",
                viewModel.stepDateProperty()), "stepDate");
        stepDate.setPrefWidth(200);
        DateFields.guard(add, stepDate);
        HBox dateAndAdd = new HBox(8, stepDate, add);
        dateAndAdd.setAlignment(Pos.BOTTOM_LEFT);
        VBox pane = new VBox(6, field("cases.column.step", stepText, "stepText"), dateAndAdd, table, chosen);
        pane.setPadding(new Insets(8, 8, 8, 0));
        return scrolling(pane);
    }

    private Node documentsPane() {
        ObservableList<CaseDocument> documents = FXCollections.observableArrayList();
        viewModel.openedProperty().subscribe(file -> documents.setAll(file == null ? List.of() : file.documents()));
        TableView<CaseDocument> table = Tables.sortable(documents, localizer);
        table.setId("caseDocumentsTable");
        table.setPrefHeight(150);
        table.setMinHeight(110);
        TableColumn<CaseDocument, String> name = Tables.text(localizer, "cases.column.fileName",
                CaseDocument::fileName);
        name.setPrefWidth(220);
        TableColumn<CaseDocument, String> size = Tables.text(localizer, "cases.column.size",
                document -> localizer.get("cases.document.size", Math.max(1, document.sizeBytes() / 1024)));
        TableColumn<CaseDocument, String> added = Tables.text(localizer, "cases.column.addedAt",
                document -> localizer.dateTime(document.addedAt()));
        added.setPrefWidth(150);
        TableColumn<CaseDocument, String> by = Tables.text(localizer, "cases.column.recordedBy",
                CaseDocument::addedBy);
        table.getColumns().addAll(List.of(name, size, added, by));
        table.setPlaceholder(Tables.placeholder(Feather.PAPERCLIP, localizer.text("cases.documents.empty")));
        Button attach = Buttons.accent(localizer, "attachCaseDocumentButton", "cases.action.attach",
                Feather.PAPERCLIP);
        attach.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(localizer.get("cases.attach.title"));
            File chosen = openDialog.apply(chooser);
            if (chosen != null) {
                viewModel.attach(chosen.toPath());
            }
        });
        Button saveCopy = Buttons.outlined(localizer, "saveCaseDocumentButton", "cases.action.saveDocument",
                Feather.DOWNLOAD);
        saveCopy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        saveCopy.setOnAction(event -> {
            CaseDocument document = table.getSelectionModel().getSelectedItem();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(localizer.get("cases.saveDocument.title"));
            chooser.setInitialFileName(document.fileName());
            File chosen = saveDialog.apply(chooser);
            if (chosen != null) {
                viewModel.saveDocument(document, chosen.toPath());
            }
        });
        Label limit = new Label();
        limit.textProperty().bind(localizer.text("cases.documents.limit", CaseService.LARGEST_DOCUMENT / (1024 * 1024)));
        limit.setWrapText(true);
        limit.getStyleClass().add("text-muted");
        Label error = new Label();
        error.textProperty().bind(viewModel.errors().text("document"));
        error.getStyleClass().add(StyleClasses.FIELD_ERROR);
        VBox pane = new VBox(6, new HBox(8, attach, saveCopy), limit, error, table);
        pane.setPadding(new Insets(8, 8, 8, 0));
        return scrolling(pane);
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

    private static Node scrolling(VBox pane) {
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TextField text(String id, StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    private static HBox pair(FormField left, FormField right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(200);
        right.setPrefWidth(200);
        return new HBox(8, left, right);
    }

    private FormField field(String labelKey, Control control, String name) {
        return new FormField(localizer.text(labelKey), control, viewModel.errors().text(name));
    }

    /** How files are chosen; the screen tests answer in place of the system's dialogs. */
    public void setFileDialogs(Function<FileChooser, File> openDialog, Function<FileChooser, File> saveDialog) {
        this.openDialog = openDialog;
        this.saveDialog = saveDialog;
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
