package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.accounts.WelcomeLetter;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.Payment;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.fund.AwardLetter;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.office.OfficeSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words of the messages the office sends one by one, in French and English (the person's language is the one
 * sent), with the letter's PDF attached where the office prints one.
 */
public final class Letters {
    /** Filled in at sending only: the code is never stored in clear (DESIGN, accounts). */
    static final String ACTIVATION_CODE = "activationCode";
    private static final String PDF = "application/pdf";

    private Letters() {
    }

    @FunctionalInterface
    private interface PdfWriter {
        void write(Path output) throws IOException;
    }

    /**
     * The welcome letter to a new administrator (or individual) account, in the organization's language. The
     * activation code and the printed letter that shows it are sent but not kept in the archive.
     */
    public static Letter welcome(IssuedAccount issued, Organization organization, OfficeSettings office,
                                 LocalDate date) {
        Account account = issued.account();
        String[] bodies = new String[2];
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            List<String> lines = new ArrayList<>();
            lines.add(m.get("welcome.letter.greeting"));
            lines.add("");
            lines.add(m.get("welcome.letter.approved", organization.name()));
            lines.add(m.get("welcome.letter.accountCreated"));
            lines.add("");
            lines.add(m.get("welcome.letter.username") + " : " + account.username());
            lines.add(m.get("welcome.letter.email") + " : " + account.email());
            lines.add(m.get("welcome.letter.activationCode") + " : {{" + ACTIVATION_CODE + "}}");
            lines.add("");
            lines.add(m.get("welcome.letter.firstSignIn"));
            lines.add("1. " + m.get("welcome.letter.step1"));
            lines.add("2. " + m.get("welcome.letter.step2"));
            lines.add("3. " + m.get("welcome.letter.step3"));
            lines.add(m.get("welcome.letter.codeOnce"));
            lines.add("");
            lines.add(m.get("welcome.letter.individualAccounts"));
            lines.add(m.get("welcome.letter.resources"));
            lines.add("");
            lines.add(m.get("welcome.letter.closing"));
            lines.add(m.get("welcome.letter.signature"));
            bodies[language.ordinal()] = typography(language, String.join("\n", lines));
        }
        Messages own = Messages.of(organization.language());
        byte[] pdf = pdf(output -> WelcomeLetter.write(issued, organization, office, date, output));
        return new Letter(LetterKind.WELCOME,
                new Recipient(account.email(), account.fullName(), organization.name(), null, organization.language()),
                Messages.of(Language.FR).get("welcome.letter.title"), Messages.of(Language.EN).get("welcome.letter.title"),
                bodies[Language.FR.ordinal()], bodies[Language.EN.ordinal()], List.of(),
                Map.of(ACTIVATION_CODE, issued.activationCode()),
                List.of(new Attachment(own.get("mailings.letter.file.WELCOME") + ".pdf", PDF, pdf)));
    }

    /** What the person registered for, their status and what they owe. */
    public static Letter registrationConfirmation(Registration registration, Event event) {
        String[] subjects = new String[2];
        String[] bodies = new String[2];
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            List<String> lines = new ArrayList<>();
            lines.add(m.get("mailings.letter.greeting", registration.fullName()));
            lines.add("");
            lines.add(m.get("mailings.letter.registration.text", event.title(language), when(event, language)));
            lines.add(m.get("mailings.letter.registration.status", m.get(registration.status().labelKey())));
            lines.add(m.get("mailings.letter.registration.rate", registration.rateLabel(language)));
            lines.add(money(registration, m));
            lines.add("");
            lines.add(m.get("mailings.letter.registration.closing"));
            lines.add(m.get("welcome.letter.signature"));
            subjects[language.ordinal()] = m.get("mailings.letter.registration.subject", event.title(language));
            bodies[language.ordinal()] = typography(language, String.join("\n", lines));
        }
        return new Letter(LetterKind.REGISTRATION_CONFIRMATION, recipient(registration, event),
                subjects[0], subjects[1], bodies[0], bodies[1], List.of(), Map.of(), List.of());
    }

    /** Every payment recorded for the registration (refunds included), what was paid and what remains. */
    public static Letter paymentReceipt(Registration registration, Event event, List<Payment> payments) {
        String[] subjects = new String[2];
        String[] bodies = new String[2];
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
            List<String> lines = new ArrayList<>();
            lines.add(m.get("mailings.letter.greeting", registration.fullName()));
            lines.add("");
            lines.add(m.get("mailings.letter.receipt.text", event.title(language)));
            for (Payment payment : payments) {
                String line = "- " + dates.format(payment.paidOn()) + " · " + m.get(payment.method().labelKey())
                        + " · " + m.money(payment.amountCents());
                if (payment.reference() != null && !payment.reference().isBlank()) {
                    line += " · " + m.get("mailings.letter.receipt.reference", payment.reference());
                }
                lines.add(line);
            }
            lines.add("");
            lines.add(money(registration, m));
            lines.add("");
            lines.add(m.get("mailings.letter.receipt.closing"));
            lines.add(m.get("welcome.letter.signature"));
            subjects[language.ordinal()] = m.get("mailings.letter.receipt.subject", event.title(language));
            bodies[language.ordinal()] = typography(language, String.join("\n", lines));
        }
        return new Letter(LetterKind.PAYMENT_RECEIPT, recipient(registration, event),
                subjects[0], subjects[1], bodies[0], bodies[1], List.of(), Map.of(), List.of());
    }

    /** A short note with the award letter (the printed one, in the applicant's language) attached. */
    public static Letter awardLetter(FundApplication award, List<Event> consultations, OfficeSettings office,
                                     LocalDate date) {
        if (award.email() == null || award.email().isBlank()) {
            throw new OfficeException("mailings.letter.error.noEmail", award.applicantName());
        }
        String[] bodies = new String[2];
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            bodies[language.ordinal()] = typography(language, String.join("\n", List.of(
                    m.get("fund.letter.greeting", award.applicantName()), "",
                    m.get("mailings.letter.award.text", m.money(award.awardedCents())), "",
                    m.get("welcome.letter.signature"))));
        }
        Messages own = Messages.of(award.language());
        byte[] pdf = pdf(output -> AwardLetter.write(award, consultations, office, date, output));
        return new Letter(LetterKind.AWARD_LETTER,
                new Recipient(award.email(), award.applicantName(), award.organizationName(), null, award.language()),
                Messages.of(Language.FR).get("fund.letter.title"), Messages.of(Language.EN).get("fund.letter.title"),
                bodies[0], bodies[1], List.of(new Attachment(own.get("fund.file.letter") + ".pdf", PDF, pdf)),
                Map.of(), List.of());
    }

    private static Recipient recipient(Registration registration, Event event) {
        if (registration.email() == null || registration.email().isBlank()) {
            throw new OfficeException("mailings.letter.error.noEmail", registration.fullName());
        }
        return new Recipient(registration.email(), registration.fullName(), registration.organizationName(),
                event.title(registration.language()), registration.language());
    }

    private static String money(Registration registration, Messages m) {
        if (registration.coveredByFund()) {
            return m.get("mailings.letter.registration.covered");
        }
        if (registration.feeWaived()) {
            return m.get("mailings.letter.registration.waived");
        }
        return m.get("mailings.letter.registration.amounts", m.money(registration.amountDueCents()),
                m.money(registration.paidCents()), m.money(registration.owedCents()));
    }

    private static String when(Event event, Language language) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        String days = event.endsOn() == null || event.endsOn().equals(event.startsOn())
                ? dates.format(event.startsOn())
                : dates.format(event.startsOn()) + " – " + dates.format(event.endsOn());
        return event.city() == null || event.city().isBlank() ? days : days + ", " + event.city();
    }

    /** French puts a non-breaking space before a colon; English none. */
    private static String typography(Language language, String text) {
        return language == Language.FR ? text.replace(" : ", "\u00A0: ") : text.replace(" : ", ": ");
    }

    private static byte[] pdf(PdfWriter writer) {
        Path file = null;
        try {
            file = Files.createTempFile("ccr-letter", ".pdf");
            writer.write(file);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OfficeException(e, "mailings.letter.error.pdf", e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file the system cleans up.
                }
            }
        }
    }
}
