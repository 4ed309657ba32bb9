package ca.ccrweb.office.core.common;

import ca.ccrweb.office.core.l10n.Messages;

import java.util.Arrays;

/**
 * A refusal the user can read: a message key and its arguments, translated where it is shown.
 * Arguments that are {@link Labelled} are translated too, and {@link Cents} shown as money.
 */
public class OfficeException extends RuntimeException {
    private final String key;
    private final transient Object[] arguments;

    public OfficeException(String key, Object... arguments) {
        this(null, key, arguments);
    }

    public OfficeException(Throwable cause, String key, Object... arguments) {
        super(key + Arrays.toString(arguments), cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String localizedMessage(Messages messages) {
        return messages.get(key, localizedArguments(messages, arguments));
    }

    public static Object[] localizedArguments(Messages messages, Object[] arguments) {
        Object[] localized = arguments.clone();
        for (int i = 0; i < localized.length; i++) {
            if (localized[i] instanceof Labelled labelled) {
                localized[i] = messages.get(labelled.labelKey());
            } else if (localized[i] instanceof Cents cents) {
                localized[i] = messages.money(cents.value());
            }
        }
        return localized;
    }
}
