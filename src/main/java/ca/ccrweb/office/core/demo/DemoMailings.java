package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.mailings.Audience;
import ca.ccrweb.office.core.mailings.ConsentKind;
import ca.ccrweb.office.core.mailings.ConsentSource;
import ca.ccrweb.office.core.mailings.MailingDraft;
import ca.ccrweb.office.core.mailings.MailingList;
import ca.ccrweb.office.core.mailings.MailingListService;
import ca.ccrweb.office.core.mailings.Subscriber;
import ca.ccrweb.office.core.mailings.SubscriberDraft;
import ca.ccrweb.office.core.membership.Organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demo subscription lists and mailings, through the services: people already in the contacts (registrants,
 * applicants) on the Chronique, CCRLIST and the trafficking bulletins with their consent, a few who unsubscribed,
 * and three mailings: a member mailing and a Chronique recorded as sent (the demo has no mail server, so they
 * are marked as sent with another tool) and a bulletin waiting in the outbox.
 */
public final class DemoMailings {
    private DemoMailings() {
    }

    public record Report(int subscribers, int unsubscribed, int mailings) {
    }

    public static Report generate(OfficeServices services, int scale, long seed) {
        Random random = new Random(seed ^ 0x17L);
        MailingListService lists = services.mailingLists();
        LocalDate today = LocalDate.now(services.clock());
        Map<Long, String> organizations = services.membership().all().stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
        List<Contact> people = services.contacts().all().stream().filter(contact -> contact.email() != null)
                .limit(60L * Math.max(1, scale)).toList();
        MailingList chronique = lists.listByCode(MailingList.CHRONIQUE);
        MailingList ccrlist = lists.listByCode(MailingList.CCRLIST);
        MailingList trafficking = lists.listByCode(MailingList.TRAFFICKING);
        ConsentSource[] sources = {ConsentSource.FORM, ConsentSource.EMAIL, ConsentSource.EVENT_REGISTRATION};
        int subscribers = 0;
        int unsubscribed = 0;
        for (Contact person : people) {
            String organization = person.organizationId() != null ? organizations.get(person.organizationId())
                    : person.organizationName();
            ConsentSource source = sources[random.nextInt(sources.length)];
            LocalDate consentOn = today.minusDays(30 + random.nextInt(700));
            ConsentKind kind = source == ConsentSource.EVENT_REGISTRATION ? ConsentKind.IMPLIED : ConsentKind.EXPRESS;
            Function<MailingList, Subscriber> join = list -> lists.subscribe(list.id(), new SubscriberDraft(
                    person.fullName(), person.email(), organization, person.language(), kind, consentOn, source));
            if (random.nextInt(10) < 7) {
                Subscriber subscriber = join.apply(chronique);
                subscribers++;
                if (random.nextInt(12) == 0) {
                    lists.unsubscribe(subscriber.id(), consentOn.plusDays(1 + random.nextInt(25)),
                            random.nextBoolean() ? "Demandé par courriel" : "Asked by email");
                    unsubscribed++;
                }
            }
            if (organization != null && random.nextInt(10) < 4) {
                join.apply(ccrlist);
                subscribers++;
            }
            if (random.nextInt(10) < 2) {
                join.apply(trafficking);
                subscribers++;
            }
        }
        int mailings = 0;
        if (!services.mailings().recipients(Audience.members()).isEmpty()) {
            long members = services.mailings().queue(new MailingDraft(Audience.members(),
                    "Consultation du printemps : inscriptions ouvertes", "Spring consultation: registration is open",
                    "Bonjour {{organisme}},\n\nLes inscriptions à la consultation du printemps sont ouvertes. Le tarif "
                            + "membre s’applique aux organismes membres en règle.\n\nAu plaisir de vous y voir,\nL’équipe du CCR",
                    "Hello {{organization}},\n\nRegistration for the spring consultation is open. The member rate "
                            + "applies to member organizations in good standing.\n\nWe look forward to seeing you,\nThe CCR team",
                    List.of())).id();
            services.mailings().recordSentElsewhere(members);
            mailings++;
        }
        if (subscribers > 0) {
            long monthly = services.mailings().queue(new MailingDraft(Audience.list(chronique.id()),
                    "La Chronique du CCR", "CCR Chronicle",
                    "Bonjour {{nom}},\n\nVoici les nouvelles du mois : réunification familiale, protection au Canada "
                            + "et la campagne pour les permis de séjour temporaire.",
                    "Hello {{name}},\n\nThis month’s news: family reunification, inland protection and the campaign "
                            + "for temporary resident permits.",
                    List.of())).id();
            services.mailings().recordSentElsewhere(monthly);
            mailings++;
        }
        if (!services.mailings().recipients(Audience.list(trafficking.id())).isEmpty()) {
            services.mailings().queue(new MailingDraft(Audience.list(trafficking.id()),
                    "Bulletin sur la traite", "Trafficking bulletin",
                    "Bonjour {{nom}},\n\nLe Comité anti-traite partage les ressources de la saison.",
                    "Hello {{name}},\n\nThe Anti-trafficking committee shares this season’s resources.", List.of()));
            mailings++;
        }
        return new Report(subscribers, unsubscribed, mailings);
    }
}
