package ca.ccrweb.office.core.bench;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.db.RecordChanged;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.demo.DemoEvents;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.l10n.Language;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures of a database several workstations share (ADR 0023): the time to open a database of 100,000
 * registrations and show the events list, and a run of simulated workstations editing the same records at once,
 * counting the edits saved, the conflicts refused, and the lost updates (an edit saved, then overwritten by
 * someone who had not seen it: must be 0). One line per figure, {@code name: value unit}.
 */
public final class SharedDatabaseBench {
    private final PrintWriter out;

    public SharedDatabaseBench(PrintWriter out) {
        this.out = out;
    }

    /** Fills an empty database with the demo data and {@code registrations} registrations over 50 events. */
    public void fill(DatabaseSettings settings, int registrations) {
        try (OfficeServices services = new OfficeServices(Database.open(settings), Clock.systemDefaultZone(),
                Actor.named("bench"))) {
            long started = System.nanoTime();
            DemoData.generate(services, 1, DemoData.DEFAULT_SEED);
            DemoEvents.generate(services, 50, registrations, DemoData.DEFAULT_SEED);
            print("shared.fill", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9), "s");
        }
    }

    /** A new set of services over the database, then the events list with its places counted, as at start-up. */
    public void measureOpening(String engine, DatabaseSettings settings) {
        long started = System.nanoTime();
        try (OfficeServices services = new OfficeServices(Database.open(settings), Clock.systemDefaultZone(),
                Actor.named("bench"))) {
            long opened = System.nanoTime();
            int events = services.events().all().size();
            services.registrations().placesByEvent();
            long listed = System.nanoTime();
            print("open." + engine + ".database", (opened - started) / 1_000_000, "ms");
            print("open." + engine + ".eventsList", (listed - opened) / 1_000_000, "ms");
            print("open." + engine + ".events", events, "events");
        }
    }

    /**
     * {@code workstations} sets of services on one database, each repeatedly opening one of a few shared
     * organizations, adding one to the counter kept in its notes, and saving with the version it opened. A save
     * refused because another workstation saved first is a conflict (the workstation then opens it again, as a person
     * would). At the end each organization's counter must equal the saves made to it: any shortfall is a lost update.
     */
    public void measureConcurrency(DatabaseSettings settings, int workstations, int sharedRecords, Duration duration)
            throws Exception {
        List<OfficeServices> desks = new ArrayList<>();
        try {
            for (int i = 0; i < workstations; i++) {
                desks.add(new OfficeServices(Database.open(settings), Clock.systemDefaultZone(),
                        Actor.named("desk." + (i + 1))));
            }
            List<Long> shared = new ArrayList<>();
            for (int i = 0; i < sharedRecords; i++) {
                shared.add(desks.getFirst().membership().apply(new OrganizationDraft("Shared " + i + " " + System.nanoTime(),
                        null, "shared" + i + "." + System.nanoTime() + "@example.org", null, null, null, "Montréal",
                        null, Province.QC, Language.FR, Set.of(), Set.of(), "0")).id());
            }
            AtomicLong saved = new AtomicLong();
            AtomicLong conflicts = new AtomicLong();
            long[] savesPerRecord = new long[sharedRecords];
            long deadline = System.nanoTime() + duration.toNanos();
            ExecutorService threads = Executors.newFixedThreadPool(workstations);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workstations; w++) {
                OfficeServices desk = desks.get(w);
                Random random = new Random(w);
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int which = random.nextInt(sharedRecords);
                        long id = shared.get(which);
                        Organization opened = desk.membership().find(id).orElseThrow();
                        OrganizationDraft draft = opened.toDraft();
                        long counter = Long.parseLong(draft.notes().strip());
                        try {
                            desk.membership().update(id, opened.version(), new OrganizationDraft(draft.name(),
                                    draft.nameOtherLanguage(), draft.email(), draft.phone(), draft.website(),
                                    draft.streetAddress(), draft.city(), draft.postalCode(), draft.province(),
                                    draft.language(), draft.services(), draft.clienteles(),
                                    String.valueOf(counter + 1)));
                            saved.incrementAndGet();
                            synchronized (savesPerRecord) {
                                savesPerRecord[which]++;
                            }
                        } catch (RecordChanged changed) {
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            threads.shutdown();
            long lost = 0;
            for (int i = 0; i < sharedRecords; i++) {
                long counter = Long.parseLong(desks.getFirst().membership().find(shared.get(i)).orElseThrow()
                        .notes().strip());
                lost += savesPerRecord[i] - counter;
            }
            print("concurrency.workstations", workstations, "workstations");
            print("concurrency.sharedRecords", sharedRecords, "records");
            print("concurrency.duration", duration.toSeconds(), "s");
            print("concurrency.edits", saved.get(), "edits");
            print("concurrency.conflicts", conflicts.get(), "conflicts");
            print("concurrency.lostUpdates", lost, "updates");
        } finally {
            for (OfficeServices desk : desks) {
                desk.close();
            }
        }
    }

    private void print(String name, Object value, String unit) {
        out.println(name + ": " + value + " " + unit);
        out.flush();
    }
}
