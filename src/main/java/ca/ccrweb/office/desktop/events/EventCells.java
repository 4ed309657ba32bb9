package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.PaymentStatus;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The cells of the event tables. Each cell formats its own value once per update (the money format is made
 * once per language), and sorting compares raw values or precomputed keys, never translated text.
 */
final class EventCells {
    private static final List<String> COLOURS = List.of(StyleClasses.BADGE_SUCCESS, StyleClasses.BADGE_WARNING,
            StyleClasses.BADGE_DANGER, StyleClasses.BADGE_NEUTRAL, StyleClasses.BADGE_ACCENT);

    private EventCells() {
    }

    /** A person's name, sorted by the collation keys made when the list loaded. */
    static TableColumn<Registration, Registration> name(Localizer localizer, String headerKey,
                                                         Comparator<Registration> byName) {
        TableColumn<Registration, Registration> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setComparator(byName);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Registration registration, boolean empty) {
                super.updateItem(registration, empty);
                setText(empty || registration == null ? null : registration.fullName());
            }
        });
        return column;
    }

    /** The organization's name, sorted by precomputed keys. */
    static TableColumn<Registration, Registration> organization(Localizer localizer, String headerKey,
                                                                 Comparator<Registration> byOrganization) {
        TableColumn<Registration, Registration> column = name(localizer, headerKey, byOrganization);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Registration registration, boolean empty) {
                super.updateItem(registration, empty);
                setText(empty || registration == null ? null : registration.organizationName());
            }
        });
        return column;
    }

    /** An amount in cents, right-aligned, sorted as a number. */
    static <S> TableColumn<S, Long> money(Localizer localizer, String headerKey, ToLongFunction<S> cents) {
        TableColumn<S, Long> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(cents.applyAsLong(row.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long amount, boolean empty) {
                super.updateItem(amount, empty);
                setText(empty || amount == null ? null : localizer.money(amount));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** A whole number, right-aligned. */
    static <S> TableColumn<S, Integer> count(Localizer localizer, String headerKey, Function<S, Integer> value) {
        TableColumn<S, Integer> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer count, boolean empty) {
                super.updateItem(count, empty);
                setText(empty || count == null ? null : localizer.number(count));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** A translated value shown as a coloured badge, sorted in the order of its values. */
    static <S, T extends Enum<T> & Labelled> TableColumn<S, T> badge(Localizer localizer, String headerKey,
                                                                     Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(col -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    show(badge, item, localizer);
                    setGraphic(badge);
                }
            }
        });
        column.setStyle("-fx-alignment: CENTER-LEFT;");
        return column;
    }

    /** Shows a status as a small coloured label: green when settled, amber to act on, red when ended. */
    static void show(Label label, Labelled value, Localizer localizer) {
        label.getStyleClass().removeAll(COLOURS);
        if (!label.getStyleClass().contains(StyleClasses.BADGE)) {
            label.getStyleClass().add(StyleClasses.BADGE);
        }
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setAlignment(Pos.CENTER_LEFT);
        label.setText(localizer.label(value));
        label.getStyleClass().add(colour(value));
    }

    private static String colour(Labelled value) {
        if (value instanceof RegistrationStatus status) {
            return switch (status) {
                case REGISTERED -> StyleClasses.BADGE_ACCENT;
                case ATTENDED -> StyleClasses.BADGE_SUCCESS;
                case WAITLISTED -> StyleClasses.BADGE_WARNING;
                case CANCELLED -> StyleClasses.BADGE_NEUTRAL;
                case NO_SHOW -> StyleClasses.BADGE_DANGER;
            };
        }
        if (value instanceof PaymentStatus status) {
            return switch (status) {
                case PAID, COVERED_BY_FUND -> StyleClasses.BADGE_SUCCESS;
                case PARTIAL -> StyleClasses.BADGE_WARNING;
                case UNPAID -> StyleClasses.BADGE_DANGER;
                case WAIVED, REFUNDED -> StyleClasses.BADGE_NEUTRAL;
            };
        }
        if (value instanceof EventStatus status) {
            return switch (status) {
                case REGISTRATION_OPEN -> StyleClasses.BADGE_SUCCESS;
                case PLANNED -> StyleClasses.BADGE_ACCENT;
                case REGISTRATION_CLOSED -> StyleClasses.BADGE_WARNING;
                case COMPLETED, CANCELLED -> StyleClasses.BADGE_NEUTRAL;
            };
        }
        return StyleClasses.BADGE_NEUTRAL;
    }
}
