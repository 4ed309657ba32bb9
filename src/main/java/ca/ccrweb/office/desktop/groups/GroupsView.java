package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Groups section: the groups, the executive committee, the resolutions register and the workshop proposals,
 * one tab each. The tab shown follows the view model.
 */
public final class GroupsView implements Page {
    private final GroupsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<GroupsViewModel.Tab, Tab> tabsByName = new EnumMap<>(GroupsViewModel.Tab.class);
    private final ResolutionsView resolutions;
    private final ProposalsView proposals;
    private final ExecutiveView executive;

    public GroupsView(GroupsViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports) {
        this.viewModel = viewModel;
        root.setId("groupsPage");
        root.getStyleClass().add(StyleClasses.PAGE);
        var header = PageLayout.header(localizer.text("groups.title"), localizer.text("groups.subtitle"));
        header.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(header);
        GroupListView groups = new GroupListView(viewModel.groupList(), localizer, dialogs, exports);
        executive = new ExecutiveView(viewModel.executive(), localizer, dialogs, exports);
        resolutions = new ResolutionsView(viewModel.resolutions(), localizer, dialogs, exports);
        proposals = new ProposalsView(viewModel.proposals(), localizer, dialogs);
        addTab(GroupsViewModel.Tab.GROUPS, "groups.tab.groups", groups.view(), localizer);
        addTab(GroupsViewModel.Tab.EXECUTIVE, "groups.tab.executive", executive.view(), localizer);
        addTab(GroupsViewModel.Tab.RESOLUTIONS, "groups.tab.resolutions", resolutions.view(), localizer);
        addTab(GroupsViewModel.Tab.PROPOSALS, "groups.tab.proposals", proposals.view(), localizer);
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

    private void addTab(GroupsViewModel.Tab name, String textKey, Node content, Localizer localizer) {
        Tab tab = new Tab();
        tab.setId("tab-" + name.name().toLowerCase(Locale.ROOT));
        tab.textProperty().bind(localizer.text(textKey));
        tab.setContent(content);
        tabs.getTabs().add(tab);
        tabsByName.put(name, tab);
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
