package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.l10n.Language;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An impossible date typed is not taken, and the field shows it: the text stays, outlined, with a tip. */
@ExtendWith(ApplicationExtension.class)
class DateFieldsTest {
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>(LocalDate.of(2027, 5, 1));
    private final List<LocalDate> saved = new ArrayList<>();
    private DatePicker picker;
    private Button save;

    @Start
    void start(Stage stage) {
        picker = DateFields.picker(new Localizer(Language.EN), "deadlineField", deadline);
        save = new Button("Save");
        save.setOnAction(event -> saved.add(deadline.get()));
        VBox form = new VBox(12, new FormField(new SimpleStringProperty("Deadline"), picker,
                new SimpleStringProperty("")), new TextField(), save);
        DateFields.guard(save, form);
        stage.setScene(new Scene(form, 400, 200));
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

    @Test
    void aDateTypedWithoutEnterIsReadWhenTheFormIsSavedByShortcut(FxRobot robot) {
        robot.doubleClickOn("#deadlineField .text-field").eraseText(12).write("2027-06-15");
        // A mnemonic or a shortcut fires the action while the date field keeps the focus.
        robot.interact(save::fire);

        assertThat(saved).containsExactly(LocalDate.of(2027, 6, 15));
        assertThat(deadline.get()).isEqualTo(LocalDate.of(2027, 6, 15));
    }

    @Test
    void anImpossibleDateTypedWithoutEnterKeepsTheFormFromBeingSavedWithAMessageBesideIt(FxRobot robot) {
        robot.doubleClickOn("#deadlineField .text-field").eraseText(12).write("2027-02-30");
        robot.interact(save::fire);

        assertThat(saved).isEmpty();
        assertThat(deadline.get()).isNull();
        assertThat(picker.isFocused()).isTrue();
        assertThat(robot.lookup("#deadlineFieldError").queryAs(Label.class).getText())
                .isEqualTo("2027-02-30 does not exist: check the day and the month.");
        assertThat(picker.getEditor().getText()).isEqualTo("2027-02-30");
    }

    @Test
    void anEmptyOptionalDateIsSavedAsNoDate(FxRobot robot) {
        robot.doubleClickOn("#deadlineField .text-field").eraseText(12);
        robot.interact(save::fire);

        assertThat(saved).hasSize(1).containsNull();
        assertThat(deadline.get()).isNull();
        assertThat(robot.lookup("#deadlineFieldError").queryAs(Label.class).isVisible()).isFalse();
    }
}
