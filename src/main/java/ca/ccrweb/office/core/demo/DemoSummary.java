package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.l10n.Messages;

/** One line of what the demo data made, written in the reader's language where it is shown. */
public record DemoSummary(String key, Object... arguments) {

    public String text(Messages messages) {
        return messages.get(key, OfficeException.localizedArguments(messages, arguments));
    }
}
