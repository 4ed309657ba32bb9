package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.LogFolder;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.ExportWriters;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import ca.ccrweb.office.desktop.mailings.MailServerView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Administration section: People, Audit trail, Backups and My password for administrators; for every
 * other role a plain word that this is an administrator's section, and their own password change.
 */
public final class AdministrationView implements Page {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Runnable load;
    private PeopleView peopleView;
    private AuditTrailView auditView;

    private AdministrationView(Localizer localizer, Runnable load, Runnable openLogFolder) {
        this.load = load;
        root.setId("administrationPage");
        root.getStyleClass().add(StyleClasses.PAGE);
        tabs.setId("administrationTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Button logFolder = Buttons.outlined(localizer, "openLogFolderButton", "administration.action.openLogFolder",
                Feather.FOLDER);
        Tooltip where = new Tooltip(LogFolder.path().toAbsolutePath().toString());
        logFolder.setTooltip(where);
        logFolder.setOnAction(event -> openLogFolder.run());
        VBox top = new VBox(PageLayout.header(localizer.text("administration.title"),
                localizer.text("administration.subtitle"), logFolder));
        root.setTop(top);
    }

    /** Builds the section for whoever is signed in, with the view models of its tabs. */
    public static AdministrationView create(AppServices services, UserFeedback feedback, Dialogs dialogs,
                                            ExportFlow exports, ExportWriters writers) {
        Localizer localizer = services.localizer();
        TaskExecutor executor = services.executor();
        MyPasswordViewModel myPassword = new MyPasswordViewModel(services.office().staff(), executor, feedback,
                localizer, services::signedIn);
        Role role = services.role();
        if (!Permission.MANAGE_STAFF_USERS.grantedTo(role)) {
            AdministrationView view = new AdministrationView(localizer, () -> { }, () -> openLogFolder(services, feedback));
            VBox denied = PageLayout.emptyState(Feather.LOCK, localizer.text("administration.denied.title"),
                    localizer.text("administration.denied.text"));
            denied.setId("administrationDenied");
            MyPasswordView password = new MyPasswordView(myPassword, localizer);
            VBox content = new VBox(24, denied, password);
            content.setPadding(new Insets(24, 0, 0, 0));
            content.setFillWidth(false);
            content.setAlignment(Pos.TOP_CENTER);
            view.root.setCenter(content);
            return view;
        }
        PeopleViewModel people = new PeopleViewModel(services.office().staff(), executor, feedback, localizer,
                new TemporaryPasswordDialog(dialogs), services::signedIn);
        AuditTrailViewModel audit = new AuditTrailViewModel(services.office().auditTrail(), executor, feedback,
                localizer, ZoneId.systemDefault());
        boolean backedUp = services.backedUpByTheApplication();
        BackupsViewModel backups = new BackupsViewModel(services.backups(), executor, feedback, localizer,
                closeAfterRestore(dialogs, services::closeApplication),
                madeAt -> services.lastBackupProperty().set(Optional.of(madeAt)));
        OfficeSettingsViewModel officeSettings = new OfficeSettingsViewModel(services.office().officeSettings(),
                executor, feedback, localizer);
        MailServerView mailServer = new MailServerView(
                services.office().mailings(), executor, feedback, localizer);
        AdministrationView view = new AdministrationView(localizer, () -> {
            people.load();
            mailServer.load();
            audit.load();
            officeSettings.load();
            if (backedUp) {
                backups.load();
            }
        }, () -> openLogFolder(services, feedback));
        view.peopleView = new PeopleView(people, localizer, dialogs);
        view.auditView = new AuditTrailView(audit, localizer, exports, writers);
        Node backupsContent = backedUp ? new BackupsView(backups, localizer, dialogs, exports)
                : PageLayout.emptyState(Feather.DATABASE, localizer.text("administration.tab.backups"),
                localizer.text("backup.error.postgresql"));
        view.tabs.getTabs().addAll(
                tab("peopleTabHeader", localizer, "administration.tab.people", view.peopleView),
                tab("auditTabHeader", localizer, "administration.tab.audit", view.auditView),
                tab("backupsTabHeader", localizer, "administration.tab.backups", backupsContent),
                tab("myPasswordTabHeader", localizer, "administration.tab.password",
                        new MyPasswordView(myPassword, localizer)),
                tab("officeSettingsTabHeader", localizer, "administration.tab.office",
                        new OfficeSettingsView(officeSettings, localizer, dialogs)),
                tab("mailServerTabHeader", localizer, "administration.tab.mailServer", mailServer));
        view.root.setCenter(view.tabs);
        return view;
    }

    /** Opens the folder of the log files in the computer's file manager, to send them to support. */
    private static void openLogFolder(AppServices services, UserFeedback feedback) {
        services.executor().run(() -> Files.createDirectories(LogFolder.path()), services::openDocument,
                feedback::showError);
    }

    private static Tab tab(String id, Localizer localizer, String key, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(localizer.text(key));
        tab.setContent(content);
        return tab;
    }

    /** The database was replaced under the running application: say so, then close it to start afresh. */
    private static Consumer<Path> closeAfterRestore(Dialogs dialogs, Runnable close) {
        return keptAside -> {
            Localizer localizer = dialogs.localizer();
            Alert alert = dialogs.prepare(new Alert(Alert.AlertType.INFORMATION), localizer.get("app.title"));
            ButtonType closeButton = new ButtonType(localizer.get("common.action.close"),
                    ButtonBar.ButtonData.OK_DONE);
            alert.getButtonTypes().setAll(closeButton);
            alert.getDialogPane().lookupButton(closeButton).setId("closeAfterRestoreButton");
            alert.setHeaderText(localizer.get("administration.backups.restored.header"));
            alert.setContentText(localizer.get("administration.backups.restored.text", keptAside));
            alert.showAndWait();
            close.run();
        };
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void activate() {
        load.run();
    }

    @Override
    public void focusSearch() {
        if (auditView != null && tabs.getSelectionModel().getSelectedItem().getContent() == auditView) {
            auditView.focusSearch();
        }
    }

    @Override
    public void createNew() {
        if (peopleView != null) {
            tabs.getSelectionModel().selectFirst();
            peopleView.focusNewUser();
        }
    }

    @Override
    public void export() {
        if (auditView != null && tabs.getSelectionModel().getSelectedItem().getContent() == auditView) {
            auditView.showExportMenu();
        }
    }
}
