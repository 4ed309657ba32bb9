package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.util.Subscription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event's dashboard: registrations received over time (cumulative), and the places taken by rate and by
 * region. Worked out from the list already loaded, only while the dashboard is shown.
 */
public final class EventDashboardViewModel {
    /** How many registrations had been received by the end of a day. */
    public record DatedCount(LocalDate day, int total) {
    }

    /** A bar of a chart: what it counts and how many. */
    public record NamedCount(String name, int count) {
    }

    /** What the charts show, worked out at once. */
    public record Figures(List<DatedCount> overTime, List<NamedCount> byRate, List<NamedCount> byRegion,
                          int received, int holdingAPlace, int attended) {
        static final Figures NONE = new Figures(List.of(), List.of(), List.of(), 0, 0, 0);
    }

    private final EventViewModel page;
    private final Localizer localizer;
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>(Figures.NONE);
    private final StringBinding summary;
    /** Held here: the localizer keeps its listener only weakly (see {@link Localizer#whenSwitched}). */
    private final Subscription languageSwitches;
    private boolean shown;
    private boolean stale = true;

    EventDashboardViewModel(EventViewModel page, Localizer localizer) {
        this.page = page;
        this.localizer = localizer;
        page.registrations().addListener((ListChangeListener<Registration>) change -> changed());
        this.languageSwitches = localizer.whenSwitched(messages -> changed());
        summary = localizer.text(() -> localizer.get("events.dashboard.summary",
                localizer.number(figures.get().received()), localizer.number(figures.get().holdingAPlace()),
                localizer.number(figures.get().attended())), figures);
    }

    /** The dashboard is on screen, or no longer: figures are worked out only for a dashboard shown. */
    public void setShown(boolean isShown) {
        shown = isShown;
        if (shown && stale) {
            figures.set(workOut(page.registrations()));
            stale = false;
        }
    }

    private void changed() {
        stale = true;
        setShown(shown);
    }

    private Figures workOut(List<Registration> registrations) {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        Map<String, Integer> byRate = new LinkedHashMap<>();
        Map<Region, Integer> byRegion = new EnumMap<>(Region.class);
        int withoutRegion = 0;
        int holding = 0;
        int attended = 0;
        for (Registration registration : registrations) {
            perDay.merge(registration.registeredOn(), 1, Integer::sum);
            if (!registration.status().holdsAPlace()) {
                continue;
            }
            holding++;
            if (registration.status() == RegistrationStatus.ATTENDED) {
                attended++;
            }
            byRate.merge(registration.rateLabel(localizer.language()), 1, Integer::sum);
            if (registration.region() == null) {
                withoutRegion++;
            } else {
                byRegion.merge(registration.region(), 1, Integer::sum);
            }
        }
        List<DatedCount> overTime = new ArrayList<>();
        int total = 0;
        for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
            total += day.getValue();
            overTime.add(new DatedCount(day.getKey(), total));
        }
        List<NamedCount> rates = byRate.entrySet().stream()
                .map(entry -> new NamedCount(entry.getKey(), entry.getValue())).toList();
        List<NamedCount> regions = new ArrayList<>();
        byRegion.forEach((region, count) -> regions.add(new NamedCount(localizer.label(region), count)));
        if (withoutRegion > 0) {
            regions.add(new NamedCount(localizer.get("events.dashboard.noRegion"), withoutRegion));
        }
        return new Figures(overTime, rates, regions, registrations.size(), holding, attended);
    }

    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** "2,000 registrations received · 1,850 hold a place · 1,700 attended". */
    public StringBinding summaryProperty() {
        return summary;
    }
}
