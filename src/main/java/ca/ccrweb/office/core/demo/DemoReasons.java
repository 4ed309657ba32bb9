package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.l10n.Language;

import java.util.List;

/** Why staff refused, lapsed, suspended or closed a membership, written in the organization's language. */
final class DemoReasons {
    private DemoReasons() {
    }

    static List<String> rejection(Language language) {
        return language == Language.FR
                ? List.of("L'organisme est une entreprise de consultation en immigration à but lucratif ; "
                                + "l'adhésion est réservée aux organismes sans but lucratif.",
                        "Demande incomplète : la résolution du conseil d'administration n'a pas été reçue "
                                + "malgré deux rappels.",
                        "Le mandat de l'organisme ne vise ni les personnes réfugiées ni les personnes immigrantes.")
                : List.of("The applicant is a for-profit immigration consultancy; membership is open to "
                                + "non-profit organizations only.",
                        "Incomplete application: no board resolution was received after two reminders.",
                        "The organization's mandate does not include refugees or immigrants.");
    }

    static List<String> lapse(Language language) {
        return language == Language.FR
                ? List.of("Cotisation annuelle impayée après la période de grâce.",
                        "Cotisation impayée ; trois relances restées sans réponse.")
                : List.of("Annual dues unpaid after the grace period.",
                        "Dues unpaid; three reminders went unanswered.");
    }

    static List<String> suspension(Language language) {
        return language == Language.FR
                ? List.of("Suspendu par le comité exécutif en attendant l'examen d'une plainte.")
                : List.of("Suspended by the executive committee pending review of a complaint.");
    }

    static List<String> withdrawal(Language language) {
        return language == Language.FR
                ? List.of("L'organisme a fusionné avec un autre membre de la région.",
                        "L'organisme a cessé ses activités.")
                : List.of("The organization has closed; its programs were taken over by another member.",
                        "The organization asked to end its membership.");
    }
}
