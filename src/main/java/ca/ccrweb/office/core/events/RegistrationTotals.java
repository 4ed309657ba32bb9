package ca.ccrweb.office.core.events;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts and sums shown above a registration list: registered, waitlisted, paid and owed, per rate kind, and
 * how many fees the Amina Malko fund covers.
 */
public record RegistrationTotals(int registered, int waitlisted, int cancelled, int attended, long paidCents,
                                 long owedCents, Map<RateKind, Integer> placesByRate, int coveredByFund) {

    public static RegistrationTotals of(Collection<Registration> registrations) {
        int registered = 0;
        int waitlisted = 0;
        int cancelled = 0;
        int attended = 0;
        long paid = 0;
        long owed = 0;
        int covered = 0;
        Map<RateKind, Integer> byRate = new EnumMap<>(RateKind.class);
        for (Registration registration : registrations) {
            switch (registration.status()) {
                case REGISTERED, NO_SHOW -> registered++;
                case ATTENDED -> {
                    registered++;
                    attended++;
                }
                case WAITLISTED -> waitlisted++;
                case CANCELLED -> cancelled++;
            }
            if (registration.status().holdsAPlace()) {
                byRate.merge(registration.rateKind(), 1, Integer::sum);
            }
            paid += registration.paidCents();
            owed += registration.owedCents();
            if (registration.coveredByFund() && registration.status() != RegistrationStatus.CANCELLED) {
                covered++;
            }
        }
        return new RegistrationTotals(registered, waitlisted, cancelled, attended, paid, owed, byRate, covered);
    }
}
