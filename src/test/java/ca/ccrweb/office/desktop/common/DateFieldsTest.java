package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.l10n.Language;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An impossible date typed is not taken, and the field shows it: the text stays, outlined, with a tip. */
@ExtendWith(ApplicationExtension.class)
class DateFieldsTest {
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>(LocalDate.of(2027, 5, 1));
    private DatePicker picker;

    @Start
    void start(Stage stage) {
        picker = DateFields.picker(new Localizer(Language.EN), "deadlineField", deadline);
        stage.setScene(new Scene(new VBox(12, picker, new TextField()), 400, 200));
        stage.show();
    }

    @Test
    void passingThroughTheFieldKeepsItsDate(FxRobot robot) {
        robot.clickOn("#deadlineField .text-field").type(KeyCode.TAB);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(deadline.get()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(picker.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
    }

    @Test
    void anImpossibleDateIsNotTakenAndTheFieldSaysSo(FxRobot robot) {
        robot.doubleClickOn("#deadlineField .text-field").eraseText(12).write("2027-02-30").type(KeyCode.TAB);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(deadline.get()).isNull();
        assertThat(picker.getEditor().getText()).isEqualTo("2027-02-30");
        assertThat(picker.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(picker.getTooltip().getText()).isEqualTo("2027-02-30 does not exist: check the day and the month.");

        robot.doubleClickOn("#deadlineField .text-field").eraseText(12).write("2027-02-28").type(KeyCode.TAB);

        assertThat(deadline.get()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(picker.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
    }
}
