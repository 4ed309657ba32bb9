package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The Advocacy section: a campaign chosen at the top (or a new one), and its tabs: the campaign, the actions
 * members reported, the results, the model letters. The tab shown follows the view model.
 */
public final class AdvocacyView implements Page {
    private final AdvocacyViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<AdvocacyViewModel.Tab, Tab> tabsByName = new EnumMap<>(AdvocacyViewModel.Tab.class);
    private final ActionsView actions;
    private final HBox header;

    public static AdvocacyView create(AppServices services, UserFeedback feedback, ExportFlow exports) {
        Permissions permissions = new Permissions(services::can);
        return new AdvocacyView(new AdvocacyViewModel(services.office(), services.executor(), feedback,
                services.localizer(), services::can), services.localizer(), exports, permissions);
    }

    public AdvocacyView(AdvocacyViewModel viewModel, Localizer localizer, ExportFlow exports, Permissions permissions) {
        this.viewModel = viewModel;
        root.setId("advocacyPage");
        root.getStyleClass().add(StyleClasses.PAGE);
        ComboBox<Campaign> campaign = Combos.of(localizer, "campaignChoice", viewModel.campaigns(),
                chosen -> chosen.title(localizer.language()));
        campaign.valueProperty().bindBidirectional(viewModel.campaignProperty());
        campaign.setPrefWidth(400);
        campaign.setMaxWidth(400);
        campaign.promptTextProperty().bind(localizer.text("advocacy.campaign.none"));
        Button newCampaign = Buttons.accent(localizer, "newCampaignButton", "advocacy.action.newCampaign", Feather.PLUS);
        newCampaign.setOnAction(event -> startNewCampaign());
        permissions.showOnlyIf(Permission.MANAGE_CAMPAIGNS, newCampaign);
        header = new HBox(8, campaign, newCampaign);
        header.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox top = new VBox(12, PageLayout.header(localizer.text("advocacy.title"), localizer.text("advocacy.subtitle"),
                header));
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);

        actions = new ActionsView(viewModel.actionList(), viewModel, localizer, exports, permissions);
        addTab(AdvocacyViewModel.Tab.ACTIONS, "advocacy.tab.actions", actions.view(), localizer);
        addTab(AdvocacyViewModel.Tab.RESULTS, "advocacy.tab.results",
                new ResultsView(viewModel.results(), viewModel, localizer, exports, permissions).view(), localizer);
        addTab(AdvocacyViewModel.Tab.LETTERS, "advocacy.tab.letters",
                new LettersView(viewModel.letterForm(), viewModel, localizer, exports, permissions).view(), localizer);
        addTab(AdvocacyViewModel.Tab.CAMPAIGN, "advocacy.tab.campaign",
                new CampaignFormView(viewModel.form(), localizer, permissions).view(), localizer);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().subscribe(selected -> tabsByName.forEach((name, tab) -> {
            if (tab == selected && viewModel.tabProperty().get() != name) {
                viewModel.tabProperty().set(name);
            }
        }));
        viewModel.tabProperty().subscribe(name -> {
            Tab tab = tabsByName.get(name);
            if (tab != null && tabs.getSelectionModel().getSelectedItem() != tab) {
                tabs.getSelectionModel().select(tab);
            }
        });
        root.setCenter(tabs);
    }

    private void addTab(AdvocacyViewModel.Tab name, String textKey, Node content, Localizer localizer) {
        Tab tab = new Tab();
        tab.setId("advocacy-tab-" + name.name().toLowerCase(Locale.ROOT));
        tab.textProperty().bind(localizer.text(textKey));
        tab.setContent(content);
        tabs.getTabs().add(tab);
        tabsByName.put(name, tab);
    }

    /** An action of the header that another section provides (importing action reports). */
    public void addHeaderAction(Node action) {
        if (action instanceof javafx.scene.layout.Region region) {
            region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        header.getChildren().add(header.getChildren().size() - 1, action);
    }

    /** How a file to attach is chosen; the screen tests answer in place of the system's dialog. */
    public void setOpenDialog(Function<javafx.stage.FileChooser, File> openDialog) {
        actions.setOpenDialog(openDialog);
    }

    public AdvocacyViewModel viewModel() {
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
        viewModel.tabProperty().set(AdvocacyViewModel.Tab.ACTIONS);
        actions.focusSearch();
    }

    /** Ctrl+N records a new action on the actions tab. */
    @Override
    public void createNew() {
        viewModel.tabProperty().set(AdvocacyViewModel.Tab.ACTIONS);
        viewModel.actionList().startNew();
    }

    private void startNewCampaign() {
        viewModel.form().startNew();
        viewModel.tabProperty().set(AdvocacyViewModel.Tab.CAMPAIGN);
    }
}
