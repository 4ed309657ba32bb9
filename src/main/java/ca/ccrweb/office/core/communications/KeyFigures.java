package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.fund.AwardsMade;
import ca.ccrweb.office.core.fund.FundService;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures page 1 shows, computed for a quarter from the office's own data. A list of named sources: a
 * feature adds its figure by adding one entry where the services are made (OfficeServices).
 */
public final class KeyFigures {
    public static final String MEMBERS_APPROVED = "MEMBERS_APPROVED";
    public static final String CONSULTATION_REGISTRATIONS = "CONSULTATION_REGISTRATIONS";
    public static final String FUND_AWARDS = "FUND_AWARDS";

    /** A source under the name its figures are saved with. */
    public record Entry(String name, FigureSource source) {
    }

    private final List<Entry> entries;

    public KeyFigures(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<KeyFigure> compute(Quarter quarter, Language language) {
        Messages messages = Messages.of(language);
        List<KeyFigure> figures = new ArrayList<>();
        for (Entry entry : entries) {
            entry.source().compute(quarter, messages).ifPresent(figure -> figures.add(
                    new KeyFigure(entry.name(), figure.label(), figure.value(), false)));
        }
        return List.copyOf(figures);
    }

    /** Member organizations whose application was approved during the quarter (in the office's time zone). */
    public static Entry membersApproved(Database database, ZoneId zone) {
        KeyFiguresRepository figures = new KeyFiguresRepository(database);
        return new Entry(MEMBERS_APPROVED, (quarter, messages) -> {
            Instant from = quarter.firstDay().atStartOfDay(zone).toInstant();
            Instant until = quarter.lastDay().plusDays(1).atStartOfDay(zone).toInstant();
            int approved = figures.membersApproved(from, until);
            return Optional.of(new KeyFigure(MEMBERS_APPROVED,
                    messages.plural("quarterly.figure.membersApproved", approved), number(approved, messages.locale()), false));
        });
    }

    /**
     * People registered at the last national consultation begun by the quarter's end: those who hold or held a
     * place (registered, attended, absent), not the cancelled nor those still waiting.
     */
    public static Entry consultationRegistrations(Database database) {
        KeyFiguresRepository figures = new KeyFiguresRepository(database);
        return new Entry(CONSULTATION_REGISTRATIONS, (quarter, messages) -> figures
                .lastConsultationBegunBy(quarter.lastDay())
                .map(consultation -> {
                    String title = messages.language() == Language.FR ? consultation.titleFr() : consultation.titleEn();
                    return new KeyFigure(CONSULTATION_REGISTRATIONS,
                            messages.plural("quarterly.figure.consultationRegistrations", consultation.registered(),
                                    title),
                            number(consultation.registered(), messages.locale()), false);
                }));
    }

    /** Awards of the Amina Malko fund decided during the quarter: how many, with the amount awarded. */
    public static Entry fundAwards(FundService fund) {
        return new Entry(FUND_AWARDS, (quarter, messages) -> {
            AwardsMade made = fund.awardsMade(quarter.firstDay(), quarter.lastDay());
            return Optional.of(new KeyFigure(FUND_AWARDS,
                    messages.plural("quarterly.figure.fundAwards", made.count(),
                            messages.money(made.totalCents())),
                    number(made.count(), messages.locale()), false));
        });
    }

    static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
