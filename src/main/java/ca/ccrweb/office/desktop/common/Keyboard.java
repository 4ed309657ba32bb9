package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.common.Texts;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionModel;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the keyboard does in every drop-down, list and multi-line field of a window or dialog, installed once
 * on its root: letters typed select the first entry whose shown text starts with them (accents and case
 * ignored: "que" reaches Québec), and Tab leaves a multi-line field as it leaves any other (Ctrl+Tab types a tab).
 */
public final class Keyboard {
    private static final String TYPED = "keyboard.typed";
    private static final String TYPED_SELECTION = "keyboard.typedSelection";
    private static final Pattern NEW_BUTTON = Pattern.compile("new(?!Code)[A-Z]\\w*Button");

    private Keyboard() {
    }

    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_TYPED, Keyboard::typed);
        root.addEventFilter(KeyEvent.KEY_PRESSED, Keyboard::tabOutOfTextArea);
        Mnemonics.install(root);
    }

    /**
     * Tells the page's shortcuts where they act: the search field (Ctrl+F), the New button (Ctrl+N) and the
     * Export button (Ctrl+E) get a tooltip naming their key, as the platform writes it (⌘ on a Mac).
     */
    public static void showShortcuts(Node page, Localizer localizer) {
        hint(page.lookup("#searchField"), localizer, "shortcut.tooltip.search", KeyCode.F);
        hint(page.lookup("#exportButton"), localizer, "shortcut.tooltip.export", KeyCode.E);
        page.lookupAll(".button").stream()
                .filter(node -> node.getId() != null && NEW_BUTTON.matcher(node.getId()).matches())
                .findFirst()
                .ifPresent(button -> hint(button, localizer, "shortcut.tooltip.new", KeyCode.N));
    }

    /** The main action of a dialog answers Alt and its first letter, underlined while Alt is held. */
    public static String withMnemonic(String text) {
        return text.isEmpty() || !Character.isLetter(text.charAt(0)) ? text : "_" + text;
    }

    private static void hint(Node node, Localizer localizer, String key, KeyCode code) {
        if (node instanceof Control control && control.getTooltip() == null) {
            String keys = new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN).getDisplayText();
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(localizer.text(() -> localizer.get(key, keys)));
            control.setTooltip(tip);
        }
    }

    private static void tabOutOfTextArea(KeyEvent key) {
        if (key.getCode() == KeyCode.TAB && !key.isControlDown() && !key.isAltDown() && !key.isMetaDown()
                && key.getTarget() instanceof TextArea area) {
            key.consume();
            // The text area's own behaviour moves the focus on Ctrl+Tab: asked for it, with the same direction.
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, key.isShiftDown(), true,
                    false, false));
        }
    }

    private static void typed(KeyEvent key) {
        String character = key.getCharacter();
        if (character.isEmpty() || Character.isISOControl(character.charAt(0)) || key.isControlDown()
                || key.isAltDown() || key.isMetaDown()) {
            return;
        }
        // A searchable drop-down filters on the letters typed itself.
        if (key.getTarget() instanceof ComboBox<?> combo && !combo.isEditable()
                && !(combo instanceof SearchableComboBox<?>)) {
            if (select(combo, combo.getSelectionModel(), texts(combo), character)) {
                key.consume();
            }
        } else if (key.getTarget() instanceof ListView<?> list) {
            if (select(list, list.getSelectionModel(), texts(list), character)) {
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                key.consume();
            }
        }
    }

    /**
     * Selects the entry starting with what was typed so far plus {@code character}, from the one selected on;
     * when none does, starts again from this character alone, from the next entry (so "n", "n" goes from one
     * entry starting with N to the next). What was typed is forgotten once the selection changes otherwise.
     */
    static boolean select(Node control, SelectionModel<?> selection, List<String> texts, String character) {
        if (texts.isEmpty() || (character.isBlank() && typedSoFar(control, selection).isEmpty())) {
            return false;
        }
        int current = Math.max(0, selection.getSelectedIndex());
        String typed = Texts.searchKey(typedSoFar(control, selection) + character);
        int found = find(texts, typed, current);
        if (found < 0) {
            typed = Texts.searchKey(character);
            found = find(texts, typed, selection.getSelectedIndex() + 1);
        }
        if (found < 0) {
            control.getProperties().remove(TYPED);
            return !character.isBlank();
        }
        selection.select(found);
        control.getProperties().put(TYPED, typed);
        control.getProperties().put(TYPED_SELECTION, found);
        return true;
    }

    private static String typedSoFar(Node control, SelectionModel<?> selection) {
        Object typed = control.getProperties().get(TYPED);
        boolean sameSelection = Objects.equals(control.getProperties().get(TYPED_SELECTION),
                selection.getSelectedIndex());
        return typed instanceof String text && sameSelection ? text : "";
    }

    private static int find(List<String> texts, String typed, int from) {
        for (int step = 0; step < texts.size(); step++) {
            int index = Math.floorMod(from + step, texts.size());
            if (texts.get(index).startsWith(typed)) {
                return index;
            }
        }
        return -1;
    }

    /** The text each entry shows: through the control's own cells (translated labels), else its converter. */
    private static <T> List<String> texts(ComboBox<T> combo) {
        return texts(combo.getItems(), combo.getCellFactory(), combo.getConverter());
    }

    private static <T> List<String> texts(ListView<T> list) {
        return texts(list.getItems(), list.getCellFactory(), null);
    }

    private static <T> List<String> texts(ObservableList<T> items, Callback<ListView<T>, ListCell<T>> cells,
                                          StringConverter<T> converter) {
        ListView<T> list = new ListView<>(items);
        ListCell<T> cell = cells == null ? null : cells.call(list);
        if (cell != null) {
            cell.updateListView(list);
        }
        List<String> texts = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            String text = null;
            if (cell != null) {
                cell.updateIndex(index);
                text = cell.getText();
            }
            if (text == null) {
                T item = items.get(index);
                // A list drawing its entries as pictures says nothing to match against.
                text = converter != null ? converter.toString(item) : "";
            }
            texts.add(Texts.searchKey(text).strip());
        }
        return texts;
    }
}
