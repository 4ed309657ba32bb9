package ca.ccrweb.office.desktop.shell;

import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** A part of the application not built yet, said plainly. */
final class ComingSoonPage implements Page {
    private final VBox root;

    ComingSoonPage(Section section, Localizer localizer) {
        root = PageLayout.emptyState(section.icon(), localizer.text(section.labelKey()),
                localizer.text("shell.comingSoon.text"));
        root.setId("comingSoonPage");
        root.getStyleClass().add(StyleClasses.PAGE);
    }

    @Override
    public Node view() {
        return root;
    }
}
