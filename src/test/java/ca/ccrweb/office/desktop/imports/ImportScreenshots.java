package ca.ccrweb.office.desktop.imports;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.imports.ImportKind;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.common.CoreExportWriters;
import ca.ccrweb.office.desktop.common.DesktopPreferences;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.shell.MainWindow;
import ca.ccrweb.office.desktop.shell.Section;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows the contacts screen, or the import window over a small organizations file, on the demo
 * organizations, at 1280×800 for screenshots taken from outside with ImageMagick under Xvfb.
 * Arguments: a database file, fr or en, contacts, import, subscribers, actions or batches (the past imports, one
 * of them undone).
 */
public final class ImportScreenshots {
    private static Path database;
    private static Language language;
    private static String what;

    public static void main(String[] args) {
        database = Path.of(args[0]);
        language = Language.fromCode(args[1]);
        what = args[2];
        Application.launch(Shown.class, args);
    }

    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            boolean fresh = !Files.exists(database);
            OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(database),
                    Actor.named("marie.leclerc"));
            if (fresh) {
                DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
                office.contacts().findOrCreate(new ContactDraft("Awa Diallo", "awa.diallo@example.org", null,
                        Language.FR, null, "Carrefour d’entraide"));
                office.contacts().findOrCreate(new ContactDraft("AWA DIALLO", null, "514-555-0177", Language.EN, null,
                        "Carrefour d’entraide"));
                office.contacts().findOrCreate(new ContactDraft("Nguyễn Thị Hoa", "hoa@example.org", "604-555-0134",
                        Language.EN, null, "Mosaic"));
                office.contacts().findOrCreate(new ContactDraft("Tesfay Gebremariam", "tesfay@example.org", null,
                        Language.EN, null, null));
            }
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            FxTaskExecutor executor = new FxTaskExecutor();
            AppServices services = new AppServices(office, executor, DesktopPreferences.inMemory(),
                    new Localizer(language), "marie.leclerc@bureau", uri -> { });
            MainWindow window = new MainWindow(services, new CoreExportWriters(office));
            stage.setScene(new Scene(window.root(), 1280, 800));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            if (what.equals("contacts")) {
                window.show(Section.CONTACTS);
                return;
            }
            window.show(Section.MEMBERS);
            Path file = database.resolveSibling("membres.csv");
            Files.writeString(file, """
                    Nom;Courriel;Prov.;Ville;Services offerts;Adhésion;Membre depuis
                    Comité d’aide aux réfugiés;info@car.example;Qc;Montréal;Établissement;membre;05/03/2024
                    Centre Élan;elan@example.org;Ontario;Toronto;Housing;member;25/03/2024
                    Accueil Nord;pas-un-courriel;Atlantis;Laval;;membre;2024-01-10
                    """ + office.membership().all().getFirst().name() + ";"
                    + office.membership().all().getFirst().email() + ";"
                    + office.membership().all().getFirst().province().name() + ";Gatineau;;membre;2024-02-01\n",
                    StandardCharsets.UTF_8);
            if (what.equals("batches")) {
                var read = office.imports().read(file);
                var settings = office.imports().propose(read, ImportKind.ORGANIZATIONS, null);
                long undone = office.imports().importRows(read, settings,
                        ca.ccrweb.office.core.imports.ImportProgress.NONE, false).batchId();
                office.imports().undo(undone);
                office.imports().importRows(read, settings, ca.ccrweb.office.core.imports.ImportProgress.NONE, false);
                window.imports().openPastImports(() -> { });
                window.imports().lastBatchesWindow().stage().setX(10);
                window.imports().lastBatchesWindow().stage().setY(40);
                return;
            }
            if (what.equals("subscribers") || what.equals("actions")) {
                showOtherKind(window, office);
                return;
            }
            window.imports().setOpenDialog(owner -> file.toFile());
            window.imports().open(ImportKind.ORGANIZATIONS, () -> { });
            window.imports().lastWindow().stage().setX(50);
            window.imports().lastWindow().stage().setY(40);
            window.imports().lastWindow().viewModel().open(file);
        }

        /** The import window over a list-subscribers file, or a campaign's action reports (the demo campaign). */
        private static void showOtherKind(MainWindow window, OfficeServices office) throws Exception {
            boolean subscribers = what.equals("subscribers");
            Path file = database.resolveSibling(subscribers ? "abonnes.csv" : "actions.csv");
            Files.writeString(file, subscribers ? """
                    Liste;Courriel;Nom;Organisme;Langue;Consentement;Date du consentement
                    CCRLIST;awa.diallo@example.org;Awa Diallo;Carrefour d’entraide;fr;exprès;2025-04-02
                    Chronique;hoa@example.org;Nguyễn Thị Hoa;;English;implicite;2025-05-01
                    CCRLIST;tesfay@example.org;Tesfay Gebremariam;;;;
                    Bulletins sur la traite;amina@example.org;أمينة حداد;;ar;tacite;2025-06-30
                    Liste inconnue;x@example.org;;;;;
                    """ : """
                    Date;Qui a agi;Organisme ou individu;Province;Action;Cible;Circonscription;Résultat;Notes
                    2026-10-02;%s;;;Lettre au ministre;Ministre;;Réponse reçue;Réponse le 20 octobre
                    2026-10-05;Awa Diallo;Individu;MB;Rencontre avec un·e député·e;Député·e;Winnipeg-Centre;Engagement;
                    2026-10-06;Nguyễn Thị Hoa;Individual;BC;Letter or call to an MP;MP;;No answer;
                    2026-10-07;Tesfay Gebremariam;Individual;AB;Tweeted;Media;;No answer;
                    """.formatted(office.membership().all().getFirst().name()), StandardCharsets.UTF_8);
            window.imports().setOpenDialog(owner -> file.toFile());
            if (!subscribers) {
                window.show(Section.ADVOCACY);
            }
            window.imports().open(subscribers ? ImportKind.SUBSCRIBERS : ImportKind.ACTION_REPORTS, () -> { });
            if (!subscribers) {
                if (office.advocacy().campaigns().isEmpty()) {
                    office.advocacy().createCampaign(ca.ccrweb.office.core.demo.DemoAdvocacy.campaign(
                            java.time.LocalDate.of(2026, 1, 15)));
                }
                window.imports().lastWindow().viewModel().campaignProperty()
                        .set(office.advocacy().campaigns().getFirst());
            }
            window.imports().lastWindow().stage().setX(50);
            window.imports().lastWindow().stage().setY(40);
            window.imports().lastWindow().viewModel().open(file);
        }
    }
}
