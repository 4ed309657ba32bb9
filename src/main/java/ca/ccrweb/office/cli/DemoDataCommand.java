package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.demo.DemoDataReport;
import ca.ccrweb.office.core.demo.DemoEvents;
import ca.ccrweb.office.core.demo.DemoFund;
import ca.ccrweb.office.core.demo.DemoUpdates;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.MembershipStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code ccr-office demo-data [--scale N]}: fills the database with realistic organizations, accounts, events and registrations. */
@Command(name = "demo-data", mixinStandardHelpOptions = true)
public final class DemoDataCommand implements Callable<Integer> {
    static final int LARGEST_SCALE = 100;

    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.option.scale")
    private int scale;

    @Override
    public Integer call() throws Exception {
        Messages messages = root.messages();
        if (scale < 1 || scale > LARGEST_SCALE) {
            throw new ParameterException(spec.commandLine(),
                    messages.get("cli.demoData.error.scale", LARGEST_SCALE, String.valueOf(scale)));
        }
        try (OfficeServices services = root.openServices()) {
            DemoDataReport report = DemoData.generate(services, scale, DemoData.DEFAULT_SEED);
            DemoEvents.Report events = DemoEvents.generate(services, scale, DemoData.DEFAULT_SEED);
            print(report, services.database().settings().displayName(), messages);
            print(events, messages);
            DemoFund.Report fund = DemoFund.generate(services, DemoData.DEFAULT_SEED);
            spec.commandLine().getOut().println(messages.get("cli.demoData.summary.fund", fund.applications(),
                    fund.awards(), fund.disbursements()));
            DemoAdvocacy.Report advocacy = DemoAdvocacy.generate(services, DemoData.DEFAULT_SEED);
            spec.commandLine().getOut().println(messages.get("cli.demoData.summary.advocacy", advocacy.campaigns(),
                    advocacy.letters(), advocacy.actions()));
            // After the fund and advocacy: the updates' key figures count their awards and letters.
            int updates = DemoUpdates.generate(services);
            spec.commandLine().getOut().println(messages.get("cli.demoData.summary.quarterlyUpdates", updates));
            spec.commandLine().getOut().flush();
        }
        return CommandLine.ExitCode.OK;
    }

    private void print(DemoEvents.Report events, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("cli.demoData.summary.events", events.events(), events.registrations()));
        if (events.eventsAlreadyPresent() > 0) {
            out.println(messages.get("cli.demoData.summary.eventsAlreadyPresent", events.eventsAlreadyPresent()));
        }
        out.flush();
    }

    private void print(DemoDataReport report, String database, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("cli.demoData.summary.database", database));
        out.println(messages.get("cli.demoData.summary.organizations", report.organizations()));
        for (MembershipStatus status : MembershipStatus.values()) {
            if (report.organizations(status) > 0) {
                out.println(messages.get("cli.demoData.summary.status", messages.get(status.labelKey()),
                        report.organizations(status)));
            }
        }
        out.println(messages.get("cli.demoData.summary.administrators", report.administratorAccounts()));
        out.println(messages.get("cli.demoData.summary.individuals", report.individualAccounts()));
        if (report.organizationsAlreadyPresent() > 0) {
            out.println(messages.get("cli.demoData.summary.alreadyPresent", report.organizationsAlreadyPresent()));
        }
        out.flush();
    }
}
