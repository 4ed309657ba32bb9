package ca.ccrweb.office.core.export;

/**
 * What a column holds, which decides how each writer stores and shows it. The value a column extracts
 * must be, for each type (null always gives an empty cell):
 * <ul>
 *   <li>{@link #TEXT}: any object, written as its {@code toString()}</li>
 *   <li>{@link #INTEGER}: a whole {@link Number}</li>
 *   <li>{@link #MONEY}: a {@link Long} amount in cents</li>
 *   <li>{@link #DATE}: a {@link java.time.LocalDate}</li>
 *   <li>{@link #DATE_TIME}: an {@link java.time.Instant}, shown in the exporter's time zone</li>
 * </ul>
 */
public enum CellType {
    TEXT,
    INTEGER,
    MONEY,
    DATE,
    DATE_TIME
}
