package ca.ccrweb.office.desktop.contacts;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.ExportWriters;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** People: search as you type, likely duplicates with why, and the merge of two chosen field by field. */
public final class ContactsView implements Page {
    private final ContactsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final HBox header;
    private final MenuButton exportButton;

    public ContactsView(ContactsViewModel viewModel, Localizer localizer, Permissions permissions, ExportFlow exports,
                        ExportWriters writers) {
        this.viewModel = viewModel;
        root.setId("contactsPage");
        root.getStyleClass().add(StyleClasses.PAGE);

        search.setId("contactSearchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("contacts.search.prompt"));
        search.setPrefWidth(400);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        Label count = new Label();
        count.setId("contactCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);

        TableView<Contact> table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("contactsTable");
        TableColumn<Contact, String> name = Tables.text(localizer, "field.fullName", Contact::fullName);
        name.setPrefWidth(220);
        TableColumn<Contact, String> email = Tables.text(localizer, "field.email", Contact::email);
        email.setPrefWidth(220);
        TableColumn<Contact, String> phone = Tables.text(localizer, "field.phone", Contact::phone);
        phone.setPrefWidth(120);
        TableColumn<Contact, String> organization = Tables.text(localizer, "contacts.column.organization",
                viewModel::organization);
        organization.setPrefWidth(200);
        table.getColumns().addAll(List.of(name, email, phone, organization));
        table.getSortOrder().add(name);
        table.setPlaceholder(Tables.placeholder(Feather.USERS, localizer.text("contacts.empty")));

        exportButton = exports.menuButton(format -> () -> {
            List<Contact> rows = List.copyOf(table.getItems());
            exports.export(format, "contacts.export.fileName", rows.size(),
                    writers.contacts(rows, viewModel.organizationNames(), localizer.messages()));
        });
        header = PageLayout.header(localizer.text("contacts.title"), localizer.text("contacts.subtitle"), exportButton);
        VBox top = new VBox(12, header, PageLayout.toolbar(search, PageLayout.spacer(), count));
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);

        SplitPane split = new SplitPane(table, duplicatesPanel(localizer, permissions));
        split.setDividerPositions(0.5);
        root.setCenter(split);
    }

    private Node duplicatesPanel(Localizer localizer, Permissions permissions) {
        Label title = new Label();
        title.textProperty().bind(localizer.text("contacts.duplicates.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        ListView<ContactsViewModel.DuplicateGroup> groups = new ListView<>(viewModel.duplicates());
        groups.setId("duplicatesList");
        groups.setPrefHeight(160);
        groups.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ContactsViewModel.DuplicateGroup group, boolean empty) {
                super.updateItem(group, empty);
                setText(empty || group == null ? null : group.contacts().stream().map(Contact::fullName)
                        .collect(Collectors.joining(" · ")) + " — " + localizer.get(group.reasonKey()));
            }
        });
        Label noDuplicates = new Label();
        noDuplicates.textProperty().bind(localizer.text("contacts.duplicates.none"));
        groups.setPlaceholder(noDuplicates);
        groups.getSelectionModel().selectedItemProperty().subscribe(group -> {
            if (group != null) {
                viewModel.selectedGroupProperty().set(group);
            }
        });
        viewModel.selectedGroupProperty().subscribe(group -> {
            if (group != null && groups.getSelectionModel().getSelectedItem() != group) {
                groups.getSelectionModel().select(group);
            }
        });

        GridPane grid = new GridPane(12, 8);
        grid.setId("mergeGrid");
        grid.getColumnConstraints().addAll(new ColumnConstraints(), growing(), growing());
        grid.add(headerLabel(localizer, "contacts.merge.kept"), 1, 0);
        grid.add(headerLabel(localizer, "contacts.merge.merged"), 2, 0);
        int row = 1;
        for (ContactsViewModel.MergeField field : ContactsViewModel.MergeField.values()) {
            Label label = new Label();
            label.textProperty().bind(localizer.text("contacts.merge.field." + field.name()));
            label.setMinWidth(Label.USE_PREF_SIZE);
            ToggleGroup choice = new ToggleGroup();
            RadioButton left = new RadioButton();
            left.setId("keepLeft-" + field.name().toLowerCase(Locale.ROOT));
            left.textProperty().bind(localizer.text(() -> viewModel.value(viewModel.leftProperty().get(), field),
                    viewModel.leftProperty()));
            RadioButton right = new RadioButton();
            right.setId("keepRight-" + field.name().toLowerCase(Locale.ROOT));
            right.textProperty().bind(localizer.text(() -> viewModel.value(viewModel.rightProperty().get(), field),
                    viewModel.rightProperty()));
            left.setToggleGroup(choice);
            right.setToggleGroup(choice);
            left.setSelected(true);
            right.selectedProperty().bindBidirectional(viewModel.keepRightProperty(field));
            viewModel.keepRightProperty(field).subscribe(keepRight -> left.setSelected(!keepRight));
            left.setWrapText(true);
            right.setWrapText(true);
            grid.addRow(row++, label, left, right);
        }
        Button swap = Buttons.outlined(localizer, "swapContactsButton", "contacts.action.swap", Feather.REPEAT);
        swap.disableProperty().bind(viewModel.canMergeProperty().not());
        swap.setOnAction(event -> viewModel.swap());
        Button merge = Buttons.accent(localizer, "mergeContactsButton", "contacts.action.merge", Feather.GIT_MERGE);
        merge.disableProperty().bind(viewModel.canMergeProperty().not());
        merge.setOnAction(event -> viewModel.merge());
        permissions.showOnlyIf(Permission.MANAGE_REGISTRATIONS, swap, merge);
        Label explanation = new Label();
        explanation.textProperty().bind(localizer.text("contacts.merge.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        VBox panel = new VBox(12, title, groups, grid, explanation, PageLayout.toolbar(swap, merge));
        panel.setPadding(new Insets(0, 0, 0, 16));
        panel.setMinWidth(420);
        groups.setMaxHeight(160);
        return panel;
    }

    private static ColumnConstraints growing() {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setHgrow(Priority.ALWAYS);
        constraints.setPercentWidth(38);
        return constraints;
    }

    private static Label headerLabel(Localizer localizer, String key) {
        Label label = new Label();
        label.textProperty().bind(localizer.text(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    /** An action beside the title (Import…), before Export. */
    public void addHeaderAction(Node action) {
        if (action instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        header.getChildren().add(header.getChildren().size() - 1, action);
    }

    @Override
    public void export() {
        exportButton.show();
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
    }
}
