package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionReport;
import ca.ccrweb.office.core.advocacy.ActionResult;
import ca.ccrweb.office.core.advocacy.ReporterKind;
import ca.ccrweb.office.core.advocacy.TargetKind;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The actions tab: the reported actions (search, filter by result, export) and the form that records one. */
final class ActionsView {
    private final ActionsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<ActionReport> table;
    private Function<FileChooser, File> openDialog = chooser -> chooser.showOpenDialog(null);

    ActionsView(ActionsViewModel viewModel, AdvocacyViewModel page, Localizer localizer, ExportFlow exports,
                Permissions permissions) {
        this.viewModel = viewModel;
        search.setId("advocacySearchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("advocacy.search.prompt"));
        search.setPrefWidth(240);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Choices.Choice<ActionResult>> result = Choices.filter(localizer, List.of(ActionResult.values()),
                viewModel.resultFilterProperty(), "advocacy.filter.allResults");
        result.setId("advocacyResultFilter");
        Label count = new Label();
        count.setId("advocacyActionCount");
        count.textProperty().bind(viewModel.countTextProperty());
        MenuButton export = exports.menuButton(format -> () -> exports.export(format, "advocacy.file.actions",
                viewModel.shown().size(), viewModel::export));
        root.setTop(PageLayout.toolbar(search, result, count, PageLayout.spacer(), export));

        table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("advocacyActionsTable");
        TableColumn<ActionReport, LocalDate> date = Tables.date(localizer, "advocacy.column.date",
                ActionReport::takenOn);
        date.setPrefWidth(105);
        date.setMinWidth(100);
        TableColumn<ActionReport, String> who = Tables.text(localizer, "advocacy.column.reporter",
                ActionReport::reporterName);
        who.setPrefWidth(180);
        TableColumn<ActionReport, String> province = Tables.text(localizer, "advocacy.column.province",
                action -> action.province().name());
        province.setPrefWidth(55);
        province.setMinWidth(55);
        TableColumn<ActionReport, ActionKind> kind = Tables.label(localizer,
                "advocacy.column.action", ActionReport::kind);
        kind.setPrefWidth(170);
        TableColumn<ActionReport, ActionResult> outcome = Tables.label(localizer, "advocacy.column.result",
                ActionReport::result);
        outcome.setPrefWidth(125);
        table.getColumns().addAll(List.of(date, who, province, kind, outcome));
        table.getSortOrder().add(date);
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.getSelectionModel().selectedItemProperty().subscribe(selected -> {
            if (viewModel.selectedProperty().get() != selected) {
                viewModel.selectedProperty().set(selected);
            }
        });
        viewModel.selectedProperty().subscribe(selected -> {
            if (selected == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        table.setPlaceholder(Tables.placeholder(Feather.FLAG, localizer.text("advocacy.actions.empty")));

        ScrollPane form = new ScrollPane(form(page, localizer, permissions));
        form.setFitToWidth(true);
        form.setPrefWidth(410);
        form.setMinWidth(390);
        BorderPane.setMargin(table, new Insets(8, 12, 0, 0));
        BorderPane.setMargin(form, new Insets(8, 0, 0, 0));
        root.setCenter(table);
        if (permissions.can(Permission.RECORD_ADVOCACY_ACTIONS)) {
            root.setRight(form);
        }
    }

    private Node form(AdvocacyViewModel page, Localizer localizer, Permissions permissions) {
        Label title = PageLayout.sectionTitle(localizer.text(() -> localizer.get(
                viewModel.selectedProperty().get() == null ? "advocacy.form.newAction" : "advocacy.form.editAction"),
                viewModel.selectedProperty()));
        ComboBox<ReporterKind> reporterKind = Choices.of(localizer, List.of(ReporterKind.values()),
                viewModel.reporterKindProperty(), "advocacy.form.choose");
        reporterKind.setId("actionReporterKind");
        ComboBox<Organization> member = Combos.of(localizer, "actionMember", page.members(), Organization::name);
        member.valueProperty().bindBidirectional(viewModel.organizationProperty());
        member.promptTextProperty().bind(localizer.text("advocacy.form.memberPrompt"));
        TextField reporter = new TextField();
        reporter.setId("actionReporterName");
        reporter.textProperty().bindBidirectional(viewModel.reporterNameProperty());
        ComboBox<Province> province = Choices.of(localizer, List.of(Province.values()), viewModel.provinceProperty(),
                "advocacy.form.choose");
        province.setId("actionProvince");
        ComboBox<ActionKind> kind = Combos.of(localizer, "actionKind",
                viewModel.kinds(), localizer::label);
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        ComboBox<TargetKind> target = Choices.of(localizer, List.of(TargetKind.values()), viewModel.targetProperty(),
                "advocacy.form.choose");
        target.setId("actionTarget");
        TextField targetName = new TextField();
        targetName.setId("actionTargetName");
        targetName.textProperty().bindBidirectional(viewModel.targetNameProperty());
        TextField riding = new TextField();
        riding.setId("actionRiding");
        riding.textProperty().bindBidirectional(viewModel.ridingProperty());
        ComboBox<ActionResult> result = Choices.of(localizer, List.of(ActionResult.values()),
                viewModel.resultProperty(), "advocacy.form.choose");
        result.setId("actionResult");
        TextArea notes = new TextArea();
        notes.setId("actionNotes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());

        Button save = Buttons.accent(localizer, "recordActionButton", "advocacy.action.record", Feather.CHECK);
        save.textProperty().unbind();
        save.textProperty().bind(localizer.text(() -> localizer.get(viewModel.selectedProperty().get() == null
                ? "advocacy.action.record" : "advocacy.action.saveCorrection"), viewModel.selectedProperty()));
        save.setOnAction(event -> viewModel.save());
        save.setDefaultButton(true);
        Button clear = Buttons.outlined(localizer, "newActionButton", "advocacy.action.newAction", Feather.PLUS);
        clear.setOnAction(event -> viewModel.startNew());
        Button delete = Buttons.outlined(localizer, "deleteActionButton", "advocacy.action.delete", Feather.TRASH_2);
        delete.setOnAction(event -> viewModel.delete());
        Button attach = Buttons.outlined(localizer, "attachFileButton", "advocacy.action.attach", Feather.PAPERCLIP);
        attach.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(localizer.get("advocacy.attach.title"));
            File chosen = openDialog.apply(chooser);
            if (chosen != null) {
                viewModel.attach(chosen.toPath());
            }
        });
        for (Button button : List.of(delete, attach)) {
            button.disableProperty().bind(viewModel.selectedProperty().isNull());
        }
        Label attachments = new Label();
        attachments.setId("actionAttachments");
        attachments.textProperty().bind(localizer.text(() -> viewModel.selectedProperty().get() == null ? ""
                : localizer.get("advocacy.form.attachments", viewModel.selectedProperty().get().attachments()),
                viewModel.selectedProperty()));
        Label error = new Label();
        error.textProperty().bind(viewModel.errors().text("attachment"));
        error.getStyleClass().add(StyleClasses.FIELD_ERROR);

        for (Button button : List.of(save, clear, delete, attach)) {
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
        }
        HBox buttons = new HBox(8, save, clear);
        HBox more = new HBox(8, delete, attach);
        VBox form = new VBox(6, title,
                pair(field(localizer, "advocacy.form.reporterKind", reporterKind, "reporterKind"),
                        field(localizer, "advocacy.form.province", province, "province")),
                field(localizer, "advocacy.form.member", member, "organization"),
                field(localizer, "advocacy.form.reporter", reporter, "reporter"),
                pair(field(localizer, "advocacy.form.kind", kind, "kind"),
                        field(localizer, "advocacy.form.target", target, "target")),
                pair(field(localizer, "advocacy.form.riding", riding, "riding"),
                        field(localizer, "advocacy.form.targetName", targetName, "targetName")),
                pair(field(localizer, "advocacy.form.takenOn",
                                DateFields.picker(localizer, "actionTakenOn", viewModel.takenOnProperty()), "takenOn"),
                        field(localizer, "advocacy.form.result", result, "result")),
                field(localizer, "advocacy.form.notes", notes, "notes"),
                buttons, more, attachments, error);
        form.setPadding(new Insets(0, 8, 8, 4));
        DateFields.guard(save, form);
        return form;
    }

    private static HBox pair(FormField left, FormField right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(200);
        right.setPrefWidth(200);
        return new HBox(8, left, right);
    }

    private FormField field(Localizer localizer, String labelKey, Control control, String name) {
        return new FormField(localizer.text(labelKey), control, viewModel.errors().text(name));
    }

    /** How a file to attach is chosen; the screen tests answer in place of the system's dialog. */
    void setOpenDialog(Function<FileChooser, File> openDialog) {
        this.openDialog = openDialog;
    }

    Node view() {
        return root;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
