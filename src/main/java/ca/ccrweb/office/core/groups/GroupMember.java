package ca.ccrweb.office.core.groups;

import java.time.LocalDate;

/** A person in a group and the organization or network they come from; {@code untilOn} once they left. */
public record GroupMember(long id, long groupId, long contactId, String fullName, String email,
                          Long organizationId, String organizationName, LocalDate sinceOn, LocalDate untilOn) {

    public boolean isCurrent(LocalDate day) {
        return !sinceOn.isAfter(day) && (untilOn == null || !untilOn.isBefore(day));
    }
}
