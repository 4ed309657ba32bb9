package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.Labelled;

/** What to do with a row that matches a record already there. */
public enum DuplicateChoice implements Labelled {
    /** Leave the record as it is. */
    SKIP,
    /** Replace the record's values with those of the row (blank cells change nothing). */
    UPDATE,
    /** Only fill the record's empty fields. */
    FILL;

    @Override
    public String labelKey() {
        return "import.choice." + name();
    }
}
