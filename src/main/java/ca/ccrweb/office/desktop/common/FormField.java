package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A labelled input with the message that says what is wrong with it, shown right under it. */
public final class FormField extends VBox {
    private final Label error = new Label();
    private final Control control;

    public FormField(ObservableValue<String> label, Control control, ObservableValue<String> errorText) {
        super(4);
        this.control = control;
        Label caption = new Label();
        caption.textProperty().bind(label);
        caption.setLabelFor(control);
        caption.getStyleClass().add(StyleClasses.FIELD_LABEL);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(control instanceof DatePicker picker
                ? Bindings.createStringBinding(() -> {
                    String dateProblem = DateFields.problem(picker).getValue();
                    return dateProblem == null || dateProblem.isEmpty() ? errorText.getValue() : dateProblem;
                }, DateFields.problem(picker), errorText)
                : errorText);
        error.getStyleClass().add(StyleClasses.FIELD_ERROR);
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        if (control.getId() != null) {
            error.setId(control.getId() + "Error");
        }
        control.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().subscribe(text -> control.pseudoClassStateChanged(Styles.STATE_DANGER,
                text != null && !text.isEmpty()));
        getChildren().addAll(caption, control, error);
    }

    public Label errorLabel() {
        return error;
    }

    public Control control() {
        return control;
    }
}
