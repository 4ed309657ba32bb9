package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.bench.Bench;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.DataFolder;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office}: the root command. Its options are global (accepted before or after the command name);
 * without a command it opens the desktop application. Texts of the usage help come from the message
 * bundles, in the language chosen with {@code --language}.
 */
@Command(name = "ccr-office",
        mixinStandardHelpOptions = true,
        versionProvider = OfficeVersion.class,
        subcommands = {DemoDataCommand.class, ExportCommand.class, ListCommand.class, BackupCommand.class,
                RestoreCommand.class, CheckCommand.class, BenchCommand.class, DuesCommand.class,
                ImportCommand.class, MailingCommand.class, CasesCommand.class, OfficeSettingsCommand.class})
public final class OfficeCommand implements Callable<Integer> {

    /** Opens the desktop application on the given database option (null: the usual resolution). */
    @FunctionalInterface
    public interface DesktopLauncher {
        void launch(String databaseOption);
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--database", scope = ScopeType.INHERIT, paramLabel = "FILE|URL",
            descriptionKey = "cli.option.database")
    private String database;

    @Option(names = "--language", scope = ScopeType.INHERIT, paramLabel = "fr|en",
            converter = LanguageConverter.class, descriptionKey = "cli.option.language")
    private Language language;

    private final DesktopLauncher desktop;
    private boolean desktopStarted;
    private Bench.FurtherMeasure screenBench;

    /** The command line alone: without a command it asks for one. */
    public OfficeCommand() {
        this(null);
    }

    public OfficeCommand(DesktopLauncher desktop) {
        this.desktop = desktop;
    }

    /**
     * Installs what every run needs: the bundles for the usage help, one-line error messages and exit codes
     * (1 for a failure, 2 for a usage error) instead of picocli's defaults, which print stack traces.
     */
    public static CommandLine configure(CommandLine commandLine) {
        OfficeCommand root = commandLine.getCommand();
        CommandErrors errors = new CommandErrors(root::messages);
        commandLine.setResourceBundle(root.messages().bundle());
        commandLine.setExecutionStrategy(root::execute);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        return commandLine;
    }

    @Override
    public Integer call() {
        if (desktop == null) {
            throw new ParameterException(spec.commandLine(), messages().get("cli.error.missingCommand",
                    String.join(", ", spec.subcommands().keySet())));
        }
        desktop.launch(database);
        desktopStarted = true;
        return CommandLine.ExitCode.OK;
    }

    /** What {@code bench --ui} measures in the window; given by the entry point, which may reach the desktop. */
    public OfficeCommand withScreenBench(Bench.FurtherMeasure screenBench) {
        this.screenBench = screenBench;
        return this;
    }

    public Bench.FurtherMeasure screenBench() {
        return screenBench;
    }

    public boolean desktopStarted() {
        return desktopStarted;
    }

    /** The language of messages (and of exported files): the one asked for, or the system's. */
    public Language language() {
        return language != null ? language : Language.of(Locale.getDefault());
    }

    /** The language asked for with {@code --language}, or null when none was (a filter then keeps everyone). */
    public Language languageAsked() {
        return language;
    }

    public Messages messages() {
        return Messages.of(language());
    }

    /**
     * Opens the database named by {@code --database}, the environment or the settings file, and its services;
     * the caller closes them, which releases this copy's hold on a SQLite file. A SQLite file that does not
     * exist (a mistyped path) or is empty is refused: only {@link #openOrCreateServices} makes a new one.
     */
    public OfficeServices openServices() {
        return OfficeServices.openExisting(databaseSettings(), Actor.workstationUser());
    }

    /** Like {@link #openServices}, creating the database when it does not exist yet (demo-data). */
    public OfficeServices openOrCreateServices() {
        return OfficeServices.open(databaseSettings(), Actor.workstationUser());
    }

    private DatabaseSettings databaseSettings() {
        try {
            return DatabaseSettings.resolve(database, System.getenv(), DataFolder.resolve());
        } catch (IOException e) {
            throw new OfficeException(e, "cli.error.settingsUnreadable",
                    DataFolder.resolve().resolve(DatabaseSettings.SETTINGS_FILE), e.getMessage());
        } catch (InvalidPathException e) {
            throw new OfficeException(e, "cli.error.invalidDatabasePath", e.getInput(), e.getReason());
        } catch (IllegalArgumentException e) {
            throw new OfficeException(e, "cli.error.unsupportedDatabase");
        }
    }

    private int execute(ParseResult parseResult) {
        spec.commandLine().setResourceBundle(messages().bundle());
        return new CommandLine.RunLast().execute(parseResult);
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            for (Language candidate : Language.values()) {
                if (candidate.code().equalsIgnoreCase(value.strip())) {
                    return candidate;
                }
            }
            throw new CommandLine.TypeConversionException(
                    Messages.of(Language.of(Locale.getDefault())).get("cli.error.language", value));
        }
    }
}
