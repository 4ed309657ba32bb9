package ca.ccrweb.office.desktop;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Our own words shown cut on screen: every {@link Labeled} (label, button, tab, column header, badge,
 * navigation entry) whose displayed text differs from its text, and every one pushed outside its window.
 * Table and list cells hold data and may ellipsize; they are left out.
 */
public final class CutWords {
    private CutWords() {
    }

    /** One cut control: the screen, what it is, its text and what the screen shows of it. */
    public record Cut(String screen, String control, String text, String shown) {
        @Override
        public String toString() {
            return screen + " | " + control + " | \"" + text + "\" shown as \"" + shown + "\"";
        }
    }

    /** The cut words of every window showing, laid out afresh. Call on the FX thread. */
    public static List<Cut> inEveryWindow(String screen) {
        List<Cut> cuts = new ArrayList<>();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage && window.isShowing() && window.getScene() != null) {
                cuts.addAll(in(window.getScene(), screen));
            }
        }
        return cuts;
    }

    public static List<Cut> in(Scene scene, String screen) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        List<Cut> cuts = new ArrayList<>();
        collect(root, scene, screen, false, cuts);
        return cuts;
    }

    private static void collect(Node node, Scene scene, String screen, boolean scrolls, List<Cut> cuts) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, scene, screen, scrolls, cuts);
        }
        if (node instanceof Parent parent) {
            boolean inside = scrolls || node instanceof ScrollPane;
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, scene, screen, inside, cuts);
            }
        }
    }

    private static void check(Labeled labeled, Scene scene, String screen, boolean scrolls, List<Cut> cuts) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        Text shownText = shownText(labeled);
        if (shownText == null) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(text) : text;
        String shown = shownText.getText();
        if (!expected.equals(shown)) {
            cuts.add(new Cut(screen, describe(labeled), expected, shown));
            return;
        }
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        if (!scrolls && bounds.getWidth() > 0 && (bounds.getMaxX() > scene.getWidth() + 1
                || bounds.getMaxY() > scene.getHeight() + 1 || bounds.getMinX() < -1 || bounds.getMinY() < -1)) {
            cuts.add(new Cut(screen, describe(labeled), expected, "(outside the window)"));
        }
    }

    /** The skin's text node; none when the control shows no text of its own (graphic only, a menu button's shell). */
    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child != labeled.getGraphic() && child.getStyleClass().contains("text")
                    && child.isVisible()) {
                return text;
            }
        }
        return null;
    }

    private static String withoutMnemonic(String text) {
        int at = text.indexOf('_');
        return at < 0 || at == text.length() - 1 ? text : text.substring(0, at) + text.substring(at + 1);
    }

    private static String describe(Labeled labeled) {
        String kind = labeled.getClass().getSimpleName();
        for (Node each = labeled; each != null; each = each.getParent()) {
            if (each.getId() != null) {
                return kind + (each == labeled ? "#" + each.getId() : " in #" + each.getId());
            }
        }
        return kind;
    }
}
