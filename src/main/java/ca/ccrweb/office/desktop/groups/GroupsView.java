package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.SectionTabs;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;


/**
 * The Groups section: the groups, the executive committee, the resolutions register and the workshop proposals,
 * one tab each. The tab shown follows the view model.
 */
public final class GroupsView implements Page {
    private final GroupsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final SectionTabs<GroupsViewModel.Tab> tabs;
    private final ResolutionsView resolutions;
    private final ProposalsView proposals;
    private final ExecutiveView executive;

    public GroupsView(GroupsViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports) {
        this.viewModel = viewModel;
        this.tabs = new SectionTabs<>(GroupsViewModel.Tab.class, localizer, "tab-");
        root.setId("groupsPage");
        root.getStyleClass().add(StyleClasses.PAGE);
        var header = PageLayout.header(localizer.text("groups.title"), localizer.text("groups.subtitle"));
        header.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(header);
        GroupListView groups = new GroupListView(viewModel.groupList(), localizer, dialogs, exports);
        executive = new ExecutiveView(viewModel.executive(), localizer, dialogs, exports);
        resolutions = new ResolutionsView(viewModel.resolutions(), localizer, dialogs, exports);
        proposals = new ProposalsView(viewModel.proposals(), localizer, dialogs);
        tabs.add(GroupsViewModel.Tab.GROUPS, "groups.tab.groups", groups.view());
        tabs.add(GroupsViewModel.Tab.EXECUTIVE, "groups.tab.executive", executive.view());
        tabs.add(GroupsViewModel.Tab.RESOLUTIONS, "groups.tab.resolutions", resolutions.view());
        tabs.add(GroupsViewModel.Tab.PROPOSALS, "groups.tab.proposals", proposals.view());
        tabs.follow(viewModel.tabProperty());
        root.setCenter(tabs.view());
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
        viewModel.tabProperty().set(GroupsViewModel.Tab.RESOLUTIONS);
        resolutions.focusSearch();
    }

    @Override
    public void createNew() {
        switch (viewModel.tabProperty().get()) {
            case RESOLUTIONS -> resolutions.createNew();
            case PROPOSALS -> proposals.createNew();
            case EXECUTIVE -> executive.createNew();
            case GROUPS -> { }
        }
    }

    @Override
    public void export() {
        if (viewModel.tabProperty().get() == GroupsViewModel.Tab.EXECUTIVE) {
            executive.export();
        } else {
            viewModel.tabProperty().set(GroupsViewModel.Tab.RESOLUTIONS);
            resolutions.export();
        }
    }
}
