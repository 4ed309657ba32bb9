package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.l10n.TypedInput;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * Date fields typed as 2027-05-27, the form Canada's two languages share, or picked from the calendar. A
 * date that cannot be read (2027-02-30, 27/05/2027) leaves the field's value empty rather than keeping an old
 * value silently, and the field says so: the text typed stays, outlined in red, with a tip on the form expected.
 */
public final class DateFields {
    private static final String PROBLEM = "ccr.dateProblem";
    private static final String READ_TYPED = "ccr.dateReadTyped";

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
        Consumer<String> read = typed -> {
            TypedInput.Reading<LocalDate> reading = TypedInput.date(typed, localizer.messages().locale());
            picker.setValue(reading.value());
            boolean unreadable = !reading.isValid();
            problem.set(unreadable ? localizer.get(reading.errorKey(), typed.strip()) : "");
            if (unreadable) {
                // The picker empties its text when its value is set or it loses focus; what was typed is put back.
                picker.getEditor().setText(typed);
                Platform.runLater(() -> {
                    if (picker.getValue() == null && !picker.getEditor().getText().equals(typed)) {
                        picker.getEditor().setText(typed);
                    }
                });
            }
            picker.pseudoClassStateChanged(Styles.STATE_DANGER, unreadable);
            picker.setTooltip(unreadable ? unreadableTip : null);
        };
        picker.getProperties().put(READ_TYPED, (Runnable) () -> {
            String typed = picker.getEditor().getText() == null ? "" : picker.getEditor().getText();
            if (!typed.strip().equals(picker.getConverter().toString(picker.getValue()))) {
                read.accept(typed);
            }
        });
        picker.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                lastTyped.set(picker.getEditor().getText());
            }
            if (was && !focused) {
                read.accept(lastTyped.get() == null ? "" : lastTyped.get());
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
     * Reads what is typed in the form's date fields now, Enter pressed or not (a mnemonic or a shortcut saves
     * without the field losing the focus), then tells whether one of them could not be read: the form is then
     * not saved (an optional date would otherwise be saved empty without a word), and the first such field takes
     * the focus, its message beside it. An empty optional date is read as no date, and is no problem.
     */
    public static boolean refuseUnreadable(Node form) {
        for (Node node : form.lookupAll(".date-picker")) {
            if (node instanceof DatePicker picker && picker.getProperties().get(READ_TYPED) instanceof Runnable read) {
                read.run();
            }
        }
        for (Node node : form.lookupAll(".date-picker")) {
            if (node instanceof DatePicker picker && !problem(picker).getValue().isEmpty()) {
                picker.requestFocus();
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps an action (save, preview, record) from running while a date typed in its form cannot be read; the
     * dates typed are read first, so the action sees them whether or not Enter was pressed.
     */
    public static void guard(ButtonBase action, Node form) {
        action.addEventFilter(ActionEvent.ACTION, event -> {
            if (refuseUnreadable(form)) {
                event.consume();
            }
        });
    }
}
