package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.cases.RetentionDue;
import ca.ccrweb.office.core.l10n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office cases review --retention [--purge] [--dry-run]}: the monthly review of the closed cases whose
 * retention period has run out (reference, kind, closing date, kept until; no person named). With {@code --purge}
 * they are purged to their anonymized skeleton, except those under legal hold; {@code --dry-run} says what would be
 * purged and changes nothing.
 */
@Command(name = "cases", mixinStandardHelpOptions = true, subcommands = CasesCommand.Review.class)
public final class CasesCommand implements Callable<Integer> {
    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), root.messages().get("cli.cases.error.missingCommand"));
    }

    @Command(name = "review", mixinStandardHelpOptions = true)
    static final class Review implements Callable<Integer> {
        @ParentCommand
        private CasesCommand cases;

        @Spec
        private CommandSpec spec;

        @Option(names = "--retention", descriptionKey = "cli.option.retention")
        private boolean retention;

        @Option(names = "--purge", descriptionKey = "cli.option.purge")
        private boolean purge;

        @Option(names = "--dry-run", descriptionKey = "cli.option.dryRun")
        private boolean dryRun;

        @Override
        public Integer call() {
            Messages messages = cases.root.messages();
            if (!retention) {
                throw new ParameterException(spec.commandLine(), messages.get("cli.cases.error.retentionRequired"));
            }
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
            try (OfficeServices services = cases.root.openServices()) {
                List<RetentionDue> due = services.cases().retentionReview();
                PrintWriter out = spec.commandLine().getOut();
                for (RetentionDue line : due) {
                    out.println(messages.get("cli.cases.review.line", line.reference(),
                            messages.get(line.kind().labelKey()), line.closedOn().format(day),
                            line.keptUntil().format(day),
                            line.legalHold() ? messages.get("cli.cases.review.hold") : ""));
                }
                long held = due.stream().filter(RetentionDue::legalHold).count();
                if (!purge) {
                    out.println(messages.get("cli.cases.review.done", due.size(), held));
                } else if (dryRun) {
                    out.println(messages.get("cli.cases.review.dryRun", due.size() - held, held));
                } else {
                    List<RetentionDue> purged = services.cases().purgeDue();
                    out.println(messages.get("cli.cases.review.purged", purged.size(), held));
                }
                out.flush();
            }
            return CommandLine.ExitCode.OK;
        }
    }
}
