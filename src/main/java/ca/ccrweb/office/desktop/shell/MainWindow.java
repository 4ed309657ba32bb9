package ca.ccrweb.office.desktop.shell;

import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.accounts.AccountsView;
import ca.ccrweb.office.desktop.advocacy.AdvocacyView;
import ca.ccrweb.office.desktop.cases.CasesView;
import ca.ccrweb.office.desktop.administration.AdministrationView;
import ca.ccrweb.office.desktop.accounts.AccountsViewModel;
import ca.ccrweb.office.desktop.accounts.IssuedAccountDialog;
import ca.ccrweb.office.desktop.accounts.OrganizationAccountsView;
import ca.ccrweb.office.desktop.accounts.OrganizationAccountsViewModel;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.ExportWriters;
import ca.ccrweb.office.desktop.common.FxUserFeedback;
import ca.ccrweb.office.desktop.common.Keyboard;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Mnemonics;
import ca.ccrweb.office.desktop.common.OtherWorkstations;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.Toasts;
import ca.ccrweb.office.desktop.common.UserFeedback;
import ca.ccrweb.office.desktop.mailings.CommunicationsPage;
import ca.ccrweb.office.desktop.contacts.ContactsView;
import ca.ccrweb.office.desktop.contacts.ContactsViewModel;
import ca.ccrweb.office.desktop.imports.ImportLauncher;
import ca.ccrweb.office.core.imports.ImportKind;
import ca.ccrweb.office.desktop.events.CheckInView;
import ca.ccrweb.office.desktop.events.EventDashboardView;
import ca.ccrweb.office.desktop.events.EventDetailsView;
import ca.ccrweb.office.desktop.events.EventFormViewModel;
import ca.ccrweb.office.desktop.events.EventView;
import ca.ccrweb.office.desktop.events.EventViewModel;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.events.EventsView;
import ca.ccrweb.office.desktop.fund.FundView;
import ca.ccrweb.office.desktop.fund.FundViewModel;
import ca.ccrweb.office.desktop.groups.GroupsView;
import ca.ccrweb.office.desktop.groups.GroupsViewModel;
import ca.ccrweb.office.desktop.events.EventsViewModel;
import ca.ccrweb.office.desktop.events.FeeScheduleView;
import ca.ccrweb.office.desktop.events.ProgrammeView;
import ca.ccrweb.office.desktop.events.RegistrationsView;
import ca.ccrweb.office.desktop.membership.ApplicationsView;
import ca.ccrweb.office.desktop.membership.ApplicationsViewModel;
import ca.ccrweb.office.desktop.membership.OrganizationFormViewModel;
import ca.ccrweb.office.desktop.membership.OrganizationsView;
import ca.ccrweb.office.desktop.membership.OrganizationsViewModel;
import ca.ccrweb.office.desktop.dashboard.DashboardTile;
import ca.ccrweb.office.desktop.dashboard.DashboardView;
import ca.ccrweb.office.desktop.dashboard.DashboardViewModel;
import ca.ccrweb.office.desktop.directory.DirectoryView;
import ca.ccrweb.office.desktop.directory.DirectoryViewModel;
import ca.ccrweb.office.desktop.dues.DuesView;
import ca.ccrweb.office.desktop.dues.DuesViewModel;
import ca.ccrweb.office.desktop.dues.OrganizationDuesView;
import ca.ccrweb.office.desktop.dues.OrganizationDuesViewModel;
import ca.ccrweb.office.core.mailings.Letters;
import javafx.scene.control.Tab;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Subscription;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The main window: navigation on the left, the page in the work area, the status bar below, and
 * notifications over the work area. Builds each screen with its view model from the application's
 * services.
 */
public final class MainWindow {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CREATE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private final Localizer localizer;
    private final BorderPane root = new BorderPane();
    /** The actions' Alt letters, chosen again in the language switched to. */
    private final Subscription mnemonicLetters;
    private final StackPane workArea = new StackPane();
    private final Dialogs dialogs;
    private final UserFeedback feedback;
    private final ExportFlow exports;
    private final ImportLauncher imports;
    private final CasesView cases;
    private final NavigationBar navigation;
    private Runnable onSignOut = () -> { };
    private final ApplicationsViewModel applications;
    private final Map<Section, Page> pages = new EnumMap<>(Section.class);
    private Section current;
    private Scene shortcutsScene;
    private Section left;
    private final Supplier<AutoCloseable> follow;
    private AutoCloseable following;

    public MainWindow(AppServices services, ExportWriters writers) {
        this.localizer = services.localizer();
        this.dialogs = new Dialogs(localizer, this::window);
        Toasts toasts = new Toasts();
        this.feedback = new FxUserFeedback(dialogs, toasts);
        TaskExecutor executor = services.executor();
        this.exports = new ExportFlow(executor, services.preferences(), localizer, feedback, dialogs,
                services::openDocument, services.office().clock());
        Permissions permissions = new Permissions(services::can);
        exports.setPermissions(permissions);
        IssuedAccountDialog issuedAccounts = new IssuedAccountDialog(dialogs, executor, feedback, writers,
                services.preferences(), services::openDocument, (issued, organization) ->
                services.office().mailings().sendLetter(Letters.welcome(issued,
                        organization, services.office().officeSettings().current(),
                        java.time.LocalDate.now(services.office().clock()))));

        applications = new ApplicationsViewModel(services.membership(), executor, feedback, localizer,
                issuedAccounts, new OrganizationFormViewModel(services.membership(), executor, feedback, localizer,
                        services.office().clock()));
        pages.put(Section.APPLICATIONS, new ApplicationsView(applications, localizer, dialogs, permissions));

        OrganizationAccountsViewModel organizationAccounts = new OrganizationAccountsViewModel(services.accounts(),
                services.membership(), executor, feedback, localizer, issuedAccounts);
        OrganizationsViewModel organizations = new OrganizationsViewModel(services.membership(), executor, feedback,
                localizer, new OrganizationFormViewModel(services.membership(), executor, feedback, localizer,
                        services.office().clock()),
                organizationAccounts);
        imports = new ImportLauncher(services, feedback, this::window);
        OrganizationsView organizationsView = new OrganizationsView(organizations,
                new OrganizationAccountsView(organizationAccounts, localizer, dialogs, permissions), localizer, dialogs,
                exports, writers, permissions);
        organizationsView.addHeaderAction(imports.button(ImportKind.ORGANIZATIONS, organizations::load, permissions));
        pages.put(Section.MEMBERS, organizationsView);
        OrganizationDuesViewModel organizationDues = new OrganizationDuesViewModel(services.office(), executor, feedback,
                localizer, organizations::changedElsewhere);
        organizations.selectedProperty().subscribe(organizationDues::show);
        Tab duesTab = new Tab();
        duesTab.setId("duesTab");
        duesTab.textProperty().bind(localizer.text("organizations.tab.dues"));
        duesTab.setContent(new OrganizationDuesView(organizationDues, localizer, dialogs, exports, permissions));
        organizationsView.addDetailTab(duesTab);
        DuesView dues = new DuesView(new DuesViewModel(services.office(), executor, feedback, localizer), localizer,
                dialogs, exports, permissions);
        pages.put(Section.DUES, dues);
        pages.put(Section.DIRECTORY, new DirectoryView(new DirectoryViewModel(services.office(), executor, feedback,
                localizer), localizer, exports));
        pages.put(Section.DASHBOARD, new DashboardView(new DashboardViewModel(services.office().dashboard(), executor,
                feedback, tile -> openTile(tile, dues), () -> services.signedIn()
                .map(signedIn -> signedIn.user().fullName()).orElse(services.workstationUser())), localizer));

        AccountsViewModel accounts = new AccountsViewModel(services.accounts(), services.membership(), executor,
                feedback, localizer, issuedAccounts);
        AccountsView accountsView = new AccountsView(accounts, localizer, dialogs, exports, writers, permissions);
        accountsView.addHeaderAction(imports.button(ImportKind.ACCOUNTS, accounts::load, permissions));
        pages.put(Section.ACCOUNTS, accountsView);

        ContactsViewModel contacts = new ContactsViewModel(services.office().contacts(), services.membership(), executor,
                feedback, localizer);
        ContactsView contactsView = new ContactsView(contacts, localizer, permissions, exports, writers);
        contactsView.addHeaderAction(imports.button(ImportKind.CONTACTS, contacts::load, permissions));
        pages.put(Section.CONTACTS, contactsView);

        EventViewModel eventPage = new EventViewModel(services.events(), services.registrations(),
                services.payments(), services.membership(), executor, feedback, localizer,
                services.office().clock());
        eventPage.registrationList().sendLettersWith(services.office().mailings());
        EventsViewModel events = new EventsViewModel(services.events(), services.registrations(), executor, feedback,
                localizer, eventPage, new EventFormViewModel(services.events(), executor, feedback, localizer));
        EventView eventView = new EventView(eventPage,
                new RegistrationsView(eventPage.registrationList(), localizer, dialogs, exports, writers, permissions),
                new CheckInView(eventPage.checkIn(), localizer),
                new EventDetailsView(eventPage.details(), localizer, permissions),
                new ProgrammeView(eventPage.programme(), localizer, dialogs, permissions),
                new FeeScheduleView(eventPage.feeSchedule(), localizer, dialogs, permissions),
                new EventDashboardView(eventPage.dashboard(), localizer), localizer, dialogs, permissions);
        pages.put(Section.EVENTS, new EventsView(events, eventView, localizer, dialogs, permissions));

        FundViewModel fund = new FundViewModel(services.office(), executor, feedback, localizer,
                services.can(Permission.MANAGE_FUND), services.can(Permission.OVERRIDE_FUND_BUDGET));
        pages.put(Section.FUND, new FundView(fund, localizer, dialogs, exports));

        // PostgreSQL: the open lists and the applications badge follow the other workstations' changes (ADR 0023)
        // until the window is disposed (the feed outlives the window and would otherwise keep it alive)
        follow = () -> {
            var changes = services.office().database().changes();
            return OtherWorkstations.all(List.of(organizations.follow(changes), applications.follow(changes),
                    accounts.follow(changes), events.follow(changes), eventPage.follow(changes), fund.follow(changes)));
        };
        following = follow.get();

        pages.put(Section.GROUPS, new GroupsView(new GroupsViewModel(services.office(), executor, feedback, localizer,
                services.can(Permission.MANAGE_GROUPS)), localizer, dialogs, exports));

        pages.put(Section.ADMINISTRATION, AdministrationView.create(services, feedback, dialogs, exports, writers));
        pages.put(Section.COMMUNICATIONS, CommunicationsPage.create(services, feedback, dialogs, exports));
        AdvocacyView advocacy = AdvocacyView.create(services, feedback, exports);
        advocacy.addHeaderAction(imports.button(ImportKind.ACTION_REPORTS, advocacy.viewModel()::loadCampaign,
                permissions, () -> advocacy.viewModel().campaignProperty().get() == null ? null
                        : advocacy.viewModel().campaignProperty().get().id()));
        pages.put(Section.ADVOCACY, advocacy);
        cases = CasesView.create(services, feedback, exports);
        pages.put(Section.CASES, cases);

        navigation = new NavigationBar(localizer, applications.pendingCount(), this::show,
                language -> services.switchLanguage(language, feedback::showError), () -> onSignOut.run());
        workArea.getStyleClass().add("work-area");
        // Notifications take their own strip below the page instead of floating over it: they never cover a button.
        VBox layers = new VBox(workArea, toasts);
        VBox.setVgrow(workArea, Priority.ALWAYS);
        root.setLeft(navigation);
        root.setCenter(layers);
        root.setBottom(new StatusBar(localizer, services.databaseName(), whoWorks(services),
                lastBackupText(services), executor.backgroundWork()));
        root.getStylesheets().add(StyleClasses.STYLESHEET);
        root.setId("mainWindow");
        Keyboard.install(root);
        mnemonicLetters = localizer.whenSwitched(messages -> Mnemonics.assign(root));
    }

    /** What a dashboard tile opens. */
    private void openTile(DashboardTile tile, DuesView dues) {
        switch (tile) {
            case APPLICATIONS -> show(Section.APPLICATIONS);
            case RENEWALS -> {
                if (show(Section.DUES)) {
                    dues.showRenewals();
                }
            }
            case EVENTS -> show(Section.EVENTS);
            case FUND -> show(Section.FUND);
            case ACTIVITY -> show(Section.ADMINISTRATION);
            case MEMBERS -> show(Section.DIRECTORY);
        }
    }

    /** The person signed in and their role, in the language shown; the workstation's user when nobody signs in. */
    private StringBinding whoWorks(AppServices services) {
        return localizer.text(() -> services.signedIn()
                .map(signedIn -> signedIn.user().fullName() + " · " + localizer.label(signedIn.role()))
                .orElse(services.workstationUser()));
    }

    /** "Last backup: …" after the day's automatic backup, made at start if due; empty for a server database. */
    private StringBinding lastBackupText(AppServices services) {
        ObjectProperty<Optional<Instant>> lastBackup = services.lastBackupProperty();
        BooleanProperty unknown = new SimpleBooleanProperty(false);
        if (services.backedUpByTheApplication()) {
            services.executor().run(services::backUpIfDueThenLastBackup, lastBackup::set, failure -> {
                LOG.warn("The automatic backup could not be made or the backup folder read", failure);
                unknown.set(true);
            });
        }
        return localizer.text(() -> unknown.get() ? localizer.get("shell.status.backupUnknown")
                : lastBackup.get() == null ? ""
                : lastBackup.get().map(at -> localizer.get("shell.status.lastBackup", localizer.dateTime(at)))
                .orElse(localizer.get("shell.status.noBackup")), lastBackup, unknown);
    }

    /** What "Sign out" does; the application decides (it asks about unsaved edits first). */
    public void setOnSignOut(Runnable onSignOut) {
        this.onSignOut = onSignOut;
    }

    public Parent root() {
        return root;
    }

    public UserFeedback feedback() {
        return feedback;
    }

    /** How lists are exported; the screen tests choose the file in place of the system's dialog. */
    public ExportFlow exports() {
        return exports;
    }

    /** The Cases section; the screen tests choose files in place of the system's dialogs. */
    public CasesView cases() {
        return cases;
    }

    /** How spreadsheets are imported; the screen tests choose the file in place of the system's dialog. */
    public ImportLauncher imports() {
        return imports;
    }

    /** Ctrl+F search, Ctrl+N new, Ctrl+E export, forwarded to the page shown. */
    public void installShortcuts(Scene scene) {
        shortcutsScene = scene;
        scene.getAccelerators().put(SEARCH, () -> currentPage().focusSearch());
        scene.getAccelerators().put(CREATE, () -> currentPage().createNew());
        scene.getAccelerators().put(EXPORT, () -> currentPage().export());
    }

    /**
     * The window is left for good (sign-out, or someone else signs in after a lock): the page shown lets go of
     * what it subscribed to and the shortcuts leave the scene, so nothing application-wide keeps the window,
     * its pages and their loaded lists alive.
     */
    public void dispose() {
        if (current != null) {
            currentPage().deactivate();
            left = current;
            current = null;
        }
        if (shortcutsScene != null) {
            shortcutsScene.getAccelerators().keySet().removeAll(List.of(SEARCH, CREATE, EXPORT));
            shortcutsScene = null;
        }
        stopFollowing();
    }

    private void stopFollowing() {
        if (following != null) {
            try {
                following.close();
            } catch (Exception e) {
                LOG.warn("Could not stop following the other workstations' changes", e);
            }
            following = null;
        }
    }

    /**
     * Shows a section, unless the page shown holds unsaved edits staff want to keep. Returns whether the
     * section is now shown.
     */
    public boolean show(Section section) {
        if (current != null && section != current && !currentPage().confirmLeave()) {
            return false;
        }
        if (current != null && section != current) {
            currentPage().deactivate();
        }
        current = section;
        Page page = pages.computeIfAbsent(section, missing -> new ComingSoonPage(missing, localizer));
        workArea.getChildren().setAll(page.view());
        Keyboard.showShortcuts(page.view(), localizer);
        Mnemonics.assign(root);
        navigation.select(section);
        page.activate();
        if (section != Section.APPLICATIONS) {
            applications.load();
        }
        return true;
    }

    /** The same person signed in again after a lock: the shortcuts come back and the page left is shown again. */
    public void resume(Scene scene) {
        installShortcuts(scene);
        if (following == null) {
            following = follow.get();
        }
        if (left != null) {
            show(left);
        }
    }

    /** Whether the window may close: asks first when the page shown holds unsaved edits. */
    public boolean confirmClose() {
        return current == null || currentPage().confirmLeave();
    }

    private Page currentPage() {
        return pages.get(current);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
