package ca.ccrweb.office.core.communications;

/**
 * A figure of page 1: a value and what it counts. {@code source} names the {@link FigureSource} that computed
 * it (null for one staff added); {@code edited} when staff changed the computed value or label.
 */
public record KeyFigure(String source, String label, String value, boolean edited) {
}
