package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.mailings.Delivery;
import ca.ccrweb.office.core.mailings.DeliveryStatus;
import ca.ccrweb.office.core.mailings.Mailing;
import ca.ccrweb.office.core.mailings.MailingService;
import ca.ccrweb.office.core.mailings.Tally;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office mailing send ID}: sends (or resumes sending) a queued mailing through the office's mail
 * server; nobody already sent to receives it again. {@code ccr-office mailing status ID}: one line saying how
 * far the mailing went, then one line per recipient not sent to (email, state, the server's reply), tab-separated.
 */
@Command(name = "mailing", mixinStandardHelpOptions = true,
        subcommands = {MailingCommand.Send.class, MailingCommand.Status.class})
public final class MailingCommand implements Callable<Integer> {
    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), root.messages().get("cli.mailing.error.missingCommand"));
    }

    static void printTally(PrintWriter out, Messages messages, Mailing mailing, Tally tally) {
        out.println(messages.get("cli.mailing.tally", String.valueOf(mailing.id()), messages.get(mailing.status().labelKey()),
                tally.count(DeliveryStatus.SENT), tally.total(), tally.count(DeliveryStatus.REFUSED),
                tally.count(DeliveryStatus.IN_DOUBT) + tally.count(DeliveryStatus.FAILED),
                tally.count(DeliveryStatus.PENDING), tally.count(DeliveryStatus.CANCELLED)));
    }

    private static Mailing require(OfficeServices services, long id) {
        return services.mailings().mailing(id).orElseThrow(() -> new OfficeException("mailings.error.noSuchMailing", String.valueOf(id)));
    }

    @Command(name = "send", mixinStandardHelpOptions = true)
    static final class Send implements Callable<Integer> {
        @ParentCommand
        private MailingCommand mailing;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.parameter.mailingId")
        private long id;

        @Override
        public Integer call() {
            Messages messages = mailing.root.messages();
            PrintWriter out = spec.commandLine().getOut();
            try (OfficeServices services = mailing.root.openServices()) {
                require(services, id);
                Tally tally = services.mailings().send(id, MailingService.SendProgress.NONE, () -> false);
                printTally(out, messages, require(services, id), tally);
            }
            out.flush();
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status implements Callable<Integer> {
        @ParentCommand
        private MailingCommand mailing;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.parameter.mailingId")
        private long id;

        @Override
        public Integer call() {
            Messages messages = mailing.root.messages();
            PrintWriter out = spec.commandLine().getOut();
            try (OfficeServices services = mailing.root.openServices()) {
                Mailing found = require(services, id);
                printTally(out, messages, found, services.mailings().tally(id));
                for (Delivery delivery : services.mailings().deliveries(id)) {
                    if (delivery.status() != DeliveryStatus.SENT) {
                        out.println(String.join("\t", delivery.email(), delivery.status().name(),
                                delivery.serverReply() == null ? "" : delivery.serverReply().replaceAll("[\\t\\r\\n]+", " ")));
                    }
                }
            }
            out.flush();
            return CommandLine.ExitCode.OK;
        }
    }
}
