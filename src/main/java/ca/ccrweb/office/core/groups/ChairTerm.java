package ca.ccrweb.office.core.groups;

import java.time.LocalDate;

/** Who held a group's seat from {@code startsOn} to {@code endsOn} (null: still holds it). */
public record ChairTerm(long id, long groupId, ChairSeat seat, long contactId, String fullName, String email,
                        String organizationName, LocalDate startsOn, LocalDate endsOn) {

    public boolean covers(LocalDate day) {
        return Terms.covers(startsOn, endsOn, day);
    }
}
