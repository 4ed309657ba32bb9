package ca.ccrweb.office.core.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of services that record what happened years ago (members approved before the demo's events):
 * {@link #instant()} is the moment set, so decisions and audit lines carry that date. {@link #millis()} stays
 * the real time because the application's ids are made from it (ADR 0001): they must stay after the id epoch
 * and never meet the ids made meanwhile by the services of today.
 */
final class HistoryClock extends Clock {
    private final Clock real;
    private Instant moment;

    HistoryClock(Clock real) {
        this.real = real;
        this.moment = real.instant();
    }

    void set(Instant moment) {
        this.moment = moment;
    }

    @Override
    public Instant instant() {
        return moment;
    }

    @Override
    public long millis() {
        return real.millis();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The history clock keeps the office's zone");
    }
}
