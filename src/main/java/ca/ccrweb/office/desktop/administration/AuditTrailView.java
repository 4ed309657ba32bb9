package ca.ccrweb.office.desktop.administration;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditOutcome;
import ca.ccrweb.office.core.audit.AuditReading;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.ExportWriters;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** The Audit trail tab: the lines newest first, filters, the selected line's values before and after, export. */
final class AuditTrailView extends BorderPane {
    private final CustomTextField search = new CustomTextField();
    private final MenuButton exportButton;

    AuditTrailView(AuditTrailViewModel viewModel, Localizer localizer, ExportFlow exports, ExportWriters writers) {
        setId("auditTab");
        search.setId("auditSearchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("administration.audit.search.prompt"));
        search.setPrefWidth(280);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Choices.Choice<AuditOutcome>> outcome = Choices.filter(localizer, List.of(AuditOutcome.values()),
                viewModel.outcomeProperty(), "administration.audit.filter.allOutcomes");
        outcome.setId("auditOutcomeFilter");
        Label fromLabel = new Label();
        fromLabel.textProperty().bind(localizer.text("administration.audit.filter.from"));
        DatePicker from = DateFields.picker(localizer, "auditFrom", viewModel.fromProperty());
        from.setPrefWidth(140);
        Label toLabel = new Label();
        toLabel.textProperty().bind(localizer.text("administration.audit.filter.to"));
        DatePicker to = DateFields.picker(localizer, "auditTo", viewModel.toProperty());
        to.setPrefWidth(140);
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip clearTip = new Tooltip();
        clearTip.textProperty().bind(localizer.text("common.action.clearFilters"));
        clear.setTooltip(clearTip);
        clear.setOnAction(event -> viewModel.clearFilters());
        Label count = new Label();
        count.setId("auditCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);

        TableView<AuditEntry> table = Tables.sortable(viewModel.entries(), localizer);
        exportButton = exports.menuButton(format -> () -> export(exports, writers, localizer, format,
                List.copyOf(table.getItems())));
        table.setId("auditTable");
        TableColumn<AuditEntry, Instant> when = new TableColumn<>();
        when.textProperty().bind(localizer.text("administration.audit.column.when"));
        when.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().occurredAt()));
        when.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localizer.dateTime(item));
            }
        });
        when.setPrefWidth(160);
        TableColumn<AuditEntry, String> workstation = Tables.text(localizer,
                "administration.audit.column.workstation", AuditEntry::workstation);
        TableColumn<AuditEntry, String> who = Tables.text(localizer, "administration.audit.column.actor",
                entry -> viewModel.readingProperty().get().who(entry));
        who.setPrefWidth(150);
        TableColumn<AuditEntry, String> what = Tables.text(localizer, "administration.audit.column.what",
                entry -> viewModel.readingProperty().get().what(entry));
        what.setPrefWidth(260);
        table.getColumns().addAll(List.of(when, who, workstation, what,
                Tables.text(localizer, "administration.audit.column.record", AuditEntry::entityId),
                Tables.label(localizer, "administration.audit.column.outcome", AuditEntry::outcome)));
        Tables.showWhenWiderThan(table, workstation, 760);
        table.setPlaceholder(Tables.placeholder(Feather.LIST, localizer.text("administration.audit.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);

        SplitPane split = new SplitPane(table, detail(viewModel, localizer));
        split.setDividerPositions(0.6);
        VBox top = new VBox(8, PageLayout.toolbar(search, outcome, fromLabel, from, toLabel, to, clear),
                PageLayout.toolbar(count, PageLayout.spacer(), exportButton));
        top.setPadding(new Insets(12, 0, 12, 0));
        setTop(top);
        setCenter(split);
    }

    /** The selected line as a sentence, then its fields before and after, labelled and translated. */
    private static VBox detail(AuditTrailViewModel viewModel, Localizer localizer) {
        Label none = new Label();
        none.textProperty().bind(localizer.text("administration.audit.detail.none"));
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(viewModel.selectedProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        Label sentence = new Label();
        sentence.setId("auditSentence");
        sentence.textProperty().bind(viewModel.sentenceProperty());
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.getStyleClass().add(Styles.TEXT_BOLD);
        TableView<AuditReading.FieldChange> fields = new TableView<>(viewModel.changes());
        fields.setId("auditFields");
        fields.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fields.getColumns().addAll(List.of(
                fieldColumn(localizer, "administration.audit.column.field", AuditReading.FieldChange::field),
                fieldColumn(localizer, "administration.audit.column.before", AuditReading.FieldChange::before),
                fieldColumn(localizer, "administration.audit.column.after", AuditReading.FieldChange::after)));
        Tables.fitHeaders(fields);
        fields.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AuditReading.FieldChange item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CHANGED, !empty && item != null && item.changed());
            }
        });
        VBox.setVgrow(fields, Priority.ALWAYS);
        for (var part : List.of(sentence, fields)) {
            part.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
            part.managedProperty().bind(part.visibleProperty());
        }
        VBox detail = new VBox(12, none, sentence, fields);
        detail.setId("auditDetail");
        detail.getStyleClass().add(StyleClasses.DETAIL);
        detail.setMinWidth(240);
        return detail;
    }

    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private static TableColumn<AuditReading.FieldChange, String> fieldColumn(
            Localizer localizer, String headerKey, Function<AuditReading.FieldChange, String> value) {
        TableColumn<AuditReading.FieldChange, String> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setSortable(false);
        return column;
    }

    private static void export(ExportFlow exports, ExportWriters writers, Localizer localizer, ExportFormat format,
                               List<AuditEntry> rows) {
        exports.export(format, "administration.audit.export.fileName", rows.size(),
                writers.audit(rows, localizer.messages()));
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    void showExportMenu() {
        exportButton.show();
    }
}
