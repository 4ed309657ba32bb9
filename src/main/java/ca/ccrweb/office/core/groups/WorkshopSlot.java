package ca.ccrweb.office.core.groups;

import java.time.LocalDate;
import java.time.LocalTime;

/** Where an accepted workshop goes in the programme. */
public record WorkshopSlot(LocalDate day, LocalTime startsAt, LocalTime endsAt, String room, Integer capacity) {
}
