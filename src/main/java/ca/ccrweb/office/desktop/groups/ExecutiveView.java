package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.governance.ExecutivePosition;
import ca.ccrweb.office.core.governance.ExecutiveTerm;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Tables;
import ca.ccrweb.office.desktop.events.FormDialog;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;
import java.util.List;

/** The executive committee tab: who holds each position, elected at which general assembly, for which term. */
final class ExecutiveView {
    private final ExecutiveViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final ExportFlow exports;
    private final VBox root = new VBox(10);
    private final MenuButton export;

    ExecutiveView(ExecutiveViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.exports = exports;
        root.setId("executiveTab");
        root.setPadding(new Insets(10, 0, 0, 0));
        TableView<ExecutiveTerm> table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("executiveTable");
        TableColumn<ExecutiveTerm, ExecutivePosition> position = Tables.label(localizer, "executive.column.position",
                ExecutiveTerm::position);
        position.setPrefWidth(190);
        position.setMinWidth(170);
        TableColumn<ExecutiveTerm, String> name = Tables.text(localizer, "executive.column.name",
                ExecutiveTerm::fullName);
        name.setPrefWidth(200);
        TableColumn<ExecutiveTerm, String> organization = Tables.text(localizer, "executive.column.organization",
                ExecutiveTerm::organizationName);
        organization.setPrefWidth(280);
        TableColumn<ExecutiveTerm, String> elected = Tables.text(localizer, "executive.column.electedAt",
                term -> term.electedAt(localizer.language()));
        elected.setPrefWidth(280);
        TableColumn<ExecutiveTerm, LocalDate> starts = Tables.date(localizer, "executive.column.startsOn",
                ExecutiveTerm::startsOn);
        TableColumn<ExecutiveTerm, LocalDate> ends = Tables.date(localizer, "executive.column.endsOn",
                ExecutiveTerm::endsOn);
        starts.setMinWidth(130);
        ends.setMinWidth(130);
        table.getColumns().addAll(List.of(position, name, organization, elected, starts, ends));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(Tables.placeholder(Feather.USERS, localizer.text("executive.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        VBox.setVgrow(table, Priority.ALWAYS);

        CheckBox serving = new CheckBox();
        serving.setId("servingOnly");
        serving.textProperty().bind(localizer.text("executive.filter.serving"));
        serving.selectedProperty().bindBidirectional(viewModel.servingOnlyProperty());
        Button add = Buttons.accent(localizer, "addExecutiveTermButton", "executive.action.add", Feather.PLUS);
        add.setOnAction(event -> createNew());
        Button end = Buttons.outlined(localizer, "endExecutiveTermButton", "groups.action.endTerm", Feather.CALENDAR);
        end.disableProperty().bind(viewModel.selectedProperty().isNull());
        end.setOnAction(event -> askEnd());
        for (Button button : List.of(add, end)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
            button.setVisible(viewModel.canManage());
            button.setManaged(viewModel.canManage());
        }
        export = exports.menuButton(format -> () -> exports.export(format, "executive.file.roster",
                viewModel.shown().size(), viewModel::export));
        export.getItems().add(new SeparatorMenuItem());
        for (Language language : Language.values()) {
            MenuItem pdf = new MenuItem();
            pdf.setId("exportRosterPdf-" + language.code());
            pdf.textProperty().bind(localizer.text(() -> localizer.get("executive.roster.export",
                    localizer.label(language), "PDF")));
            pdf.setOnAction(event -> exports.exportNamed(ExportFormat.PDF,
                    localizer.get("executive.file.rosterPage", language.code()), 1,
                    (format, file, progress) -> viewModel.writeRoster(language, false, file)));
            MenuItem html = new MenuItem();
            html.setId("exportRosterHtml-" + language.code());
            html.textProperty().bind(localizer.text(() -> localizer.get("executive.roster.export",
                    localizer.label(language), "HTML")));
            html.setOnAction(event -> exports.exportFile(localizer.get("executive.file.rosterPage", language.code()),
                    "html", "HTML", (format, file, progress) -> viewModel.writeRoster(language, true, file)));
            export.getItems().addAll(pdf, html);
        }
        root.getChildren().addAll(PageLayout.toolbar(serving, PageLayout.spacer(), end, export, add), table);
    }

    void createNew() {
        if (!viewModel.canManage()) {
            return;
        }
        viewModel.startForm();
        ComboBox<ExecutivePosition> position = Choices.of(localizer, List.of(ExecutivePosition.values()),
                viewModel.positionProperty(), "executive.prompt.position");
        position.setId("positionField");
        GridPane grid = FormDialog.twoColumns();
        grid.add(field("position", "field.position", position), 0, 0);
        ComboBox<Event> assembly = Picks.of(localizer, "electedAtField",
                FXCollections.observableArrayList(viewModel.assemblies()), viewModel.electedAtProperty(),
                event -> event.title(localizer.language()), "executive.prompt.electedAt");
        grid.add(field("electedAt", "field.electedAt", assembly), 1, 0);
        grid.add(field("fullName", "field.fullName", FormDialog.textField("fullNameField",
                viewModel.fullNameProperty())), 0, 1);
        grid.add(field("email", "field.email", FormDialog.textField("emailField", viewModel.emailProperty())), 1, 1);
        grid.add(field("organization", "groups.field.organization", Picks.of(localizer, "organizationField",
                viewModel.memberOrganizations(), viewModel.organizationProperty(), Organization::name,
                "groups.prompt.organization")), 0, 2, 2, 1);
        grid.add(field("startsOn", "field.startsOn", DateFields.picker(localizer, "startsOnField",
                viewModel.startsOnProperty())), 0, 3);
        grid.add(field("endsOn", "field.endsOn", DateFields.picker(localizer, "endsOnField",
                viewModel.endsOnProperty())), 1, 3);
        FormDialog.show(dialogs, "executiveTermDialog", localizer.get("executive.title.add"),
                localizer.get("groups.action.saveTerm"), Feather.SAVE, grid, 640, viewModel.savingProperty(),
                viewModel::save, position);
    }

    private void askEnd() {
        ObjectProperty<LocalDate> day =
                new SimpleObjectProperty<>(viewModel.today());
        var picker = DateFields.picker(localizer, "endDateField", day);
        FormDialog.show(dialogs, "endDateDialog", localizer.get("groups.confirm.endTerm"),
                localizer.get("groups.action.record"), Feather.CHECK, picker, 380,
                new SimpleBooleanProperty(false), close -> {
                    close.run();
                    if (day.get() != null) {
                        viewModel.endSelected(day.get());
                    }
                }, picker);
    }

    void export() {
        export.show();
    }

    private Node field(String name, String labelKey, Control control) {
        return FormDialog.field(localizer, labelKey, control, viewModel.errors().text(name));
    }

    Node view() {
        return root;
    }
}
