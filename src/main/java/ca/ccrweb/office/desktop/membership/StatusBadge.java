package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

import java.util.List;

/** A membership status as a small coloured label: green for members, amber to act on, red for refusals. */
final class StatusBadge {
    private static final List<String> COLOURS = List.of(StyleClasses.BADGE_SUCCESS, StyleClasses.BADGE_WARNING,
            StyleClasses.BADGE_DANGER, StyleClasses.BADGE_NEUTRAL, StyleClasses.BADGE_ACCENT);

    private StatusBadge() {
    }

    static void show(Label label, MembershipStatus status, Localizer localizer) {
        label.getStyleClass().removeAll(COLOURS);
        if (!label.getStyleClass().contains(StyleClasses.BADGE)) {
            label.getStyleClass().add(StyleClasses.BADGE);
        }
        label.setVisible(status != null);
        label.setMinWidth(Label.USE_PREF_SIZE);
        if (status == null) {
            return;
        }
        label.setText(localizer.label(status));
        label.getStyleClass().add(switch (status) {
            case ACTIVE -> StyleClasses.BADGE_SUCCESS;
            case APPLIED -> StyleClasses.BADGE_ACCENT;
            case LAPSED, SUSPENDED -> StyleClasses.BADGE_WARNING;
            case REJECTED -> StyleClasses.BADGE_DANGER;
            case WITHDRAWN -> StyleClasses.BADGE_NEUTRAL;
        });
    }

    /** A table cell showing the status as a badge. */
    static <S> TableCell<S, MembershipStatus> cell(Localizer localizer) {
        return new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(MembershipStatus status, boolean empty) {
                super.updateItem(status, empty);
                setText(null);
                if (empty || status == null) {
                    setGraphic(null);
                } else {
                    show(badge, status, localizer);
                    setGraphic(badge);
                }
            }
        };
    }
}
