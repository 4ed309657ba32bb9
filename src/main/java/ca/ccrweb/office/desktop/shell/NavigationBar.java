package ca.ccrweb.office.desktop.shell;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.beans.binding.IntegerBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The navigation bar on the left: the application's name, one entry per section, the language switch. */
final class NavigationBar extends VBox {
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final Map<Language, ToggleButton> languages = new EnumMap<>(Language.class);
    private Section current;

    /**
     * @param navigate asked to show a section; answers false when the page shown may not be left
     */
    NavigationBar(Localizer localizer, IntegerBinding pendingApplications, Predicate<Section> navigate,
                  Consumer<Language> switchLanguage, Runnable signOut) {
        getStyleClass().add(StyleClasses.SIDEBAR);
        setId("navigation");

        Label brand = new Label();
        brand.textProperty().bind(localizer.text("app.title"));
        brand.getStyleClass().add(Styles.TITLE_4);
        Label organization = new Label();
        organization.textProperty().bind(localizer.text("shell.brand.organization"));
        organization.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        organization.setWrapText(true);
        VBox brandBox = new VBox(2, brand, organization);
        brandBox.getStyleClass().add(StyleClasses.SIDEBAR_BRAND);

        ToggleGroup group = new ToggleGroup();
        VBox entries = new VBox(2);
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton();
            button.setId(section.id());
            button.textProperty().bind(localizer.text(section.labelKey()));
            button.setGraphic(Icons.of(section.icon()));
            button.getStyleClass().add(StyleClasses.NAV_ITEM);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setToggleGroup(group);
            button.setOnAction(event -> {
                if (section != current && navigate.test(section)) {
                    select(section);
                } else {
                    select(current);
                }
            });
            buttons.put(section, button);
            if (section == Section.APPLICATIONS) {
                Label badge = new Label();
                badge.setId("pendingApplicationsBadge");
                badge.getStyleClass().add(StyleClasses.NAV_BADGE);
                badge.textProperty().bind(pendingApplications.asString());
                badge.visibleProperty().bind(pendingApplications.greaterThan(0));
                badge.setMouseTransparent(true);
                button.getStyleClass().add(StyleClasses.NAV_ITEM_WITH_BADGE);
                StackPane withBadge = new StackPane(button, badge);
                StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
                StackPane.setMargin(badge, new Insets(0, 10, 0, 0));
                entries.getChildren().add(withBadge);
            } else {
                entries.getChildren().add(button);
            }
        }
        ScrollPane scroller = new ScrollPane(entries);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        Button signOutButton = new Button(null, Icons.of(Feather.LOG_OUT));
        signOutButton.setId("signOutButton");
        signOutButton.textProperty().bind(localizer.text("shell.signOut"));
        signOutButton.getStyleClass().add(Styles.FLAT);
        signOutButton.setMaxWidth(Double.MAX_VALUE);
        signOutButton.setAlignment(Pos.CENTER_LEFT);
        signOutButton.setOnAction(event -> signOut.run());
        getChildren().addAll(brandBox, scroller, PageLayout.spacer(), languageSwitch(localizer, switchLanguage),
                signOutButton);
        select(null);
    }

    private VBox languageSwitch(Localizer localizer, Consumer<Language> switchLanguage) {
        Label caption = new Label();
        caption.textProperty().bind(localizer.text("shell.language.caption"));
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        ToggleGroup group = new ToggleGroup();
        ToggleButton english = languageButton(Language.EN, "shell.language.english", Styles.LEFT_PILL, localizer,
                group, switchLanguage);
        ToggleButton french = languageButton(Language.FR, "shell.language.french", Styles.RIGHT_PILL, localizer,
                group, switchLanguage);
        LanguageSwitches.followNow(localizer, this, messages -> languages.get(messages.language()).setSelected(true));
        HBox buttons = new HBox(english, french);
        VBox box = new VBox(6, caption, buttons);
        box.setId("languageSwitch");
        return box;
    }

    private ToggleButton languageButton(Language language, String key, String pill, Localizer localizer,
                                        ToggleGroup group, Consumer<Language> switchLanguage) {
        ToggleButton button = new ToggleButton();
        button.setId("language-" + language.code());
        button.textProperty().bind(localizer.text(key));
        button.getStyleClass().add(pill);
        button.setToggleGroup(group);
        button.setOnAction(event -> {
            button.setSelected(true);
            switchLanguage.accept(language);
        });
        languages.put(language, button);
        return button;
    }

    void select(Section section) {
        current = section;
        buttons.forEach((each, button) -> button.setSelected(each == section));
    }
}
