package ca.ccrweb.office.core.common;

import ca.ccrweb.office.core.l10n.Messages;

/** What is wrong with one field of a form: the field's name and a message key with its arguments. */
public record FieldError(String field, String key, Object... arguments) {
    public FieldError {
        arguments = arguments.clone();
    }

    public String localizedMessage(Messages messages) {
        return messages.get(key, OfficeException.localizedArguments(messages, arguments));
    }
}
