package ca.ccrweb.office.desktop.shell;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;

/**
 * Shows the start-up dialog over a real fault, for the screenshots in docs/screenshots (taken from outside with
 * ImageMagick under Xvfb). Arguments: a fault (newer-version, locked, read-only, foreign, damaged), a folder, fr
 * or en.
 */
public final class StartupFaultScreenshots {
    private static String kind;
    private static Path folder;
    private static Language language;

    public static void main(String[] args) {
        kind = args[0];
        folder = Path.of(args[1]);
        language = Language.fromCode(args[2]);
        Application.launch(Shown.class, args);
    }

    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path file = folder.resolve("ccr-office.db");
            DatabaseSettings settings = DatabaseSettings.sqliteFile(file);
            try (OfficeServices office = OfficeServices.open(settings, Actor.named("marie"))) {
                office.membership().apply(TestOffices.draft("Welcome Place", "a@example.org", Province.MB));
                office.backups().backupNow();
            }
            Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement statement = holder.createStatement()) {
                switch (kind) {
                    case "newer-version" -> statement.execute("""
                            INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,
                                checksum, installed_by, execution_time, success)
                            VALUES (999, '99', 'future', 'SQL', 'V99__future.sql', 1, 'CCR Office 1.4.0', 5, 1)""");
                    case "locked" -> {
                        statement.execute("BEGIN IMMEDIATE");
                        statement.execute("INSERT INTO province_region (province, region) VALUES ('XX', 'NORTH')");
                    }
                    case "read-only" -> new ProcessBuilder("chattr", "+i", file.toString()).start().waitFor();
                    case "foreign" -> {
                        holder.close();
                        Files.delete(file);
                        try (Connection recipes = DriverManager.getConnection("jdbc:sqlite:" + file);
                             Statement create = recipes.createStatement()) {
                            create.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)");
                        }
                    }
                    case "damaged" -> {
                        holder.close();
                        byte[] bytes = Files.readAllBytes(file);
                        for (int i = 4096 + 8; i < bytes.length; i += 7) {
                            bytes[i] = (byte) (bytes[i] ^ 0x5A);
                        }
                        Files.write(file, bytes);
                    }
                    default -> throw new IllegalArgumentException(kind);
                }
            }
            Throwable failure;
            try {
                OfficeServices.open(settings, Actor.named("marie")).close();
                failure = new IllegalStateException("opened");
            } catch (RuntimeException refused) {
                failure = refused;
            }
            if (kind.equals("read-only")) {
                new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
            }
            StartupFault fault = StartupFault.of(failure, settings, Clock.systemDefaultZone());
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            StartupFaultDialog dialog = new StartupFaultDialog(new Dialogs(new Localizer(language), () -> stage));
            Platform.runLater(() -> {
                dialog.ask(fault);
                Platform.exit();
            });
        }
    }
}
