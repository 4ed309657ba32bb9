package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Date fields typed as 2027-05-27, the form Canada's two languages share, or picked from the calendar. A
 * date that cannot be read (2027-02-30, 27/05/2027) leaves the field's value empty rather than keeping an old
 * value silently, and the field says so: the text typed stays, outlined in red, with a tip on the form expected.
 */
public final class DateFields {
    private DateFields() {
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
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        });
        picker.promptTextProperty().bind(localizer.text("common.date.prompt"));
        picker.valueProperty().bindBidirectional(bound);
        // A date typed and not yet confirmed with Enter still counts when the form is saved.
        Tooltip unreadableTip = new Tooltip();
        unreadableTip.textProperty().bind(localizer.text("common.date.unreadable"));
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
                boolean unreadable = read == null && typed != null && !typed.isBlank();
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
                picker.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                picker.setTooltip(null);
            }
        });
        return picker;
    }
}
