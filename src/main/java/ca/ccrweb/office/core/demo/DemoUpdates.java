package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.communications.Paper;
import ca.ccrweb.office.core.communications.Quarter;
import ca.ccrweb.office.core.communications.QuarterlyUpdate;
import ca.ccrweb.office.core.communications.QuarterlyUpdateDraft;
import ca.ccrweb.office.core.communications.UpdateSection;
import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;
import java.util.List;

/**
 * Demo quarterly updates, written through the service as staff would: last quarter's edition published in
 * French and in English (the archive), this quarter's as drafts with figures computed from the demo data.
 * An edition already present is left as it is.
 */
public final class DemoUpdates {
    private DemoUpdates() {
    }

    /** Makes the missing editions; returns how many it made. */
    public static int generate(OfficeServices services) {
        Quarter current = Quarter.of(LocalDate.now(services.clock()));
        Quarter previous = current.quarter() == 1 ? new Quarter(current.year() - 1, 4)
                : new Quarter(current.year(), current.quarter() - 1);
        int made = 0;
        for (Language language : Language.values()) {
            if (make(services, previous, language, true)) {
                made++;
            }
            if (make(services, current, language, false)) {
                made++;
            }
        }
        return made;
    }

    private static boolean make(OfficeServices services, Quarter quarter, Language language, boolean publish) {
        if (services.quarterlyUpdates().current(quarter.year(), quarter.quarter(), language).isPresent()) {
            return false;
        }
        QuarterlyUpdate draft = services.quarterlyUpdates().create(typical(quarter, language,
                quarter.lastDay().minusDays(20)));
        if (publish) {
            services.quarterlyUpdates().publish(draft.id());
        }
        return true;
    }

    /** A typical edition: three sections on page 1, four on page 2, figures computed. */
    public static QuarterlyUpdateDraft typical(Quarter quarter, Language language, LocalDate issueDate) {
        return language == Language.FR ? french(quarter, issueDate) : english(quarter, issueDate);
    }

    private static QuarterlyUpdateDraft french(Quarter quarter, LocalDate issueDate) {
        return new QuarterlyUpdateDraft(quarter.year(), quarter.quarter(), Language.FR,
                "Protéger les familles, renforcer le réseau", issueDate, Paper.LETTER, List.of(
                new UpdateSection(1, "Consultation d’automne : merci à toutes et à tous",
                        "Plus de 300 personnes de partout au Canada se sont réunies à Montréal pour trois journées "
                                + "d’échanges, d’ateliers et de sessions en caucus. Les résolutions adoptées en "
                                + "**Assemblée générale** guideront notre travail de plaidoyer pour l’année à venir.\n\n"
                                + "Les présentations et le rapport de la consultation sont dans les "
                                + "[Ressources pour les membres](ccrweb.ca/fr/ressources-membres)."),
                new UpdateSection(1, "Permis de séjour temporaire pour les familles : agissez",
                        "Des membres de la famille de personnes réfugiées attendent depuis des années. Nous demandons "
                                + "au gouvernement de délivrer des *permis de séjour temporaire* (PST) afin de réunir "
                                + "les familles sans délai. Comment agir :\n"
                                + "- écrire au ministre de l’Immigration ;\n"
                                + "- rencontrer votre député·e dans votre circonscription ;\n"
                                + "- nous dire ce que vous avez fait, pour que nous puissions en faire le bilan.\n\n"
                                + "Toute l’information : [ccrweb.ca/fr/pst-familles](https://ccrweb.ca/fr/pst-familles)."),
                new UpdateSection(1, "Nouveaux organismes membres",
                        "Bienvenue aux organismes qui ont rejoint le réseau ce trimestre ! Chaque organisme membre "
                                + "reçoit un **compte administrateur** sur ccrweb.ca et peut créer des comptes "
                                + "individuels pour les membres de son CA, son personnel et ses bénévoles."),
                new UpdateSection(2, "Groupes de travail",
                        "Les trois groupes de travail se réuniront à Toronto en février. Au programme :\n"
                                + "- **Immigration et établissement** : l’accès aux services pour les personnes "
                                + "au statut précaire ;\n"
                                + "- **Protection au Canada** : les délais de traitement des demandes d’asile ;\n"
                                + "- **Protection outremer et parrainage** : la réunification familiale et les "
                                + "enfants séparés.\n\n"
                                + "Les rencontres sont ouvertes à tous les organismes membres."),
                new UpdateSection(2, "Fonds Amina Malko pour la participation des réfugiés",
                        "Le Fonds couvre une partie des frais de participation de personnes réfugiées aux "
                                + "consultations (volet participation) et accompagne des leaders sur trois "
                                + "consultations (volet leadership). Les demandes pour la consultation du printemps "
                                + "sont ouvertes jusqu’à la fin du mois prochain."),
                new UpdateSection(2, "Réseau des jeunes",
                        "Le Réseau des jeunes prépare le prochain *Rassemblement action jeunesse*. Les jeunes de "
                                + "vos organismes qui souhaitent s’impliquer peuvent écrire à "
                                + "[jeunes@ccrweb.ca](mailto:jeunes@ccrweb.ca)."),
                new UpdateSection(2, "À venir",
                        "- Webinaire sur les permis de séjour temporaire, en mars ;\n"
                                + "- Rencontres des groupes de travail, Toronto, en février ;\n"
                                + "- Consultation du printemps, fin mai : les inscriptions ouvriront en mars.")),
                null, null);
    }

    private static QuarterlyUpdateDraft english(Quarter quarter, LocalDate issueDate) {
        return new QuarterlyUpdateDraft(quarter.year(), quarter.quarter(), Language.EN,
                "Protecting families, strengthening the network", issueDate, Paper.LETTER, List.of(
                new UpdateSection(1, "Fall consultation: thank you all",
                        "More than 300 people from across Canada met in Montréal for three days of exchanges, "
                                + "workshops and caucus sessions. The resolutions adopted at the **General "
                                + "assembly** will guide our advocacy in the year ahead.\n\n"
                                + "The presentations and the consultation report are in the "
                                + "[Member resources](ccrweb.ca/en/members-resources)."),
                new UpdateSection(1, "Temporary resident permits for families: take action",
                        "Family members of refugees have been waiting for years. We are asking the government to "
                                + "issue *temporary resident permits* (TRPs) so families are reunited without delay. "
                                + "How to act:\n"
                                + "- write to the Minister of Immigration;\n"
                                + "- meet your MP in your riding;\n"
                                + "- tell us what you did, so we can report on the campaign.\n\n"
                                + "Everything you need: [ccrweb.ca/en/trp-families](https://ccrweb.ca/en/trp-families)."),
                new UpdateSection(1, "New member organizations",
                        "Welcome to the organizations that joined the network this quarter! Every member "
                                + "organization receives an **administrator account** on ccrweb.ca and can create "
                                + "individual accounts for its board members, staff and volunteers."),
                new UpdateSection(2, "Working groups",
                        "The three working groups meet in Toronto in February. On the agenda:\n"
                                + "- **Immigration and Settlement**: access to services for people with precarious "
                                + "status;\n"
                                + "- **Protection in Canada**: processing delays for refugee claims;\n"
                                + "- **Overseas Protection and Sponsorship**: family reunification and separated "
                                + "children.\n\n"
                                + "The meetings are open to all member organizations."),
                new UpdateSection(2, "Amina Malko Fund for refugee participation",
                        "The Fund covers part of the costs of refugees taking part in consultations "
                                + "(participation stream) and supports leaders over three consultations (leadership "
                                + "stream). Applications for the spring consultation are open until the end of next "
                                + "month."),
                new UpdateSection(2, "Youth Network",
                        "The Youth Network is preparing the next *Youth Action Gathering*. Young people in your "
                                + "organizations who want to take part can write to "
                                + "[youth@ccrweb.ca](mailto:youth@ccrweb.ca)."),
                new UpdateSection(2, "Coming up",
                        "- Webinar on temporary resident permits, in March;\n"
                                + "- Working group meetings, Toronto, in February;\n"
                                + "- Spring consultation, late May: registration opens in March.")),
                null, null);
    }
}
