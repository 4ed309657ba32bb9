package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Small builders shared by the panes of the Cases section. */
final class CaseForms {
    private CaseForms() {
    }

    static Node scrolling(VBox pane) {
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }

    static TextField text(String id, StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    static HBox pair(FormField left, FormField right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(200);
        right.setPrefWidth(200);
        return new HBox(8, left, right);
    }

    static FormField field(Localizer localizer, FieldErrors errors, String labelKey, Control control, String name) {
        return new FormField(localizer.text(labelKey), control, errors.text(name));
    }
}
