package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.l10n.TypedInput;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Date fields typed as 2027-05-27, the form Canada's two languages share, or picked from the calendar. A
 * date that cannot be read (2027-02-30, 27/05/2027) leaves the field's value empty rather than keeping an old
 * value silently, and the field says so: the text typed stays, outlined in red, with a tip on the form expected.
 */
public final class DateFields {
    private static final String PROBLEM = "ccr.dateProblem";

    private DateFields() {
    }

    /** What is wrong with the date typed in this picker ("2026-02-30 does not exist"), empty when nothing is. */
    public static ObservableValue<String> problem(DatePicker picker) {
        Object problem = picker.getProperties().get(PROBLEM);
        return problem instanceof StringProperty text ? text : new SimpleStringProperty("");
    }

    public static DatePicker picker(Localizer localizer, String id, ObjectProperty<LocalDate> bound) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return TypedInput.date(text, localizer.messages().locale()).value();
            }
        });
        picker.promptTextProperty().bind(localizer.text("common.date.prompt"));
        picker.valueProperty().bindBidirectional(bound);
        // A date typed and not yet confirmed with Enter still counts when the form is saved.
        Tooltip unreadableTip = new Tooltip();
        StringProperty problem = new SimpleStringProperty("");
        unreadableTip.textProperty().bind(problem);
        picker.getProperties().put(PROBLEM, problem);
        StringProperty lastTyped = new SimpleStringProperty("");
        picker.getEditor().textProperty().addListener((observable, before, after) -> {
            if (picker.isFocused()) {
                lastTyped.set(after);
            }
        });
        picker.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                lastTyped.set(picker.getEditor().getText());
            }
            if (was && !focused) {
                String typed = lastTyped.get();
                LocalDate read = picker.getConverter().fromString(typed);
                picker.setValue(read);
                TypedInput.Reading<LocalDate> reading = TypedInput.date(typed, localizer.messages().locale());
                boolean unreadable = !reading.isValid();
                problem.set(unreadable ? localizer.get(reading.errorKey(), typed.strip()) : "");
                if (unreadable) {
                    // The picker empties its text after losing focus; what was typed is put back after that.
                    Platform.runLater(() -> {
                        if (picker.getValue() == null) {
                            picker.getEditor().setText(typed);
                        }
                    });
                }
                picker.pseudoClassStateChanged(Styles.STATE_DANGER, unreadable);
                picker.setTooltip(unreadable ? unreadableTip : null);
            }
        });
        picker.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                problem.set("");
                picker.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                picker.setTooltip(null);
            }
        });
        return picker;
    }

    /**
     * Whether a date typed in this form could not be read: the form is then not saved (an optional date would
     * otherwise be saved empty without a word), and the first such field takes the focus, its message beside it.
     */
    public static boolean refuseUnreadable(Node form) {
        for (Node node : form.lookupAll(".date-picker")) {
            if (node instanceof DatePicker picker && !problem(picker).getValue().isEmpty()) {
                picker.requestFocus();
                return true;
            }
        }
        return false;
    }
}
