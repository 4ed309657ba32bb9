package ca.ccrweb.office.desktop.membership;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.ReasonDialog;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The applications queue: pending applications, oldest first, and beside them the one selected with
 * the decision to take on it: approve (creating the administrator account) or reject with a reason.
 */
public final class ApplicationsView implements Page {
    private final ApplicationsViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<Organization> table;
    private final StackPane detailArea = new StackPane();
    private final OrganizationFormView formView;
    private final Label formTitle = new Label();
    private final VBox formPane;
    private final VBox applicationPane;
    private final Node emptyDetail;
    private final Label name = new Label();
    private final Label otherName = new Label();
    private final Label applied = new Label();
    private final GridPane facts = new GridPane();
    private boolean restoringSelection;
    private final Permissions permissions;

    public ApplicationsView(ApplicationsViewModel viewModel, Localizer localizer, Dialogs dialogs,
                            Permissions permissions) {
        this.permissions = permissions;
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        root.setId("applicationsPage");
        root.getStyleClass().add(StyleClasses.PAGE);

        search.setId("searchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("applications.search.prompt"));
        search.setPrefWidth(280);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        Label count = new Label();
        count.setId("applicationCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button newButton = Buttons.accent(localizer, "newApplicationButton", "applications.action.new", Feather.PLUS);
        newButton.setOnAction(event -> createNew());
        permissions.showOnlyIf(Permission.EDIT_ORGANIZATIONS, newButton);

        table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("applicationsTable");
        TableColumn<Organization, String> nameColumn = Tables.text(localizer, "field.name", Organization::name);
        nameColumn.setPrefWidth(240);
        nameColumn.setMinWidth(160);
        TableColumn<Organization, Province> province = Tables.label(localizer, "organizations.column.province",
                Organization::province);
        province.setPrefWidth(150);
        province.setMinWidth(90);
        TableColumn<Organization, Region> region = Tables.label(localizer, "organizations.column.region",
                Organization::region);
        region.setMinWidth(80);
        TableColumn<Organization, LocalDate> appliedOn = Tables.date(localizer, "applications.column.appliedOn",
                Organization::appliedOn);
        appliedOn.setPrefWidth(120);
        appliedOn.setMinWidth(110);
        TableColumn<Organization, String> email = Tables.text(localizer, "field.email", Organization::email);
        email.setPrefWidth(200);
        email.setMinWidth(110);
        table.getColumns().addAll(List.of(nameColumn, province, region, appliedOn, email));
        Tables.showWhenWiderThan(table, region, 700);
        Tables.showWhenWiderThan(table, email, 600);
        table.setPlaceholder(Tables.placeholder(Feather.INBOX, localizer.text(() -> localizer.get(
                viewModel.pending().isEmpty() ? "applications.empty.none" : "applications.empty.filtered"),
                viewModel.pending())));

        formView = new OrganizationFormView(viewModel.form(), localizer, this::cancelForm, permissions);
        formTitle.getStyleClass().add(Styles.TITLE_3);
        formTitle.textProperty().bind(localizer.text(() -> viewModel.form().isCreating()
                ? localizer.get("organizationForm.title.new")
                : localizer.get("applications.edit.title", viewModel.form().titleProperty().get()),
                viewModel.form().creatingProperty(), viewModel.form().titleProperty()));
        formTitle.setWrapText(true);
        formPane = new VBox(12, formTitle);
        formPane.getStyleClass().add(StyleClasses.DETAIL);
        applicationPane = applicationPane();
        emptyDetail = PageLayout.emptyState(Feather.INBOX,
                localizer.text(() -> localizer.get(viewModel.pending().isEmpty() ? "applications.empty.none"
                        : "applications.detail.emptyTitle"), viewModel.pending()),
                localizer.text(() -> localizer.get(viewModel.pending().isEmpty() ? "applications.empty.noneText"
                        : "applications.detail.emptyText"), viewModel.pending()));

        SplitPane split = new SplitPane(table, detailArea);
        split.setDividerPositions(0.58);
        SplitPane.setResizableWithParent(detailArea, false);
        detailArea.setMinWidth(440);
        VBox top = new VBox(12,
                PageLayout.header(localizer.text("applications.title"), localizer.text("applications.subtitle"),
                        newButton),
                PageLayout.toolbar(search, PageLayout.spacer(), count));
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);
        root.setCenter(split);

        viewModel.detailProperty().subscribe(this::showDetail);
        viewModel.selectedProperty().subscribe(this::showApplication);
        LanguageSwitches.follow(localizer, root, after ->
                showApplication(viewModel.selectedProperty().get()));
        keepSelectionInStep();
    }

    private VBox applicationPane() {
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        name.setMinHeight(Label.USE_PREF_SIZE);
        name.setId("applicationName");
        otherName.getStyleClass().add(Styles.TEXT_MUTED);
        otherName.managedProperty().bind(otherName.visibleProperty());
        Label badge = new Label();
        StatusBadge.show(badge, MembershipStatus.APPLIED, localizer);
        LanguageSwitches.follow(localizer, badge, after ->
                StatusBadge.show(badge, MembershipStatus.APPLIED, localizer));
        VBox names = new VBox(2, name, otherName);
        HBox.setHgrow(names, Priority.ALWAYS);
        HBox header = new HBox(12, names, badge);
        header.setAlignment(Pos.TOP_LEFT);
        applied.getStyleClass().add(Styles.TEXT_MUTED);

        Button approve = Buttons.accent(localizer, "approveButton", "applications.action.approve", Feather.CHECK);
        approve.disableProperty().bind(viewModel.decidingProperty());
        approve.setOnAction(event -> approveSelected());
        Button reject = Buttons.outlined(localizer, "rejectButton", "applications.action.reject", Feather.X);
        reject.getStyleClass().add(Styles.DANGER);
        reject.disableProperty().bind(viewModel.decidingProperty());
        reject.setOnAction(event -> rejectSelected());
        Button edit = Buttons.outlined(localizer, "editApplicationButton", "applications.action.edit", Feather.EDIT_2);
        edit.getStyleClass().add(Styles.FLAT);
        edit.setOnAction(event -> viewModel.editSelected());
        permissions.showOnlyIf(Permission.DECIDE_MEMBERSHIP, approve, reject);
        permissions.showOnlyIf(Permission.EDIT_ORGANIZATIONS, edit);
        FlowPane actions = new FlowPane(8, 8, approve, reject, edit);
        actions.getChildren().forEach(button -> ((Button) button).setMinWidth(Button.USE_PREF_SIZE));

        facts.setHgap(16);
        facts.setVgap(10);
        ColumnConstraints names2 = new ColumnConstraints();
        names2.setMinWidth(150);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(names2, values);
        ScrollPane scroller = new ScrollPane(facts);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        VBox pane = new VBox(12, header, applied, actions, scroller);
        pane.setId("applicationDetail");
        pane.getStyleClass().add(StyleClasses.DETAIL);
        return pane;
    }

    private void showApplication(Organization application) {
        if (application == null) {
            return;
        }
        name.setText(application.name());
        otherName.setText(application.nameOtherLanguage());
        otherName.setVisible(application.nameOtherLanguage() != null);
        long days = viewModel.daysWaiting(application);
        String appliedOn = localizer.get("applications.detail.appliedOn", localizer.date(application.appliedOn()));
        applied.setText(days < 1 ? appliedOn
                : appliedOn + " · " + localizer.plural("applications.detail.waiting", days, days));
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "organizationForm.field.contactName", Stream.of(application.applicationContactName(),
                application.applicationContactEmail()).filter(Objects::nonNull).collect(Collectors.joining(" · ")));
        row = fact(row, "field.email", application.email());
        row = fact(row, "field.phone", application.phone());
        row = fact(row, "field.website", application.website());
        row = fact(row, "applications.detail.address", String.join(", ", Stream.of(
                application.streetAddress(), application.city(), application.postalCode())
                .filter(Objects::nonNull).toList()));
        String province = localizer.label(application.province());
        String region = localizer.label(application.region());
        row = fact(row, "field.province", region.equals(province) ? province
                : province + " (" + localizer.get("organizations.facts.region", region) + ")");
        row = fact(row, "field.language", localizer.label(application.language()));
        row = fact(row, "organizationForm.section.services", localizer.labels(application.services()));
        row = fact(row, "organizationForm.section.clienteles", localizer.labels(application.clienteles()));
        fact(row, "field.notes", application.notes());
    }

    private int fact(int row, String labelKey, String value) {
        Label label = new Label(localizer.get(labelKey));
        label.getStyleClass().add(StyleClasses.FACT_NAME);
        label.setWrapText(true);
        Label text = new Label(value == null || value.isBlank() ? "—" : value);
        text.getStyleClass().add(StyleClasses.FACT_VALUE);
        text.setWrapText(true);
        GridPane.setValignment(label, VPos.TOP);
        facts.add(label, 0, row);
        facts.add(text, 1, row);
        return row + 1;
    }

    private void showDetail(ApplicationsViewModel.Detail detail) {
        formPane.getChildren().remove(formView);
        switch (detail) {
            case NOTHING -> detailArea.getChildren().setAll(emptyDetail);
            case APPLICATION -> detailArea.getChildren().setAll(applicationPane);
            case EDITING, NEW_APPLICATION -> {
                VBox.setVgrow(formView, Priority.ALWAYS);
                formPane.getChildren().add(formView);
                detailArea.getChildren().setAll(formPane);
                Platform.runLater(formView::focusFirstField);
            }
        }
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
            table.scrollTo(organization);
        }
    }

    private void approveSelected() {
        Organization application = viewModel.selectedProperty().get();
        if (application != null) {
            ApproveDialog.ask(dialogs, viewModel, application);
        }
    }

    private void rejectSelected() {
        Organization application = viewModel.selectedProperty().get();
        if (application == null) {
            return;
        }
        ReasonDialog.ask(dialogs, localizer.get("applications.reject.header", application.name()),
                localizer.get("applications.reject.text"), localizer.get("applications.action.reject"),
                ReasonDialog.Reason.REQUIRED, true)
                .ifPresent(viewModel::reject);
    }

    private void cancelForm() {
        if (!viewModel.form().isDirty() || dialogs.confirmDiscard()) {
            viewModel.closeForm();
        }
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
    public boolean confirmLeave() {
        if (!viewModel.isFormOpen() || !viewModel.form().isDirty()) {
            return true;
        }
        if (!dialogs.confirmDiscard()) {
            return false;
        }
        viewModel.closeForm();
        return true;
    }
}
