package ca.ccrweb.office.core.db;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {
    @Test
    void setsOfServicesMadeInOneProcessNeverShareAnIdEvenWhenTheClockStandsStill() {
        Clock stopped = Clock.fixed(Instant.parse("2026-12-07T20:00:00Z"), ZoneOffset.UTC);
        Set<Long> seen = new HashSet<>();

        for (int copy = 0; copy < 1024; copy++) {
            Ids ids = new Ids(stopped);
            for (int row = 0; row < 20; row++) {
                assertThat(seen.add(ids.next())).as("copy %d, row %d", copy, row).isTrue();
            }
        }
    }
}
