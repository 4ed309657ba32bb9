package ca.ccrweb.office.core.common;

/**
 * An amount of money given to a message: shown as money in the language the message is read in ("$900.00",
 * "900,00 $"), where a plain number would be formatted the same in both.
 */
public record Cents(long value) {
}
