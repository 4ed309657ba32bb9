package ca.ccrweb.office.core.imports;

/** What undoing a batch would do, to ask before doing it: the records it would remove and those it would put back. */
public record UndoPlan(ImportBatch batch, int removed, int restored) {
}
