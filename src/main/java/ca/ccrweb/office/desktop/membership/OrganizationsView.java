package ca.ccrweb.office.desktop.membership;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.ExportWriters;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/**
 * Member organizations: search and filters above a sortable table, the selected organization's detail
 * beside it, and a new membership application in the same place.
 */
public final class OrganizationsView implements Page {
    private final HBox header;
    private final OrganizationsViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<Organization> table;
    private final MenuButton exportButton;
    private final OrganizationFormView formView;
    private final OrganizationDetailView detailView;
    private final VBox newApplicationPane;
    private final StackPane detailArea = new StackPane();
    private final SplitPane split = new SplitPane();
    private boolean restoringSelection;
    private final Permissions permissions;

    public OrganizationsView(OrganizationsViewModel viewModel, Node accountsView, Localizer localizer,
                             Dialogs dialogs, ExportFlow exports, ExportWriters writers, Permissions permissions) {
        this.permissions = permissions;
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        root.setId("organizationsPage");
        root.getStyleClass().add(StyleClasses.PAGE);

        search.setId("searchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("organizations.search.prompt"));
        search.setPrefWidth(280);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Choices.Choice<MembershipStatus>> status = Choices.filter(localizer,
                List.of(MembershipStatus.values()), viewModel.statusProperty(), "organizations.filter.allStatuses");
        status.setId("statusFilter");
        ComboBox<Choices.Choice<Province>> province = Choices.filter(localizer, List.of(Province.values()),
                viewModel.provinceProperty(), "organizations.filter.allProvinces");
        province.setId("provinceFilter");
        ComboBox<Choices.Choice<Region>> region = Choices.filter(localizer, List.of(Region.values()),
                viewModel.regionProperty(), "organizations.filter.allRegions");
        region.setId("regionFilter");
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.setId("clearFiltersButton");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip clearTip = new Tooltip();
        clearTip.textProperty().bind(localizer.text("common.action.clearFilters"));
        clear.setTooltip(clearTip);
        clear.setOnAction(event -> viewModel.clearFilters());
        Label count = new Label();
        count.setId("organizationCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button newButton = new Button();
        newButton.setId("newOrganizationButton");
        newButton.textProperty().bind(localizer.text("organizations.action.new"));
        newButton.setGraphic(Icons.of(Feather.PLUS));
        newButton.getStyleClass().add(Styles.ACCENT);
        newButton.setOnAction(event -> createNew());
        permissions.showOnlyIf(Permission.EDIT_ORGANIZATIONS, newButton);
        exportButton = exports.menuButton(format -> () -> export(exports, writers, format));

        table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("organizationsTable");
        TableColumn<Organization, String> nameColumn = Tables.text(localizer, "field.name", Organization::name);
        nameColumn.setPrefWidth(260);
        nameColumn.setMinWidth(160);
        TableColumn<Organization, MembershipStatus> statusColumn = Tables.label(localizer,
                "organizations.column.status", Organization::status);
        statusColumn.setCellFactory(column -> StatusBadge.cell(localizer));
        statusColumn.setPrefWidth(150);
        statusColumn.setMinWidth(140);
        TableColumn<Organization, Province> provinceColumn = Tables.label(localizer, "organizations.column.province",
                Organization::province);
        provinceColumn.setPrefWidth(150);
        provinceColumn.setMinWidth(90);
        TableColumn<Organization, Region> regionColumn = Tables.label(localizer, "organizations.column.region",
                Organization::region);
        regionColumn.setMinWidth(80);
        TableColumn<Organization, String> emailColumn = Tables.text(localizer, "field.email", Organization::email);
        emailColumn.setPrefWidth(200);
        emailColumn.setMinWidth(110);
        var memberSince = Tables.date(localizer, "organizations.column.memberSince", Organization::memberSince);
        memberSince.setMinWidth(110);
        table.getColumns().addAll(List.of(nameColumn, statusColumn, provinceColumn, regionColumn, emailColumn,
                memberSince));
        Tables.showWhenWiderThan(table, regionColumn, 820);
        Tables.showWhenWiderThan(table, memberSince, 740);
        Tables.showWhenWiderThan(table, emailColumn, 660);
        table.getSortOrder().add(nameColumn);
        table.setPlaceholder(Tables.placeholder(Feather.USERS, localizer.text(() -> localizer.get(
                viewModel.organizations().isEmpty() ? "organizations.empty.none" : "organizations.empty.filtered"),
                viewModel.organizations())));

        formView = new OrganizationFormView(viewModel.form(), localizer, this::cancelForm, permissions);
        detailView = new OrganizationDetailView(viewModel, accountsView, localizer, dialogs, permissions);
        newApplicationPane = new VBox(8, PageLayout.header(localizer.text("organizationForm.title.new"),
                localizer.text("organizationForm.subtitle.new")));
        newApplicationPane.getStyleClass().add(StyleClasses.DETAIL);
        newApplicationPane.setId("newApplicationPane");
        viewModel.detailProperty().subscribe(this::showDetail);

        SplitPane.setResizableWithParent(detailArea, false);
        detailArea.setMinWidth(460);
        header = PageLayout.header(localizer.text("organizations.title"), localizer.text("organizations.subtitle"),
                        newButton, exportButton);
        VBox top = new VBox(12,
                header,
                PageLayout.toolbar(search, status, province, region, clear, PageLayout.spacer(), count));
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);
        root.setCenter(split);

        keepSelectionInStep();
    }

    /** A further tab in the selected organization's detail (its dues), kept beside the others. */
    public void addDetailTab(Tab tab) {
        detailView.addTab(tab);
    }

    private void keepSelectionInStep() {
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (restoringSelection || chosen == null || chosen == viewModel.selectedProperty().get()) {
                return;
            }
            if (!confirmLeave()) {
                restoringSelection = true;
                Platform.runLater(() -> {
                    selectInTable(viewModel.selectedProperty().get());
                    restoringSelection = false;
                });
                return;
            }
            viewModel.selectedProperty().set(chosen);
        });
        viewModel.selectedProperty().subscribe(this::selectInTable);
    }

    private void selectInTable(Organization organization) {
        if (organization == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != organization) {
            table.getSelectionModel().select(organization);
        }
    }

    private void showDetail(OrganizationsViewModel.Detail detail) {
        detailView.showForm(null);
        newApplicationPane.getChildren().remove(formView);
        switch (detail) {
            case NOTHING -> split.getItems().setAll(table);
            case ORGANIZATION -> {
                detailView.showForm(formView);
                detailArea.getChildren().setAll(detailView);
                showDetailArea();
            }
            case NEW_APPLICATION -> {
                VBox.setVgrow(formView, Priority.ALWAYS);
                newApplicationPane.getChildren().add(formView);
                detailArea.getChildren().setAll(newApplicationPane);
                showDetailArea();
                Platform.runLater(formView::focusFirstField);
            }
        }
    }

    /** The detail takes its place beside the list only while there is something to show in it. */
    private void showDetailArea() {
        if (!split.getItems().contains(detailArea)) {
            split.getItems().setAll(table, detailArea);
            split.setDividerPositions(0.58);
        }
    }

    private void cancelForm() {
        if (viewModel.form().isCreating()) {
            if (!viewModel.form().isDirty() || dialogs.confirmDiscard()) {
                viewModel.cancelNewApplication();
            }
        } else {
            viewModel.form().revert();
        }
    }

    private void export(ExportFlow exports, ExportWriters writers, ExportFormat format) {
        List<Organization> rows = List.copyOf(table.getItems());
        exports.export(format, "organizations.export.fileName", rows.size(),
                writers.organizations(rows, localizer.messages()));
    }

    /** An action beside the page's own (Import…), before Export. */
    public void addHeaderAction(Node action) {
        if (action instanceof javafx.scene.layout.Region region) {
            region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        header.getChildren().add(header.getChildren().size() - 1, action);
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
        if (permissions.can(Permission.EDIT_ORGANIZATIONS) && confirmLeave()) {
            viewModel.startNewApplication();
        }
    }

    @Override
    public void export() {
        if (exportButton.isVisible()) {
            exportButton.show();
        }
    }

    @Override
    public boolean confirmLeave() {
        OrganizationFormViewModel form = viewModel.form();
        if (!form.isDirty()) {
            return true;
        }
        if (!dialogs.confirmDiscard()) {
            return false;
        }
        if (form.isCreating()) {
            viewModel.cancelNewApplication();
        } else {
            form.revert();
        }
        return true;
    }
}
