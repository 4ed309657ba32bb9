package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.office.OfficeSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office office-settings show}: the logo, address and contacts that letters print, one per line.
 * {@code ccr-office office-settings set [--logo FILE | --remove-logo] [--address-line TEXT]... [--phone P]
 * [--email E] [--website W]}: changes only what is given, checked and audited as on the Office settings tab.
 */
@Command(name = "office-settings", mixinStandardHelpOptions = true,
        subcommands = {OfficeSettingsCommand.Show.class, OfficeSettingsCommand.Set.class})
public final class OfficeSettingsCommand implements Callable<Integer> {
    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), root.messages().get("cli.officeSettings.error.missingCommand"));
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @ParentCommand
        private OfficeSettingsCommand parent;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            try (OfficeServices services = parent.root.openServices()) {
                print(spec.commandLine().getOut(), services.officeSettings().current(), messages);
            }
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set implements Callable<Integer> {
        @ParentCommand
        private OfficeSettingsCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--logo", paramLabel = "FILE", descriptionKey = "cli.option.officeLogo")
        private Path logo;

        @Option(names = "--remove-logo", descriptionKey = "cli.option.officeRemoveLogo")
        private boolean removeLogo;

        @Option(names = "--address-line", paramLabel = "TEXT", descriptionKey = "cli.option.officeAddressLine")
        private List<String> addressLines;

        @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.option.officePhone")
        private String phone;

        @Option(names = "--email", paramLabel = "EMAIL", descriptionKey = "cli.option.officeEmail")
        private String email;

        @Option(names = "--website", paramLabel = "URL", descriptionKey = "cli.option.officeWebsite")
        private String website;

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            if (logo != null && removeLogo) {
                throw new ParameterException(spec.commandLine(),
                        messages.get("cli.officeSettings.error.logoAndRemove"));
            }
            byte[] logoBytes = logo == null ? null : read(logo);
            try (OfficeServices services = parent.root.openServices()) {
                OfficeSettings current = services.officeSettings().current();
                OfficeSettings wanted = new OfficeSettings(
                        removeLogo ? null : logoBytes != null ? logoBytes : current.logo(), null,
                        addressLines != null ? String.join("\n", addressLines) : current.addressLines(),
                        phone != null ? phone : current.phone(),
                        email != null ? email : current.email(),
                        website != null ? website : current.website());
                OfficeSettings saved = services.officeSettings().save(wanted);
                PrintWriter out = spec.commandLine().getOut();
                print(out, saved, messages);
                out.println(messages.get("office.settings.saved"));
                out.flush();
            }
            return CommandLine.ExitCode.OK;
        }

        private static byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new OfficeException(e, "cli.officeSettings.error.logoUnreadable", file, e.getMessage());
            }
        }
    }

    private static void print(PrintWriter out, OfficeSettings settings, Messages messages) {
        out.println(messages.get("cli.officeSettings.logo") + "\t" + (settings.hasLogo()
                ? messages.get("cli.officeSettings.logoSet", settings.logoType(), settings.logo().length)
                : messages.get("cli.officeSettings.none")));
        out.println(messages.get("cli.officeSettings.address") + "\t" + (settings.addressLines() == null
                ? messages.get("cli.officeSettings.none") : settings.addressLines().replace("\n", " / ")));
        out.println(messages.get("cli.officeSettings.phone") + "\t" + orNone(settings.phone(), messages));
        out.println(messages.get("cli.officeSettings.email") + "\t" + orNone(settings.email(), messages));
        out.println(messages.get("cli.officeSettings.website") + "\t" + orNone(settings.website(), messages));
        out.flush();
    }

    private static String orNone(String value, Messages messages) {
        return value == null ? messages.get("cli.officeSettings.none") : value;
    }
}
