package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.core.cases.CaseDocument;
import ca.ccrweb.office.core.cases.CasePerson;
import ca.ccrweb.office.core.cases.CaseService;
import ca.ccrweb.office.core.cases.CaseStep;
import ca.ccrweb.office.core.cases.PersonRole;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

/** The people, log and documents of the case opened, one tab each. */
public final class CaseEntriesView {
    private final CasesViewModel viewModel;
    private final Localizer localizer;
    private Function<FileChooser, File> openDialog = chooser -> chooser.showOpenDialog(null);
    private Function<FileChooser, File> saveDialog = chooser -> chooser.showSaveDialog(null);

    CaseEntriesView(CasesViewModel viewModel, Localizer localizer) {
        this.viewModel = viewModel;
        this.localizer = localizer;
    }

    void setFileDialogs(Function<FileChooser, File> open, Function<FileChooser, File> save) {
        this.openDialog = open;
        this.saveDialog = save;
    }

    Node peoplePane() {
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
        TextField personName = CaseForms.text("casePersonName", viewModel.entries().personNameProperty());
        ComboBox<PersonRole> personRole = Choices.of(localizer, List.of(PersonRole.values()),
                viewModel.entries().personRoleProperty(), "cases.form.choose");
        personRole.setId("casePersonRole");
        TextField personCountry = CaseForms.text("casePersonCountry", viewModel.entries().personCountryProperty());
        var bornOn = DateFields.picker(localizer, "casePersonBornOn", viewModel.entries().personBornOnProperty());
        bornOn.disableProperty().bind(viewModel.entries().personRoleProperty().isNotEqualTo(PersonRole.CHILD));
        Button add = Buttons.accent(localizer, "addPersonButton", "cases.action.addPerson", Feather.USER_PLUS);
        add.setOnAction(event -> viewModel.entries().addPerson());
        DateFields.guard(add, bornOn);
        Button remove = Buttons.outlined(localizer, "removePersonButton", "cases.action.removePerson",
                Feather.USER_MINUS);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> viewModel.entries().removePerson(table.getSelectionModel().getSelectedItem().id()));
        Label minimum = new Label();
        minimum.textProperty().bind(localizer.text("cases.people.minimum"));
        minimum.setWrapText(true);
        minimum.getStyleClass().add("text-muted");
        VBox pane = new VBox(6, table, minimum,
                CaseForms.pair(CaseForms.field(localizer, viewModel.errors(), "cases.column.name", personName, "personName"),
                        CaseForms.field(localizer, viewModel.errors(), "cases.column.role", personRole, "personRole")),
                CaseForms.pair(CaseForms.field(localizer, viewModel.errors(), "cases.column.country", personCountry, "personCountry"),
                        CaseForms.field(localizer, viewModel.errors(), "cases.column.bornOn", bornOn, "personBornOn")),
                new HBox(8, add, remove));
        pane.setPadding(new Insets(8, 8, 8, 0));
        return CaseForms.scrolling(pane);
    }

    Node logPane() {
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
        stepText.textProperty().bindBidirectional(viewModel.entries().stepTextProperty());
        Button add = Buttons.accent(localizer, "addStepButton", "cases.action.addStep", Feather.PLUS);
        add.setOnAction(event -> viewModel.entries().addStep());
        FormField stepDate = CaseForms.field(localizer, viewModel.errors(), "cases.column.date", DateFields.picker(localizer, "caseStepDate",
                viewModel.entries().stepDateProperty()), "stepDate");
        stepDate.setPrefWidth(200);
        DateFields.guard(add, stepDate);
        HBox dateAndAdd = new HBox(8, stepDate, add);
        dateAndAdd.setAlignment(Pos.BOTTOM_LEFT);
        VBox pane = new VBox(6, CaseForms.field(localizer, viewModel.errors(), "cases.column.step", stepText, "stepText"), dateAndAdd, table, chosen);
        pane.setPadding(new Insets(8, 8, 8, 0));
        return CaseForms.scrolling(pane);
    }

    Node documentsPane() {
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
                viewModel.entries().attach(chosen.toPath());
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
                viewModel.entries().saveDocument(document, chosen.toPath());
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
        return CaseForms.scrolling(pane);
    }
}
