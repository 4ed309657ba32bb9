package ca.ccrweb.office.desktop.mailings;

import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.UserFeedback;
import ca.ccrweb.office.desktop.communications.QuarterlyUpdatesView;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The Communications section: the quarterly update beside the mailing lists and the mailings. */
public final class CommunicationsPage implements Page {
    private final QuarterlyUpdatesView quarterly;
    private final MailingsViewModel mailings;
    private final MailingsView mailingsView;
    private final TabPane tabs = new TabPane();

    public CommunicationsPage(QuarterlyUpdatesView quarterly, MailingsViewModel mailings, MailingsView view,
                              Localizer localizer) {
        this.quarterly = quarterly;
        this.mailings = mailings;
        this.mailingsView = view;
        tabs.setId("communicationsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("quarterlyTabHeader", localizer, "communications.tab.quarterly", quarterly.view()),
                tab("mailingListsTabHeader", localizer, "communications.tab.lists", view.listsView()),
                tab("mailingsTabHeader", localizer, "communications.tab.mailings", view.mailingsView()));
        tabs.getSelectionModel().selectedIndexProperty().subscribe(index -> {
            if (index.intValue() > 0) {
                mailings.load();
            }
        });
    }

    public static CommunicationsPage create(AppServices services, UserFeedback feedback, Dialogs dialogs,
                                            ExportFlow exports) {
        Localizer localizer = services.localizer();
        MailingsViewModel mailings = new MailingsViewModel(services.office().mailingLists(),
                services.office().mailings(), services.executor(), feedback, localizer,
                services.can(Permission.MANAGE_MAILING_LISTS), services.can(Permission.SEND_MAILINGS));
        mailings.exportThrough(services.office()::export);
        mailings.chooseAudiencesFrom(services.events()::all,
                java.time.LocalDate.now(services.office().clock()).getYear());
        return new CommunicationsPage(QuarterlyUpdatesView.create(services, feedback, dialogs, exports), mailings,
                new MailingsView(mailings, localizer, dialogs, exports), localizer);
    }

    private static Tab tab(String id, Localizer localizer, String key, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(localizer.text(key));
        tab.setContent(content);
        return tab;
    }

    @Override
    public Node view() {
        return tabs;
    }

    @Override
    public void activate() {
        quarterly.activate();
        if (tabs.getSelectionModel().getSelectedIndex() > 0) {
            mailings.load();
        }
    }

    @Override
    public void createNew() {
        if (tabs.getSelectionModel().getSelectedIndex() == 0) {
            quarterly.createNew();
        }
    }

    @Override
    public void export() {
        if (tabs.getSelectionModel().getSelectedIndex() == 1) {
            mailingsView.export();
        }
    }

    @Override
    public boolean confirmLeave() {
        return quarterly.confirmLeave();
    }
}
