package ca.ccrweb.office.core.db;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered 64-bit ids made by the application, so one set of migrations serves SQLite and
 * PostgreSQL (docs/decisions/0001-ids-made-by-the-application.md). Layout: 41 bits of milliseconds since 2026-01-01 UTC,
 * 10 bits chosen at random per running copy (two workstations sharing a PostgreSQL database do not
 * collide) and distinct for each set of services within it, 12 bits of sequence within the millisecond.
 */
public final class Ids {
    private static final long EPOCH_MILLIS = 1_767_225_600_000L;
    private static final int NODE_BITS = 10;
    private static final int SEQUENCE_BITS = 12;

    private final Clock clock;
    private final long node;
    private final AtomicLong last = new AtomicLong();

    /**
     * The nodes of one running copy: the first chosen at random, the next ones a long stride away, so that two
     * sets of services made in one process (a sign-in after a sign-out, the tests on a clock that stands still)
     * never share a node, and a burst that runs past its millisecond's sequence lands far from the next copy's.
     */
    private static final int FIRST_NODE = new SecureRandom().nextInt(1 << NODE_BITS);
    private static final int NODE_STRIDE = 389;
    private static final AtomicInteger NODES_GIVEN = new AtomicInteger();

    public Ids(Clock clock) {
        this(clock, (FIRST_NODE + (long) NODE_STRIDE * NODES_GIVEN.getAndIncrement()) & ((1 << NODE_BITS) - 1));
    }

    Ids(Clock clock, long node) {
        this.clock = clock;
        this.node = node;
    }

    public long next() {
        long timePart = (clock.millis() - EPOCH_MILLIS) << (NODE_BITS + SEQUENCE_BITS);
        long candidate = timePart | (node << SEQUENCE_BITS);
        return last.updateAndGet(previous -> Math.max(previous + 1, candidate));
    }
}
