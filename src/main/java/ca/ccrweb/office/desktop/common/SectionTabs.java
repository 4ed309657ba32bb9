package ca.ccrweb.office.desktop.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The tabs of a section with several jobs (an event, advocacy, groups), each named by its view model's tab, and
 * kept in step with the tab the view model has chosen, both ways.
 */
public final class SectionTabs<T extends Enum<T>> {
    private final TabPane tabs = new TabPane();
    private final Map<T, Tab> byName;
    private final Localizer localizer;
    private final String idPrefix;

    /** Tab ids are {@code idPrefix} followed by the name in lower case, dashes for underscores. */
    public SectionTabs(Class<T> names, Localizer localizer, String idPrefix) {
        this.byName = new EnumMap<>(names);
        this.localizer = localizer;
        this.idPrefix = idPrefix;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    }

    public void add(T name, String textKey, Node content) {
        Tab tab = new Tab();
        tab.setId(idPrefix + name.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        tab.textProperty().bind(localizer.text(textKey));
        tab.setContent(content);
        tabs.getTabs().add(tab);
        byName.put(name, tab);
    }

    /** Once every tab is added: the tab chosen by staff goes to {@code chosen}, and the one it names is shown. */
    public void follow(ObjectProperty<T> chosen) {
        tabs.getSelectionModel().selectedItemProperty().subscribe(selected -> byName.forEach((name, tab) -> {
            if (tab == selected && chosen.get() != name) {
                chosen.set(name);
            }
        }));
        chosen.subscribe(name -> {
            Tab tab = byName.get(name);
            if (tab != null && tabs.getSelectionModel().getSelectedItem() != tab) {
                tabs.getSelectionModel().select(tab);
            }
        });
    }

    public TabPane view() {
        return tabs;
    }
}
