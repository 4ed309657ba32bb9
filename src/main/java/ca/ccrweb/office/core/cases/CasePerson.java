package ca.ccrweb.office.core.cases;

import java.time.LocalDate;

/** A person concerned by a case, with the minimum the office needs; {@code bornOn} only for a child. */
public record CasePerson(long id, String name, PersonRole role, String country, LocalDate bornOn) {
}
