package ca.ccrweb.office.desktop.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Date fields typed as 2027-05-27, the form Canada's two languages share, or picked from the calendar. A
 * date that cannot be read leaves the field empty rather than keeping an old value silently.
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
        picker.focusedProperty().addListener((observable, was, focused) -> {
            if (was && !focused) {
                picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
            }
        });
        return picker;
    }
}
