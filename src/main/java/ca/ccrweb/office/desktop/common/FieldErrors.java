package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.ValidationException;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages of one form, field by field, as the service refused them. Each field's text follows the
 * language; fields the form does not show are kept apart so their message is not lost.
 */
public final class FieldErrors {
    private final Localizer localizer;
    private final Map<String, ObjectProperty<FieldError>> byField = new LinkedHashMap<>();

    public FieldErrors(Localizer localizer, List<String> fields) {
        this.localizer = localizer;
        fields.forEach(field -> byField.put(field, new SimpleObjectProperty<>()));
    }

    /** The message under a field, or the empty text. */
    public StringBinding text(String field) {
        ObjectProperty<FieldError> error = property(field);
        return localizer.text(() -> error.get() == null ? "" : error.get().localizedMessage(localizer.messages()),
                error);
    }

    public Optional<FieldError> errorFor(String field) {
        return Optional.ofNullable(property(field).get());
    }

    /**
     * Places each refusal beside its field and returns those that belong to no field of this form, for
     * a message at the top of it.
     */
    public List<FieldError> show(ValidationException refusal) {
        clear();
        List<FieldError> elsewhere = new ArrayList<>();
        for (FieldError error : refusal.errors()) {
            ObjectProperty<FieldError> property = byField.get(error.field());
            if (property == null) {
                elsewhere.add(error);
            } else if (property.get() == null) {
                property.set(error);
            }
        }
        return elsewhere;
    }

    public void clear() {
        byField.values().forEach(property -> property.set(null));
    }

    public boolean isEmpty() {
        return byField.values().stream().allMatch(property -> property.get() == null);
    }

    private ObjectProperty<FieldError> property(String field) {
        ObjectProperty<FieldError> property = byField.get(field);
        if (property == null) {
            throw new IllegalArgumentException("This form has no field " + field);
        }
        return property;
    }
}
