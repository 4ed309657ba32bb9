package ca.ccrweb.office.core.imports;

/** The record a row matches: its id, how staff know it (a name and email), and by which rule. */
public record Duplicate(String entity, long recordId, String label, DuplicateRule rule) {
}
