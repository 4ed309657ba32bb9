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
import ca.ccrweb.office.desktop.common.SectionTabs;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.util.function.Function;

/**
 * The Advocacy section: a campaign chosen at the top (or a new one), and its tabs: the campaign, the actions
 * members reported, the results, the model letters. The tab shown follows the view model.
 */
public final class AdvocacyView implements Page {
    private final AdvocacyViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final SectionTabs<AdvocacyViewModel.Tab> tabs;
    private final ActionsView actions;
    private final HBox header;

    public static AdvocacyView create(AppServices services, UserFeedback feedback, ExportFlow exports) {
        Permissions permissions = new Permissions(services::can);
        return new AdvocacyView(new AdvocacyViewModel(services.office(), services.executor(), feedback,
                services.localizer(), services::can), services.localizer(), exports, permissions);
    }

    public AdvocacyView(AdvocacyViewModel viewModel, Localizer localizer, ExportFlow exports, Permissions permissions) {
        this.viewModel = viewModel;
        this.tabs = new SectionTabs<>(AdvocacyViewModel.Tab.class, localizer, "advocacy-tab-");
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
        tabs.add(AdvocacyViewModel.Tab.ACTIONS, "advocacy.tab.actions", actions.view());
        tabs.add(AdvocacyViewModel.Tab.RESULTS, "advocacy.tab.results",
                new ResultsView(viewModel.results(), viewModel, localizer, exports, permissions).view());
        tabs.add(AdvocacyViewModel.Tab.LETTERS, "advocacy.tab.letters",
                new LettersView(viewModel.letterForm(), viewModel, localizer, exports, permissions).view());
        tabs.add(AdvocacyViewModel.Tab.CAMPAIGN, "advocacy.tab.campaign",
                new CampaignFormView(viewModel.form(), localizer, permissions).view());
        tabs.follow(viewModel.tabProperty());
        root.setCenter(tabs.view());
    }

    /** An action of the header that another section provides (importing action reports). */
    public void addHeaderAction(Node action) {
        if (action instanceof javafx.scene.layout.Region region) {
            region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        header.getChildren().add(header.getChildren().size() - 1, action);
    }

    /** How a file to attach is chosen; the screen tests answer in place of the system's dialog. */
    public void setOpenDialog(Function<FileChooser, File> openDialog) {
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
