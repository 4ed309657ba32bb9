package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.l10n.Messages;

/** What is wrong with one row: the line of the sheet, the field, what was typed and why it is refused. */
public record RowError(int line, ImportField field, String typed, FieldError error) {

    /** "Line 7, Email: Adresse courriel non valide. (jean.roy@)". */
    public String localizedMessage(Messages messages) {
        String reason = error.localizedMessage(messages);
        String field = field() == null ? "" : messages.get(field().labelKey());
        return messages.get("import.error.line", line, field, reason, typed == null ? "" : typed);
    }
}
