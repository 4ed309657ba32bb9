package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.DuesAssessment;
import ca.ccrweb.office.core.membership.DuesService;
import ca.ccrweb.office.core.membership.LapseCandidate;
import ca.ccrweb.office.core.membership.Organization;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office dues assess --year Y [--dry-run]}: creates the year's dues of every active member not yet
 * assessed (again: nothing more). {@code ccr-office dues lapse --grace-days N [--dry-run]}: lapses the members
 * whose dues are unpaid N days after they fell due; their accounts lose access. With {@code --dry-run} both
 * print what they would do and change nothing.
 */
@Command(name = "dues", mixinStandardHelpOptions = true,
        subcommands = {DuesCommand.Assess.class, DuesCommand.Lapse.class})
public final class DuesCommand implements Callable<Integer> {
    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), root.messages().get("cli.dues.error.missingCommand"));
    }

    @Command(name = "assess", mixinStandardHelpOptions = true)
    static final class Assess implements Callable<Integer> {
        @ParentCommand
        private DuesCommand dues;

        @Spec
        private CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "Y", descriptionKey = "cli.option.duesYear")
        private int year;

        @Option(names = "--dry-run", descriptionKey = "cli.option.dryRun")
        private boolean dryRun;

        @Override
        public Integer call() {
            Messages messages = dues.root.messages();
            try (OfficeServices services = dues.root.openServices()) {
                DuesService service = services.dues();
                DuesAssessment assessment = dryRun
                        ? service.previewAssessment(year, DuesService.defaultDueDate(year))
                        : service.assessYear(year, DuesService.defaultDueDate(year));
                PrintWriter out = spec.commandLine().getOut();
                for (DuesAssessment.Line line : assessment.lines()) {
                    out.println(line.organizationName() + "\t" + line.bracket().label(messages.language()) + "\t"
                            + messages.money(line.amountCents()));
                }
                if (assessment.placeholderAmounts()) {
                    spec.commandLine().getErr().println(messages.get("cli.dues.warning.placeholders", String.valueOf(year)));
                }
                out.println(messages.get(dryRun ? "cli.dues.assess.dryRun" : "cli.dues.assess.done",
                        assessment.lines().size(), String.valueOf(year), messages.money(assessment.totalCents()),
                        assessment.alreadyAssessed()));
                out.flush();
            }
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "lapse", mixinStandardHelpOptions = true)
    static final class Lapse implements Callable<Integer> {
        @ParentCommand
        private DuesCommand dues;

        @Spec
        private CommandSpec spec;

        @Option(names = "--grace-days", required = true, paramLabel = "N", descriptionKey = "cli.option.graceDays")
        private int graceDays;

        @Option(names = "--dry-run", descriptionKey = "cli.option.dryRun")
        private boolean dryRun;

        @Override
        public Integer call() {
            Messages messages = dues.root.messages();
            if (graceDays < 0 || graceDays > DuesService.MAX_GRACE_DAYS) {
                throw new ParameterException(spec.commandLine(),
                        messages.get("dues.error.graceDays", DuesService.MAX_GRACE_DAYS));
            }
            try (OfficeServices services = dues.root.openServices()) {
                List<LapseCandidate> candidates = services.dues().lapsePreview(graceDays);
                PrintWriter out = spec.commandLine().getOut();
                for (LapseCandidate candidate : candidates) {
                    out.println(candidate.organizationName() + "\t" + candidate.year() + "\t"
                            + messages.money(candidate.balanceCents()) + "\t" + candidate.dueOn());
                }
                if (dryRun) {
                    out.println(messages.get("cli.dues.lapse.dryRun", candidates.size(), graceDays));
                } else {
                    List<Organization> lapsed = services.dues().lapseOverdueMembers(graceDays);
                    out.println(messages.get("cli.dues.lapse.done", lapsed.size(), graceDays));
                }
                out.flush();
            }
            return CommandLine.ExitCode.OK;
        }
    }
}
