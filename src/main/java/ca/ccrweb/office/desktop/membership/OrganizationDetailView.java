package ca.ccrweb.office.desktop.membership;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.membership.MembershipAction;
import ca.ccrweb.office.core.membership.MembershipTransition;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.ReasonDialog;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.Locale;

/**
 * The selected organization beside the list: who it is, its membership and the moves its status
 * allows, and tabs for its details (the form), its accounts and its membership history.
 */
final class OrganizationDetailView extends VBox {
    private final OrganizationsViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final Label name = new Label();
    private final Label otherName = new Label();
    private final Label badge = new Label();
    private final Label facts = new Label();
    private final Message statusReason = new Message();
    private final FlowPane actions = new FlowPane(8, 8);
    private final Tab detailsTab = new Tab();
    private final TabPane tabs = new TabPane();

    private final Permissions permissions;

    OrganizationDetailView(OrganizationsViewModel viewModel, Node accountsView, Localizer localizer,
                           Dialogs dialogs, Permissions permissions) {
        super(12);
        this.permissions = permissions;
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        setId("organizationDetail");
        getStyleClass().add(StyleClasses.DETAIL);

        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        name.setMinHeight(Label.USE_PREF_SIZE);
        otherName.getStyleClass().add(Styles.TEXT_MUTED);
        otherName.managedProperty().bind(otherName.visibleProperty());
        badge.setId("statusBadge");
        VBox names = new VBox(2, name, otherName);
        HBox.setHgrow(names, Priority.ALWAYS);
        HBox header = new HBox(12, names, badge);
        header.setAlignment(Pos.TOP_LEFT);
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.setWrapText(true);
        statusReason.getStyleClass().add(Styles.WARNING);
        statusReason.setGraphic(Icons.of(Feather.INFO));
        statusReason.managedProperty().bind(statusReason.visibleProperty());
        actions.managedProperty().bind(actions.visibleProperty());

        detailsTab.textProperty().bind(localizer.text("organizations.tab.details"));
        detailsTab.setId("detailsTab");
        Tab accountsTab = new Tab();
        accountsTab.setId("accountsTab");
        accountsTab.textProperty().bind(localizer.text(() -> localizer.get("organizations.tab.accounts",
                viewModel.accounts().accounts().size()), viewModel.accounts().accounts()));
        accountsTab.setContent(accountsView);
        Tab historyTab = new Tab();
        historyTab.setId("historyTab");
        historyTab.textProperty().bind(localizer.text("organizations.tab.history"));
        historyTab.setContent(historyList());
        tabs.getTabs().addAll(detailsTab, accountsTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        getChildren().addAll(header, facts, statusReason, actions, tabs);

        viewModel.selectedProperty().subscribe(this::show);
        viewModel.allowedActions().addListener((ListChangeListener<MembershipAction>) change -> showActions());
        LanguageSwitches.follow(localizer, this, after -> {
            show(viewModel.selectedProperty().get());
            showActions();
        });
    }

    /** A further tab about the organization selected, such as its dues. */
    void addTab(Tab tab) {
        tabs.getTabs().add(tab);
    }

    /** Where the organization form goes: the details tab. */
    void showForm(Node form) {
        detailsTab.setContent(form);
    }

    private void show(Organization organization) {
        if (organization == null) {
            return;
        }
        name.setText(organization.name());
        otherName.setText(organization.nameOtherLanguage());
        otherName.setVisible(organization.nameOtherLanguage() != null);
        StatusBadge.show(badge, organization.status(), localizer);
        String since = organization.memberSince() == null
                ? localizer.get("organizations.facts.appliedOn", localizer.date(organization.appliedOn()))
                : localizer.get("organizations.facts.memberSince", localizer.date(organization.memberSince()));
        String province = localizer.label(organization.province());
        String region = localizer.label(organization.region());
        facts.setText(since + " · " + province + (region.equals(province) ? ""
                : " · " + localizer.get("organizations.facts.region", region)));
        statusReason.setVisible(organization.statusReason() != null);
        statusReason.setTitle(localizer.get("organizations.facts.statusReason"));
        statusReason.setDescription(organization.statusReason());
    }

    private void showActions() {
        actions.getChildren().clear();
        if (!permissions.can(Permission.DECIDE_MEMBERSHIP)) {
            actions.setVisible(false);
            return;
        }
        for (MembershipAction action : viewModel.allowedActions()) {
            Button button = new Button(localizer.get("organizations.action." + action.name()), Icons.of(icon(action)));
            button.setId("action-" + action.name().toLowerCase(Locale.ROOT));
            boolean ending = action == MembershipAction.SUSPEND || action == MembershipAction.WITHDRAW;
            button.getStyleClass().addAll(Styles.BUTTON_OUTLINED, ending ? Styles.DANGER : Styles.ACCENT);
            button.setMinWidth(Button.USE_PREF_SIZE);
            button.setOnAction(event -> confirm(action));
            actions.getChildren().add(button);
        }
        actions.setVisible(!actions.getChildren().isEmpty());
    }

    private void confirm(MembershipAction action) {
        Organization organization = viewModel.selectedProperty().get();
        if (organization == null) {
            return;
        }
        ReasonDialog.Reason reason = action.reasonRequired() ? ReasonDialog.Reason.REQUIRED
                : action == MembershipAction.LAPSE || action == MembershipAction.WITHDRAW
                ? ReasonDialog.Reason.OPTIONAL : ReasonDialog.Reason.NONE;
        boolean ending = action == MembershipAction.SUSPEND || action == MembershipAction.WITHDRAW;
        ReasonDialog.ask(dialogs,
                localizer.get("organizations.confirm.header." + action.name(), organization.name()),
                localizer.get("organizations.confirm.text." + action.name()),
                localizer.get("organizations.action." + action.name()), reason, ending)
                .ifPresent(typed -> viewModel.perform(action, typed));
    }

    private static Ikon icon(MembershipAction action) {
        return switch (action) {
            case RENEW -> Feather.REFRESH_CW;
            case REINSTATE -> Feather.PLAY_CIRCLE;
            case LAPSE -> Feather.CLOCK;
            case SUSPEND -> Feather.PAUSE_CIRCLE;
            case WITHDRAW -> Feather.LOG_OUT;
            case APPROVE -> Feather.CHECK;
            case REJECT -> Feather.X;
        };
    }

    private ListView<MembershipTransition> historyList() {
        ListView<MembershipTransition> list = new ListView<>(viewModel.history());
        list.setId("historyList");
        list.setPlaceholder(Tables.placeholder(Feather.CLOCK, localizer.text("organizations.history.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(MembershipTransition transition, boolean empty) {
                super.updateItem(transition, empty);
                if (empty || transition == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label what = new Label(transition.from() == null ? localizer.label(transition.to())
                        : localizer.get("organizations.history.move", transition.from(), transition.to()));
                what.getStyleClass().add(Styles.TEXT_BOLD);
                Label when = new Label(localizer.get("organizations.history.byWhom",
                        localizer.dateTime(transition.occurredAt()), transition.actor()));
                when.getStyleClass().add(Styles.TEXT_MUTED);
                VBox box = new VBox(2, what, when);
                box.setPadding(new Insets(4, 0, 4, 0));
                if (transition.reason() != null) {
                    Label why = new Label(localizer.get("organizations.history.reason", transition.reason()));
                    why.setWrapText(true);
                    why.maxWidthProperty().bind(view.widthProperty().subtract(40));
                    why.setMinHeight(Label.USE_PREF_SIZE);
                    box.getChildren().add(why);
                }
                setText(null);
                setGraphic(box);
            }
        });
        LanguageSwitches.follow(localizer, list, after -> list.refresh());
        return list;
    }
}
