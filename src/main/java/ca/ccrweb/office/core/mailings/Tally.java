package ca.ccrweb.office.core.mailings;

import java.util.EnumMap;
import java.util.Map;

/** How many recipients of a mailing are in each state. */
public record Tally(Map<DeliveryStatus, Integer> counts) {

    public Tally {
        counts = Map.copyOf(counts);
    }

    public static Tally of(Map<DeliveryStatus, Integer> counts) {
        EnumMap<DeliveryStatus, Integer> all = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        return new Tally(all);
    }

    public int count(DeliveryStatus status) {
        return counts.getOrDefault(status, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int failed() {
        return count(DeliveryStatus.REFUSED) + count(DeliveryStatus.FAILED) + count(DeliveryStatus.IN_DOUBT);
    }
}
