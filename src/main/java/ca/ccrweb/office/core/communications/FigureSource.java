package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.l10n.Messages;

import java.util.Optional;

/**
 * One figure the application computes from its own data for a quarter, its label in the edition's language.
 * Empty when there is nothing to count (no consultation yet, for instance).
 */
@FunctionalInterface
public interface FigureSource {
    Optional<KeyFigure> compute(Quarter quarter, Messages messages);
}
