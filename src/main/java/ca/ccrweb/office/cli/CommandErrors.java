package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.l10n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.function.Supplier;

/**
 * What a person sees when a command fails: one line in their language on standard error, never a stack
 * trace. Exit code 1 when the work failed, 2 when the command line itself was wrong (then a hint to try
 * --help). The details go to the log.
 */
final class CommandErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CommandErrors.class);

    private final Supplier<Messages> messages;

    CommandErrors(Supplier<Messages> messages) {
        this.messages = messages;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        String message = oneLine(describe(failure, messages.get()));
        // In the log file only (the console shows warnings): standard error keeps the one-line message.
        LOG.info("{} failed: {}", commandLine.getCommandSpec().qualifiedName(), message, failure);
        commandLine.getErr().println(message);
        return CommandLine.ExitCode.SOFTWARE;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        Messages words = messages.get();
        LOG.debug("Usage error: {}", failure.getMessage(), failure);
        PrintWriter err = commandLine.getErr();
        err.println(oneLine(failure.getMessage()));
        if (failure instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(words.get("cli.error.didYouMean", String.join(", ", unmatched.getSuggestions())));
        }
        err.println(words.get("cli.error.tryHelp", commandLine.getCommandSpec().qualifiedName()));
        return CommandLine.ExitCode.USAGE;
    }

    private static String describe(Exception failure, Messages messages) {
        if (failure instanceof OfficeException office) {
            return office.localizedMessage(messages);
        }
        IOException io = failure instanceof UncheckedIOException unchecked ? unchecked.getCause()
                : causeOfType(failure, IOException.class);
        if (io instanceof AccessDeniedException denied) {
            return messages.get("cli.error.accessDenied", denied.getFile());
        }
        if (io instanceof NoSuchFileException missing) {
            return messages.get("cli.error.noSuchFile", missing.getFile());
        }
        if (io != null) {
            return messages.get("cli.error.io", String.valueOf(io.getMessage()));
        }
        return messages.get("cli.error.unexpected", failure.getClass().getSimpleName(),
                String.valueOf(failure.getMessage()));
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** Validation lists several fields on separate lines: a command's message stays on one. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
