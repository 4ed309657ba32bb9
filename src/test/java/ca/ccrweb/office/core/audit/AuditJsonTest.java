package ca.ccrweb.office.core.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditJsonTest {
    enum Kind { MEMBER, NON_MEMBER }

    record Rate(String name, Kind kind, long amountCents, boolean early) {
    }

    record Change(String title, LocalDate on, Instant at, List<Rate> rates, Map<String, Object> extra, String none) {
    }

    @Test
    void aRecordIsWrittenByItsComponentsWithEnumsByNameAndDatesInIsoForm() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("seats", 120);
        extra.put("rooms", List.of("A", "B"));
        Change change = new Change("Consultation d’automne", LocalDate.of(2026, 11, 26),
                Instant.parse("2026-12-07T18:30:00Z"), List.of(new Rate("Membre", Kind.MEMBER, 16000, true)), extra,
                null);

        assertThat(AuditJson.of(change)).isEqualTo("{\"title\":\"Consultation d’automne\",\"on\":\"2026-11-26\","
                + "\"at\":\"2026-12-07T18:30:00Z\",\"rates\":[{\"name\":\"Membre\",\"kind\":\"MEMBER\","
                + "\"amountCents\":16000,\"early\":true}],\"extra\":{\"seats\":120,\"rooms\":[\"A\",\"B\"]},"
                + "\"none\":null}");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedAndOtherScriptsKeptAsTheyAre() {
        assertThat(AuditJson.of("He said \"non\"\\ \n\tተስፋዬ ناهید\u0001"))
                .isEqualTo("\"He said \\\"non\\\"\\\\ \\n\\tተስፋዬ ناهید\\u0001\"");
    }

    @Test
    void nothingIsWrittenForNoValue() {
        assertThat(AuditJson.of(null)).isNull();
    }
}
