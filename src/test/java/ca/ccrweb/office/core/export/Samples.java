package ca.ccrweb.office.core.export;

import ca.ccrweb.office.core.l10n.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Rows and tables the export tests share: the names the office really writes, in their own scripts. */
final class Samples {
    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** 23 November 2026, 10:00 in Toronto. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), TORONTO);

    static final String VIETNAMESE = "Nguyễn Thị Hương";
    static final String ARABIC = "محمد عبد الله";
    static final String ETHIOPIC = "ተስፋዬ ገብረመድህን";
    static final String FRENCH = "Société d’accueil de Montréal";

    record Member(Integer number, String name, String organization, Long dues, LocalDate joined, Instant lastVisit,
            String note) {
    }

    private Samples() {
    }

    static Member first() {
        return new Member(1, VIETNAMESE, FRENCH, 1250L, LocalDate.of(2026, 3, 14),
                Instant.parse("2026-11-23T15:00:00Z"), "Parle « français », anglais");
    }

    static List<Member> members(int count) {
        String[] names = {VIETNAMESE, ARABIC, ETHIOPIC, "Élodie Côté-Gagnon", "Олена Шевченко"};
        List<Member> members = new ArrayList<>();
        members.add(first());
        for (int i = 1; i < count; i++) {
            members.add(new Member(i + 1, names[i % names.length], i % 2 == 0 ? FRENCH : "Centre francophone (Toronto)",
                    123_450L + i, LocalDate.of(2025, 1, 1).plusDays(i % 365),
                    Instant.parse("2026-11-01T12:00:00Z").plusSeconds(i * 60L), i % 3 == 0 ? null : "Note " + i));
        }
        return members;
    }

    /** Seven columns: landscape in a PDF. */
    static List<Column<Member>> frenchColumns() {
        return List.of(
                Column.integer("Numéro", 7, Member::number),
                Column.text("Nom", 24, Member::name),
                Column.text("Organisme", 28, Member::organization),
                Column.money("Cotisation", 12, Member::dues),
                Column.date("Date d’adhésion", 12, Member::joined),
                Column.dateTime("Dernière visite", 18, Member::lastVisit),
                Column.text("Remarque", 20, Member::note));
    }

    static List<Column<Member>> englishColumns() {
        return List.of(
                Column.integer("Number", 7, Member::number),
                Column.text("Name", 24, Member::name),
                Column.text("Organization", 28, Member::organization),
                Column.money("Dues", 12, Member::dues),
                Column.date("Joined", 12, Member::joined),
                Column.dateTime("Last visit", 18, Member::lastVisit),
                Column.text("Note", 20, Member::note));
    }

    /** Three narrow columns: portrait in a PDF. */
    static List<Column<Member>> narrowColumns() {
        return List.of(
                Column.text("Nom", 30, Member::name),
                Column.money("Cotisation", 12, Member::dues),
                Column.date("Date d’adhésion", 12, Member::joined));
    }

    static TableExport<Member> frenchTable(int rows) {
        return new TableExport<>("Membres du Conseil", frenchColumns(), members(rows), Language.FR);
    }

    static TableExport<Member> englishTable(int rows) {
        return new TableExport<>("Council members", englishColumns(), members(rows), Language.EN);
    }
}
