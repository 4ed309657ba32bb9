package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;

/** The parts every screen shares: a header with title and subtitle, a toolbar, a spacer. */
public final class PageLayout {
    private PageLayout() {
    }

    /** The page's title and subtitle, with the page's main actions on the right. */
    public static HBox header(ObservableValue<String> title, ObservableValue<String> subtitle, Node... actions) {
        VBox text = header(title, subtitle);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox header = new HBox(8, text);
        for (Node action : actions) {
            if (action instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
            header.getChildren().add(action);
        }
        header.setAlignment(Pos.TOP_LEFT);
        return header;
    }

    public static VBox header(ObservableValue<String> title, ObservableValue<String> subtitle) {
        Label titleLabel = new Label();
        titleLabel.textProperty().bind(title);
        titleLabel.getStyleClass().add(Styles.TITLE_3);
        titleLabel.setWrapText(true);
        titleLabel.setMinHeight(Region.USE_PREF_SIZE);
        Label subtitleLabel = new Label();
        subtitleLabel.textProperty().bind(subtitle);
        subtitleLabel.getStyleClass().add(Styles.TEXT_MUTED);
        subtitleLabel.setWrapText(true);
        subtitleLabel.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(2, titleLabel, subtitleLabel);
        header.getStyleClass().add(StyleClasses.PAGE_HEADER);
        return header;
    }

    /** A row of filters and actions: fields give up width before any label or button is cut. */
    public static HBox toolbar(Node... items) {
        for (Node item : items) {
            if (item instanceof Labeled labeled) {
                labeled.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox toolbar = new HBox(8, items);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add(StyleClasses.TOOLBAR);
        return toolbar;
    }

    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** A section title inside a detail or a form. */
    public static Label sectionTitle(ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().addAll(StyleClasses.SECTION_TITLE, Styles.TEXT_BOLD);
        return label;
    }

    /** A sentence and an icon in the middle of an area that has nothing to show yet. */
    public static VBox emptyState(Ikon icon, ObservableValue<String> title,
                                  ObservableValue<String> text) {
        var graphic = Icons.sized(icon, 40);
        graphic.getStyleClass().add(StyleClasses.EMPTY_STATE_ICON);
        Label titleLabel = new Label();
        titleLabel.textProperty().bind(title);
        titleLabel.getStyleClass().add(Styles.TITLE_4);
        Label textLabel = new Label();
        textLabel.textProperty().bind(text);
        textLabel.setWrapText(true);
        textLabel.setMaxWidth(420);
        textLabel.setTextAlignment(TextAlignment.CENTER);
        textLabel.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, graphic, titleLabel, textLabel);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(StyleClasses.EMPTY_STATE);
        return box;
    }
}
