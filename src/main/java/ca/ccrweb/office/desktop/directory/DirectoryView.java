package ca.ccrweb.office.desktop.directory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.core.membership.ServiceOffered;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.ArrayList;
import java.util.List;

/**
 * The member directory: search and the four filters above the list of active members, the card of the one
 * selected beside it (contacts, people, services, clientele, language), and exports of what is found.
 */
public final class DirectoryView implements Page {
    private final DirectoryViewModel viewModel;
    private final Localizer localizer;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<Organization> table;
    private final MenuButton exportButton;
    private final VBox card = new VBox(10);

    public DirectoryView(DirectoryViewModel viewModel, Localizer localizer, ExportFlow exports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        root.setId("directoryPage");
        root.getStyleClass().add(StyleClasses.PAGE);

        search.setId("directorySearch");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("directory.search.prompt"));
        search.setPrefWidth(220);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Choices.Choice<Region>> region = Choices.filter(localizer, List.of(Region.values()),
                viewModel.regionProperty(), "organizations.filter.allRegions");
        region.setId("directoryRegion");
        ComboBox<Choices.Choice<Province>> province = Choices.filter(localizer, List.of(Province.values()),
                viewModel.provinceProperty(), "organizations.filter.allProvinces");
        province.setId("directoryProvince");
        ComboBox<Choices.Choice<ServiceOffered>> service = Choices.filter(localizer, List.of(ServiceOffered.values()),
                viewModel.serviceProperty(), "directory.filter.allServices");
        service.setId("directoryService");
        service.setPrefWidth(200);
        ComboBox<Choices.Choice<Clientele>> clientele = Choices.filter(localizer, List.of(Clientele.values()),
                viewModel.clienteleProperty(), "directory.filter.allClienteles");
        clientele.setId("directoryClientele");
        clientele.setPrefWidth(200);
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.setId("directoryClearFilters");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip clearTip = new Tooltip();
        clearTip.textProperty().bind(localizer.text("common.action.clearFilters"));
        clear.setTooltip(clearTip);
        clear.setOnAction(event -> viewModel.clearFilters());
        Label count = new Label();
        count.setId("directoryCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);
        exportButton = exports.menuButton(format -> () -> export(exports, format));

        table = Tables.sortable(viewModel.found(), localizer);
        table.setId("directoryTable");
        TableColumn<Organization, String> name = Tables.text(localizer, "field.name", Organization::name);
        name.setPrefWidth(280);
        TableColumn<Organization, String> city = Tables.text(localizer, "field.city", Organization::city);
        city.setPrefWidth(130);
        TableColumn<Organization, Region> regionColumn = Tables.label(localizer, "organizations.column.region",
                Organization::region);
        regionColumn.setPrefWidth(150);
        TableColumn<Organization, String> services = Tables.text(localizer, "export.organizations.services",
                o -> localizer.labels(o.services()));
        services.setPrefWidth(260);
        table.getColumns().addAll(List.of(name, city, regionColumn, services));
        Tables.showWhenWiderThan(table, services, 700);
        table.getSortOrder().add(name);
        table.setPlaceholder(Tables.placeholder(Feather.BOOK_OPEN, localizer.text("directory.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (chosen != null) {
                viewModel.selectedProperty().set(chosen);
            }
        });

        card.setId("directoryCard");
        card.getStyleClass().add(StyleClasses.DETAIL);
        card.setPadding(new Insets(4, 4, 4, 12));
        ScrollPane cardScroll = new ScrollPane(card);
        cardScroll.setFitToWidth(true);
        cardScroll.setMinWidth(340);
        SplitPane.setResizableWithParent(cardScroll, false);
        SplitPane split = new SplitPane(table, cardScroll);
        split.setDividerPositions(0.62);
        viewModel.selectedProperty().subscribe(this::showCard);
        viewModel.people().addListener((ListChangeListener<Account>) change -> showCard(viewModel.selectedProperty().get()));
        LanguageSwitches.follow(localizer, card, after -> showCard(viewModel.selectedProperty().get()));

        FlowPane filters = new FlowPane(8, 8, search, region, province, service, clientele, clear, count);
        VBox top = new VBox(12,
                PageLayout.header(localizer.text("directory.title"), localizer.text("directory.subtitle"), exportButton),
                filters);
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);
        root.setCenter(split);
    }

    private void showCard(Organization organization) {
        card.getChildren().clear();
        if (organization == null) {
            card.getChildren().add(PageLayout.emptyState(Feather.BOOK_OPEN, localizer.text("directory.card.none"),
                    localizer.text("directory.card.choose")));
            return;
        }
        Label title = new Label(organization.name());
        title.setId("directoryCardName");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        card.getChildren().add(title);
        if (organization.nameOtherLanguage() != null) {
            Label other = new Label(organization.nameOtherLanguage());
            other.getStyleClass().add(Styles.TEXT_MUTED);
            other.setWrapText(true);
            card.getChildren().add(other);
        }
        List<String> address = new ArrayList<>();
        for (String part : new String[]{organization.streetAddress(), organization.city(),
                localizer.label(organization.province()), organization.postalCode()}) {
            if (part != null) {
                address.add(part);
            }
        }
        fact("directory.card.address", String.join(", ", address));
        fact("field.email", organization.email());
        fact("field.phone", organization.phone());
        fact("field.website", organization.website());
        fact("directory.card.language", localizer.label(organization.language()));
        fact("export.organizations.services", localizer.labels(organization.services()));
        fact("export.organizations.clientele", localizer.labels(organization.clienteles()));
        if (!viewModel.people().isEmpty()) {
            List<String> people = viewModel.people().stream()
                    .map(account -> account.fullName() + " · " + account.email()).toList();
            fact("directory.card.people", String.join("\n", people));
        }
    }

    private void fact(String nameKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Label name = new Label(localizer.get(nameKey));
        name.getStyleClass().add(StyleClasses.FACT_NAME);
        Label text = new Label(value);
        text.getStyleClass().add(StyleClasses.FACT_VALUE);
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        card.getChildren().add(new VBox(2, name, text));
    }

    private void export(ExportFlow exports, ExportFormat format) {
        List<Organization> rows = List.copyOf(table.getItems());
        exports.export(format, "directory.export.fileName", rows.size(), viewModel.export(rows));
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
    public void export() {
        if (exportButton.isVisible()) {
            exportButton.show();
        }
    }
}
