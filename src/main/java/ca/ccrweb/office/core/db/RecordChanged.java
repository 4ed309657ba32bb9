package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;

import java.util.Date;

/**
 * A save refused because someone else changed the record since it was opened: "changed by NAME at TIME". Nothing of
 * the save was written; the screen offers to reload the record, keeping what was typed to compare.
 */
public final class RecordChanged extends OfficeException {
    private final long currentVersion;
    private final String changedBy;
    private final java.util.Date changedAt;

    RecordChanged(long currentVersion, String changedBy, Date changedAt) {
        super(changedBy == null ? "record.error.changedBySomeone" : "record.error.changedBy",
                changedBy == null ? new Object[0] : new Object[] {changedBy, changedAt});
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The user name of who changed the record last, when the audit trail tells it; else null. */
    public String changedBy() {
        return changedBy;
    }

    /** When, with {@link #changedBy()}; else null. A {@code Date} for the bundles' {@code {1,date}} formats. */
    public java.util.Date changedAt() {
        return changedAt;
    }

    /** The version the record has now. */
    public long currentVersion() {
        return currentVersion;
    }
}
