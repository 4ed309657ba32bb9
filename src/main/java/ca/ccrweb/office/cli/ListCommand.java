package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.PlaceCount;
import ca.ccrweb.office.core.l10n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ccr-office list events}: one line per event, tab-separated, id first: id, start, end, kind, title
 * (in the chosen language), city, status, places taken, waitlisted. For scripts: no header, no padding.
 * {@code ccr-office list campaigns}: one line per advocacy campaign, the same way: id, start, end, status, title,
 * actions reported.
 * {@code ccr-office list mailing-lists}: one line per subscription list: id, code (empty for the office's own
 * lists), name (in the chosen language), subscribed, unsubscribed.
 */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class ListCommand implements Callable<Integer> {
    @ParentCommand
    private OfficeCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "events|campaigns|mailing-lists", descriptionKey = "cli.parameter.listKind")
    private String kind;

    @Override
    public Integer call() throws Exception {
        Messages messages = root.messages();
        if ("campaigns".equalsIgnoreCase(kind.strip())) {
            return campaigns(messages);
        }
        if ("mailing-lists".equalsIgnoreCase(kind.strip())) {
            return mailingLists(messages);
        }
        if (!"events".equalsIgnoreCase(kind.strip())) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.list.error.unknownKind", kind));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (OfficeServices services = root.openServices()) {
            Map<Long, PlaceCount> places = services.registrations().placesByEvent();
            for (Event event : services.events().all()) {
                PlaceCount count = places.getOrDefault(event.id(), PlaceCount.NONE);
                out.println(String.join("\t", String.valueOf(event.id()), event.startsOn().toString(),
                        event.endsOn().toString(), event.kind().name(), clean(event.title(messages.language())),
                        clean(event.city()), event.status().name(), String.valueOf(count.taken()),
                        String.valueOf(count.waitlisted())));
            }
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private int campaigns(Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        try (OfficeServices services = root.openServices()) {
            for (Campaign campaign : services.advocacy().campaigns()) {
                out.println(String.join("\t", String.valueOf(campaign.id()), campaign.startsOn().toString(),
                        campaign.endsOn() == null ? "" : campaign.endsOn().toString(), campaign.status().name(),
                        clean(campaign.title(messages.language())),
                        String.valueOf(services.advocacy().tallies(campaign.id()).total())));
            }
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private int mailingLists(Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        try (OfficeServices services = root.openServices()) {
            for (var summary : services.mailingLists().summaries()) {
                out.println(String.join("\t", String.valueOf(summary.list().id()),
                        summary.list().code() == null ? "" : summary.list().code(),
                        clean(summary.list().name(messages.language())), String.valueOf(summary.subscribed()),
                        String.valueOf(summary.unsubscribed())));
            }
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    /** Tabs and line breaks inside a value would break the columns. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
