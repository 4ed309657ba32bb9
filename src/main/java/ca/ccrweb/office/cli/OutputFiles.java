package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.common.OfficeException;

import java.nio.file.Files;
import java.nio.file.Path;

/** The file a command writes, checked before any work, so a mistyped folder costs nothing. */
final class OutputFiles {
    private OutputFiles() {
    }

    static Path writable(Path output) {
        Path target = output.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OfficeException("cli.export.error.noFolder", folder);
        }
        if (Files.isDirectory(target)) {
            throw new OfficeException("cli.export.error.isFolder", target);
        }
        if (Files.exists(target) ? !Files.isWritable(target) : !Files.isWritable(folder)) {
            throw new OfficeException("cli.export.error.notWritable", target);
        }
        return target;
    }
}
