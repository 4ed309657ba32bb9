package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.membership.Province;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A campaign's reported actions counted: by kind of action, province, result, and month (by result), with the
 * number of distinct organizations and individuals who reported. Every kind, province and result is present,
 * at zero when nothing was reported.
 */
public record Tallies(int total, Map<ActionKind, Integer> byAction, Map<Province, Integer> byProvince,
                      Map<ActionResult, Integer> byResult, Map<ActionKind, Map<ActionResult, Integer>> byActionAndResult,
                      SortedMap<YearMonth, Map<ActionResult, Integer>> byMonth, int organizations, int individuals) {

    public static final Tallies NONE = of(List.of(), 0, 0);

    /** A count of reported actions sharing a kind, province, result and date, as the database groups them. */
    public record Group(ActionKind kind, Province province, ActionResult result, LocalDate takenOn, int count) {
    }

    public static Tallies of(List<Group> groups, int organizations, int individuals) {
        Map<ActionKind, Integer> byAction = zeros(ActionKind.class);
        Map<Province, Integer> byProvince = zeros(Province.class);
        Map<ActionResult, Integer> byResult = zeros(ActionResult.class);
        Map<ActionKind, Map<ActionResult, Integer>> byActionAndResult = new EnumMap<>(ActionKind.class);
        for (ActionKind kind : ActionKind.values()) {
            byActionAndResult.put(kind, zeros(ActionResult.class));
        }
        SortedMap<YearMonth, Map<ActionResult, Integer>> byMonth = new TreeMap<>();
        int total = 0;
        for (Group group : groups) {
            total += group.count();
            byAction.merge(group.kind(), group.count(), Integer::sum);
            byProvince.merge(group.province(), group.count(), Integer::sum);
            byResult.merge(group.result(), group.count(), Integer::sum);
            byActionAndResult.get(group.kind()).merge(group.result(), group.count(), Integer::sum);
            byMonth.computeIfAbsent(YearMonth.from(group.takenOn()), month -> zeros(ActionResult.class))
                    .merge(group.result(), group.count(), Integer::sum);
        }
        byActionAndResult.replaceAll((kind, results) -> Collections.unmodifiableMap(results));
        byMonth.replaceAll((month, results) -> Collections.unmodifiableMap(results));
        return new Tallies(total, Collections.unmodifiableMap(byAction), Collections.unmodifiableMap(byProvince),
                Collections.unmodifiableMap(byResult), Collections.unmodifiableMap(byActionAndResult),
                Collections.unmodifiableSortedMap(byMonth), organizations, individuals);
    }

    /** Provinces and territories from which at least one action was reported. */
    public int provincesReached() {
        return (int) byProvince.values().stream().filter(count -> count > 0).count();
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, 0);
        }
        return map;
    }
}
