package ca.ccrweb.office.core.common;

import ca.ccrweb.office.core.l10n.Messages;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Input refused field by field; nothing was saved. */
public final class ValidationException extends OfficeException {
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation.invalidInput");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A validation failure needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String key, Object... arguments) {
        return new ValidationException(List.of(new FieldError(field, key, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Optional<FieldError> errorFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).findFirst();
    }

    @Override
    public String localizedMessage(Messages messages) {
        return errors.stream()
                .map(error -> messages.get("field." + error.field()) + " : " + error.localizedMessage(messages))
                .collect(Collectors.joining("\n"));
    }
}
