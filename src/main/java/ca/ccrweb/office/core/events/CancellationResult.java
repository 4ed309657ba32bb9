package ca.ccrweb.office.core.events;

import java.util.Optional;

/** A cancelled registration and, when it freed a place, the first waiting person who was given it. */
public record CancellationResult(Registration cancelled, Optional<Registration> promoted) {
}
