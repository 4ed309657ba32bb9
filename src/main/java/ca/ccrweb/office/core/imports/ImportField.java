package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.Labelled;

import java.util.List;

/**
 * A field an import can fill, with the kind of value it takes and the headers it is recognized by: the
 * application's own labels in both languages (so an export comes back in) and the words spreadsheets use.
 */
public enum ImportField implements Labelled {
    NAME(FieldType.TEXT, 200, List.of("field.name"), "nom", "name", "organisme", "organization", "organisation",
            "nom de l organisme", "organization name"),
    NAME_OTHER_LANGUAGE(FieldType.TEXT, 200, List.of("field.nameOtherLanguage"), "other name", "autre nom",
            "nom en anglais", "english name", "nom anglais", "french name", "nom francais"),
    FULL_NAME(FieldType.TEXT, 200, List.of("field.fullName", "registration.column.NAME"), "nom complet", "full name",
            "name", "nom", "personne", "person", "participant", "participante", "contact"),
    EMAIL(FieldType.EMAIL, 254, List.of("field.email", "registration.column.EMAIL"), "email", "e mail", "courriel",
            "mail", "adresse courriel", "email address", "adresse electronique", "courriel principal"),
    PHONE(FieldType.PHONE, 40, List.of("field.phone"), "phone", "telephone", "tel", "tel.", "phone number",
            "numero de telephone"),
    WEBSITE(FieldType.WEBSITE, 300, List.of("field.website"), "website", "site web", "site", "web", "url"),
    STREET_ADDRESS(FieldType.TEXT, 300, List.of("field.streetAddress"), "address", "adresse", "street", "rue"),
    CITY(FieldType.TEXT, 100, List.of("field.city"), "city", "ville", "municipalite"),
    POSTAL_CODE(FieldType.POSTAL_CODE, 10, List.of("field.postalCode"), "postal code", "code postal", "cp",
            "postcode"),
    PROVINCE(FieldType.PROVINCE, 0, List.of("field.province"), "province", "prov", "prov.", "territoire",
            "province territory", "province ou territoire"),
    LANGUAGE(FieldType.LANGUAGE, 0, List.of("field.language", "registration.column.LANGUAGE"), "language", "langue",
            "lang", "preferred language", "langue preferee"),
    SERVICES(FieldType.SERVICES, 0, List.of("export.organizations.services"), "services", "services offered",
            "services offerts"),
    CLIENTELE(FieldType.CLIENTELE, 0, List.of("export.organizations.clientele"), "clientele", "clienteles",
            "clientele served", "clientele desservie"),
    NOTES(FieldType.TEXT, 4000, List.of("field.notes"), "notes", "note", "remarques", "comments", "commentaires"),
    MEMBERSHIP_STATUS(FieldType.MEMBERSHIP_STATUS, 0, List.of("export.organizations.status"), "status", "statut",
            "membership", "adhesion", "etat", "membership status"),
    APPLIED_ON(FieldType.DATE, 0, List.of("export.organizations.appliedOn"), "applied on", "date of application",
            "date de la demande"),
    MEMBER_SINCE(FieldType.DATE, 0, List.of("export.organizations.memberSince"), "member since", "membre depuis"),
    ORGANIZATION(FieldType.TEXT, 200, List.of("export.accounts.organization", "registration.column.ORGANIZATION",
            "field.organizationName"), "organization", "organisation", "organisme", "organization name",
            "nom de l organisme", "employer", "employeur"),
    ACCOUNT_KIND(FieldType.ACCOUNT_KIND, 0, List.of("export.accounts.kind"), "kind", "type", "account type",
            "type de compte"),
    ROLE(FieldType.INDIVIDUAL_ROLE, 0, List.of("field.role"), "role", "position", "poste", "fonction"),
    USERNAME(FieldType.TEXT, 100, List.of("export.accounts.username", "field.username"), "username", "user name",
            "identifiant", "nom d utilisateur"),
    ACCOUNT_STATUS(FieldType.ACCOUNT_STATUS, 0, List.of("export.accounts.status"), "status", "etat", "statut"),
    RATE(FieldType.RATE, 0, List.of("registration.column.RATE"), "rate", "tarif", "category", "categorie"),
    REGISTERED_ON(FieldType.DATE, 0, List.of("registration.column.REGISTERED_ON"), "registered on", "date",
            "date d inscription", "registration date", "inscrit le", "inscrite le"),
    ACCESSIBILITY_NEEDS(FieldType.TEXT, 1000, List.of("registration.column.ACCESSIBILITY_NEEDS"), "accessibility",
            "accessibilite", "besoins d accessibilite"),
    DIETARY_NEEDS(FieldType.TEXT, 1000, List.of("registration.column.DIETARY_NEEDS"), "dietary", "diet",
            "alimentation", "restrictions alimentaires", "dietary needs"),
    INTERPRETATION(FieldType.TEXT, 100, List.of("registration.column.INTERPRETATION"), "interpretation"),
    CHILDCARE_NEEDS(FieldType.TEXT, 1000, List.of("registration.column.CHILDCARE_NEEDS"), "childcare",
            "garde d enfants", "garde"),
    AMOUNT_PAID(FieldType.MONEY, 0, List.of("registration.column.PAID"), "paid", "paye", "amount paid",
            "montant paye", "payment", "paiement recu"),
    PAID_ON(FieldType.DATE, 0, List.of("payment.column.paidOn"), "paid on", "paye le", "payment date",
            "date du paiement"),
    PAYMENT_METHOD(FieldType.PAYMENT_METHOD, 0, List.of("payment.column.method"), "method", "payment method",
            "mode de paiement", "methode"),
    PAYMENT_REFERENCE(FieldType.TEXT, 100, List.of("payment.column.reference"), "reference", "payment reference",
            "reference du paiement", "no de recu", "receipt"),
    LIST(FieldType.MAILING_LIST, 0, List.of(), "list", "liste", "mailing list",
            "liste d envoi", "liste de diffusion", "subscription", "abonnement", "bulletin", "newsletter"),
    CONSENT_KIND(FieldType.CONSENT_KIND, 0, List.of("mailings.subscribers.column.consent"), "consent", "consentement",
            "consent kind", "consent type", "type de consentement", "nature du consentement"),
    CONSENT_ON(FieldType.DATE, 0, List.of(), "consent date", "consent given on",
            "date du consentement", "consenti le", "consentement le", "date", "subscribed on", "abonne le",
            "date d abonnement"),
    REPORTER(FieldType.TEXT, 200, List.of("advocacy.column.reporter"), "who", "qui", "reporter", "reported by",
            "signale par", "member", "membre",
            "organization", "organisation", "organisme", "name", "nom"),
    REPORTER_KIND(FieldType.REPORTER_KIND, 0, List.of("advocacy.column.reporterKind"), "reporter kind", "organization or individual kind",
            "type de membre", "type", "kind", "organisme ou individu", "organization individual"),
    ACTION_KIND(FieldType.ACTION_KIND, 0, List.of("advocacy.column.action"), "action", "action kind", "type d action",
            "action taken", "action menee", "what", "quoi"),
    TARGET_KIND(FieldType.TARGET_KIND, 0, List.of("advocacy.column.target"), "target", "cible", "addressee",
            "destinataire", "aupres de", "to whom"),
    TARGET_NAME(FieldType.TEXT, 200, List.of("advocacy.column.targetName"), "target name", "nom de la cible",
            "nom du destinataire", "addressee name"),
    RIDING(FieldType.TEXT, 200, List.of("advocacy.column.riding"), "riding", "circonscription", "electoral district"),
    TAKEN_ON(FieldType.DATE, 0, List.of("advocacy.column.date"), "date", "taken on", "date de l action", "when",
            "quand", "action date"),
    ACTION_RESULT(FieldType.ACTION_RESULT, 0, List.of("advocacy.column.result"), "result", "resultat", "outcome",
            "suite", "issue", "reponse", "response");

    private final FieldType type;
    private final int maxLength;
    private final List<String> labelKeys;
    private final List<String> aliases;

    ImportField(FieldType type, int maxLength, List<String> labelKeys, String... aliases) {
        this.type = type;
        this.maxLength = maxLength;
        this.labelKeys = labelKeys;
        this.aliases = List.of(aliases);
    }

    public FieldType type() {
        return type;
    }

    int maxLength() {
        return maxLength;
    }

    /** The application's labels that name this field, read in both languages. */
    List<String> labelKeys() {
        return labelKeys;
    }

    List<String> aliases() {
        return aliases;
    }

    @Override
    public String labelKey() {
        return "import.field." + name();
    }
}
