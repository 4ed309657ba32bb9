package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Alt and a letter for the actions of a window, in either language, with no letter twice in one window. Each
 * action's words are theirs in the language shown; the letter is chosen for the window as it is: the main actions
 * (accent buttons) first, then the other buttons and menus, each taking the first letter of one of its words not
 * yet taken, or else any letter of its words. Letters a dialog fixed itself (its "_Save") are taken first.
 * The letters are chosen again when a page is shown, when the language switches and when Alt is pressed, so a
 * panel built since (the fund's decision buttons, say) has its letters too.
 */
public final class Mnemonics {
    private static final String LETTER = "ccr.mnemonicLetter";
    private static final String WORDS = "ccr.mnemonicWords";

    private Mnemonics() {
    }

    /** The action shows {@code words} with its letter marked, once {@link #assign} gave it one. */
    public static void bind(Labeled action, ObservableValue<String> words) {
        ObjectProperty<Character> letter = new SimpleObjectProperty<>();
        action.getProperties().put(LETTER, letter);
        action.getProperties().put(WORDS, words);
        action.setMnemonicParsing(true);
        action.textProperty().bind(Bindings.createStringBinding(() -> mark(words.getValue(), letter.get()), words,
                letter));
    }

    /** Chooses the letters again when Alt is pressed in that window, for what it shows then. */
    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ALT && root instanceof Parent window) {
                assign(window);
            }
        });
    }

    /** Gives each action shown in the window a letter of its own; returns the letters given, by action. */
    public static Map<Labeled, Character> assign(Parent window) {
        List<Labeled> actions = new ArrayList<>();
        Set<Character> taken = new HashSet<>();
        List<Node> nodes = new ArrayList<>(window.lookupAll(".button"));
        nodes.addAll(window.lookupAll(".menu-button"));
        for (Node node : nodes) {
            if (!(node instanceof Labeled labeled)) {
                continue;
            }
            if (labeled.getProperties().get(LETTER) instanceof ObjectProperty<?>) {
                if (!Objects.equals(labeled.getText(), mark(words(labeled), letter(labeled).get()))) {
                    // Its words were bound again by its screen (a text that follows a count): it shows no letter.
                    letter(labeled).set(null);
                } else if (shown(labeled)) {
                    actions.add(labeled);
                } else {
                    letter(labeled).set(null);
                }
            } else if (labeled.isMnemonicParsing() && fixedLetter(labeled.getText()) != null) {
                taken.add(fixedLetter(labeled.getText()));
            }
        }
        actions.sort(Comparator.comparingInt(Mnemonics::rank));
        Map<Labeled, Character> given = new LinkedHashMap<>();
        for (Labeled action : actions) {
            Character chosen = choose(words(action), taken);
            letter(action).set(chosen);
            if (chosen != null) {
                taken.add(chosen);
                given.put(action, chosen);
            }
        }
        return given;
    }

    /** The letter the text marks with "_" (lower case), or null when it marks none. */
    public static Character fixedLetter(String text) {
        if (text == null) {
            return null;
        }
        int at = text.indexOf('_');
        return at < 0 || at + 1 >= text.length() ? null : Character.toLowerCase(text.charAt(at + 1));
    }

    private static String words(Labeled action) {
        return ((ObservableValue<?>) action.getProperties().get(WORDS)).getValue() instanceof String text ? text : "";
    }

    @SuppressWarnings("unchecked")
    private static ObjectProperty<Character> letter(Labeled action) {
        return (ObjectProperty<Character>) action.getProperties().get(LETTER);
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static int rank(Labeled action) {
        if (action instanceof Button button && (button.isDefaultButton()
                || button.getStyleClass().contains(Styles.ACCENT))) {
            return 0;
        }
        return action instanceof ButtonBase || action instanceof MenuButton ? 1 : 2;
    }

    /** The first letter of a word not yet taken, or else the first letter of the words not yet taken. */
    static Character choose(String words, Set<Character> taken) {
        if (words == null) {
            return null;
        }
        for (String word : words.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && typable(word.charAt(0)) && !taken.contains(lower(word.charAt(0)))) {
                return lower(word.charAt(0));
            }
        }
        for (char character : words.toCharArray()) {
            if (typable(character) && !taken.contains(lower(character))) {
                return lower(character);
            }
        }
        return null;
    }

    /** The words with "_" before the first place the letter starts a word, or else before its first place. */
    static String mark(String words, Character letter) {
        if (words == null) {
            return "";
        }
        // An underscore of the words themselves would be read as a mark: it is doubled, shown as one.
        String escaped = words.replace("_", "__");
        if (letter == null) {
            return escaped;
        }
        int at = -1;
        for (int i = 0; i < escaped.length(); i++) {
            boolean startsWord = i == 0 || !Character.isLetterOrDigit(escaped.charAt(i - 1));
            if (lower(escaped.charAt(i)) == letter && startsWord) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            at = escaped.toLowerCase(Locale.ROOT).indexOf(letter);
        }
        return at < 0 ? escaped : escaped.substring(0, at) + "_" + escaped.substring(at);
    }

    private static boolean typable(char character) {
        char lower = lower(character);
        return lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9';
    }

    private static char lower(char character) {
        return Character.toLowerCase(character);
    }
}
