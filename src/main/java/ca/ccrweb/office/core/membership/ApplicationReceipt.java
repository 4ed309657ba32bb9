package ca.ccrweb.office.core.membership;

import java.time.LocalDate;

/**
 * How a membership application reached the office: the day it was received (by mail, it can be days before it is
 * typed in; today when not given) and the person who sent it, to call back about it (optional).
 */
public record ApplicationReceipt(LocalDate receivedOn, String contactName, String contactEmail) {
}
