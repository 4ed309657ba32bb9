package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundApplicationDraft;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.RequestedLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;

import java.time.LocalDate;
import java.util.List;

/** A fund year for screen and view-model tests: a consultation, a budget, and applications waiting. */
final class FundSamples {
    static final int YEAR = LocalDate.now(FxTesting.CLOCK).getYear() + 1;

    final Event consultation;
    final FundApplication amina;
    final FundApplication jean;

    private FundSamples(Event consultation, FundApplication amina, FundApplication jean) {
        this.consultation = consultation;
        this.amina = amina;
        this.jean = jean;
    }

    static FundSamples of(OfficeServices office) {
        LocalDate start = LocalDate.of(YEAR, 5, 27);
        Event consultation = office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation du printemps", "Spring Consultation", start, start.plusDays(2), "Halifax", null, null,
                null, null, EventStatus.PLANNED));
        office.fund().setBudget(YEAR, FundStream.PARTICIPATION, 200_000L);
        FundApplication amina = office.fund().apply(application("Amina Haddad", "amina@example.org", Province.NS,
                consultation, 60_000L, 30_000L));
        FundApplication jean = office.fund().apply(application("Jean Roy", "jean@example.org", Province.QC,
                consultation, 40_000L, 0L));
        return new FundSamples(consultation, amina, jean);
    }

    static FundApplicationDraft application(String name, String email, Province province, Event consultation,
                                            long travel, long lodging) {
        return new FundApplicationDraft(new ContactDraft(name, email, null, Language.FR, null, null), null,
                FundStream.PARTICIPATION, YEAR, province, Language.FR, List.of(consultation.id()),
                List.of(new RequestedLine(ExpenseLine.TRAVEL, travel, "Autobus"),
                        new RequestedLine(ExpenseLine.LODGING, lodging, "Hôtel")), null);
    }
}
