package ca.ccrweb.office.core.cases;

import java.time.LocalDate;

public record PersonDraft(String name, PersonRole role, String country, LocalDate bornOn) {
}
