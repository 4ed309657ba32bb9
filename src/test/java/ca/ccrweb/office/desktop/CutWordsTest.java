package ca.ccrweb.office.desktop;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout check itself: it finds a label shown cut and a button pushed out of its window, and nothing else. */
@ExtendWith(ApplicationExtension.class)
class CutWordsTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        Label cut = new Label("Enregistrer la lettre de bienvenue (PDF)");
        cut.setId("cutLabel");
        cut.setMaxWidth(90);
        Label whole = new Label("Retenir");
        Button outside = new Button("_Créer l’événement");
        outside.setId("outsideButton");
        outside.relocate(250, 10);
        VBox box = new VBox(cut, whole, new Pane(outside));
        scene = new Scene(box, 300, 120);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void findsOurWordsShownCutOrOutsideTheWindowAndNothingElse(FxRobot robot) {
        List<CutWords.Cut> cuts = new ArrayList<>();
        robot.interact(() -> cuts.addAll(CutWords.in(scene, "sample")));

        assertThat(cuts).extracting(CutWords.Cut::control).containsExactlyInAnyOrder("Label#cutLabel",
                "Button#outsideButton");
        assertThat(cuts).filteredOn(cut -> cut.control().equals("Button#outsideButton"))
                .extracting(CutWords.Cut::text).containsExactly("Créer l’événement");
    }
}
