package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionResult;
import ca.ccrweb.office.core.advocacy.ReporterKind;
import ca.ccrweb.office.core.advocacy.TargetKind;
import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.mailings.ConsentKind;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values of one controlled vocabulary and the words people type for them: our labels in French and
 * English, codes, and the usual abbreviations (QC, Qc, Québec, Quebec → Quebec; "member", « membre »).
 * A proposal is only a proposal: staff confirm or correct it before anything is written.
 */
public final class Vocabulary {
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("PROVINCE.QC", List.of("qc", "que", "pq", "quebec", "province de quebec")),
            Map.entry("PROVINCE.ON", List.of("ont")),
            Map.entry("PROVINCE.BC", List.of("cb", "c b", "b c")),
            Map.entry("PROVINCE.AB", List.of("alta")),
            Map.entry("PROVINCE.SK", List.of("sask")),
            Map.entry("PROVINCE.MB", List.of("man")),
            Map.entry("PROVINCE.NL", List.of("tnl", "t n l", "nfld", "terre neuve")),
            Map.entry("PROVINCE.PE", List.of("pei", "ipe", "i p e", "p e i")),
            Map.entry("PROVINCE.NS", List.of("ne", "n e", "n s")),
            Map.entry("PROVINCE.NB", List.of("n b")),
            Map.entry("PROVINCE.NT", List.of("tno", "nwt", "t n o")),
            Map.entry("PROVINCE.YT", List.of("yk", "yn")),
            Map.entry("PROVINCE.NU", List.of("nvt")),
            Map.entry("LANGUAGE.FR", List.of("fr", "f", "fra", "francais", "french", "franco", "francophone")),
            Map.entry("LANGUAGE.EN", List.of("en", "e", "a", "ang", "eng", "anglais", "english", "anglophone")),
            Map.entry("MEMBERSHIP_STATUS.ACTIVE", List.of("member", "membre", "active", "actif", "active", "oui",
                    "yes", "approved", "approuve", "en regle", "in good standing")),
            Map.entry("MEMBERSHIP_STATUS.APPLIED", List.of("applied", "pending", "demande", "en attente",
                    "application")),
            Map.entry("MEMBERSHIP_STATUS.LAPSED", List.of("lapsed", "expired", "expire", "echu", "echue")),
            Map.entry("MEMBERSHIP_STATUS.REJECTED", List.of("rejected", "refuse", "refusee")),
            Map.entry("MEMBERSHIP_STATUS.SUSPENDED", List.of("suspended", "suspendu", "suspendue")),
            Map.entry("MEMBERSHIP_STATUS.WITHDRAWN", List.of("withdrawn", "retire", "retiree")),
            Map.entry("ACCOUNT_KIND.ADMINISTRATOR", List.of("admin", "administrator", "administrateur",
                    "administratrice")),
            Map.entry("ACCOUNT_KIND.INDIVIDUAL", List.of("individual", "individuel", "individuelle")),
            Map.entry("INDIVIDUAL_ROLE.BOARD_MEMBER", List.of("board", "board member", "ca", "membre du ca",
                    "conseil d administration", "administrateur du ca")),
            Map.entry("INDIVIDUAL_ROLE.STAFF", List.of("staff", "employee", "employe", "employee", "personnel")),
            Map.entry("INDIVIDUAL_ROLE.VOLUNTEER", List.of("volunteer", "benevole")),
            Map.entry("ACCOUNT_STATUS.ACTIVE", List.of("active", "actif", "active", "enabled", "oui", "yes")),
            Map.entry("ACCOUNT_STATUS.DISABLED", List.of("disabled", "desactive", "inactive", "inactif", "non", "no")),
            Map.entry("PAYMENT_METHOD.CARD", List.of("card", "carte", "credit card", "carte de credit", "visa",
                    "mastercard", "debit")),
            Map.entry("PAYMENT_METHOD.CHEQUE", List.of("cheque", "check", "cheques")),
            Map.entry("PAYMENT_METHOD.E_TRANSFER", List.of("interac", "e transfer", "etransfer", "virement",
                    "virement interac", "transfer")),
            Map.entry("PAYMENT_METHOD.CASH", List.of("cash", "comptant", "especes", "argent comptant")),
            Map.entry("PAYMENT_METHOD.INVOICE", List.of("invoice", "facture", "facturer")),
            Map.entry("CONSENT_KIND.EXPRESS", List.of("express", "expres", "explicit", "explicite", "opt in",
                    "yes", "oui", "given", "donne")),
            Map.entry("CONSENT_KIND.IMPLIED", List.of("implied", "implicite", "tacite", "implicit")),
            Map.entry("REPORTER_KIND.ORGANIZATION", List.of("organization", "organisation", "organisme", "member",
                    "membre", "org")),
            Map.entry("REPORTER_KIND.INDIVIDUAL", List.of("individual", "individu", "individuel", "individuelle",
                    "person", "personne", "citizen", "citoyen", "citoyenne")),
            Map.entry("ACTION_KIND.LETTER_TO_MINISTER", List.of("letter to the minister", "letter to minister",
                    "lettre au ministre", "lettre a la ministre", "lettre ministre")),
            Map.entry("ACTION_KIND.LETTER_TO_MP", List.of("letter to mp", "letter to the mp", "lettre au depute",
                    "lettre a la deputee", "call to mp", "appel au depute", "letter or call to mp")),
            Map.entry("ACTION_KIND.MEETING_WITH_MP", List.of("meeting with mp", "meeting with the mp", "mp meeting",
                    "rencontre avec le depute", "rencontre avec la deputee", "rencontre depute")),
            Map.entry("ACTION_KIND.PROVINCIAL_GOVERNMENT", List.of("provincial", "province", "gouvernement provincial",
                    "provincial government")),
            Map.entry("ACTION_KIND.NETWORKS", List.of("network", "networks", "reseau", "reseaux")),
            Map.entry("ACTION_KIND.ALLIES", List.of("allies", "allie", "allies", "allys")),
            Map.entry("ACTION_KIND.SOCIAL_MEDIA", List.of("social media", "medias sociaux", "reseaux sociaux",
                    "twitter", "facebook", "instagram")),
            Map.entry("ACTION_KIND.OTHER", List.of("other", "autre")),
            Map.entry("TARGET_KIND.MINISTER", List.of("minister", "ministre", "la ministre", "le ministre",
                    "immigration minister", "ministre de l immigration")),
            Map.entry("TARGET_KIND.MP", List.of("mp", "depute", "deputee", "depute e", "member of parliament")),
            Map.entry("TARGET_KIND.PROVINCIAL_OFFICIAL", List.of("provincial", "mla", "mna", "mpp",
                    "provincial official", "depute provincial", "ministre provincial")),
            Map.entry("TARGET_KIND.MEDIA", List.of("media", "medias", "press", "presse", "journal", "newspaper")),
            Map.entry("TARGET_KIND.ALLIES", List.of("allies", "allie", "partners", "partenaires")),
            Map.entry("ACTION_RESULT.REPLY_RECEIVED", List.of("reply", "replied", "answer", "answered", "reponse",
                    "reponse recue", "reply received")),
            Map.entry("ACTION_RESULT.MEETING_HELD", List.of("meeting held", "met", "rencontre tenue", "rencontre",
                    "meeting")),
            Map.entry("ACTION_RESULT.COMMITMENT", List.of("commitment", "engagement", "committed", "engage",
                    "promise", "promesse")),
            Map.entry("ACTION_RESULT.NO_ANSWER", List.of("no answer", "no reply", "no response", "none",
                    "aucune reponse", "pas de reponse", "sans reponse", "aucune")));

    /** A value of a vocabulary read from the database (a mailing list): its code, label and the words for it. */
    public record Choice(String code, String label, List<String> words) {
    }

    private final FieldType type;
    private final Map<String, String> codeByKey = new HashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    private Vocabulary(FieldType type) {
        this.type = type;
    }

    /** The vocabulary of a field type; the rates of an event for {@link FieldType#RATE}. */
    public static Vocabulary of(FieldType type, List<RateCategory> rates, Language shownIn) {
        Vocabulary vocabulary = new Vocabulary(type);
        Messages fr = Messages.of(Language.FR);
        Messages en = Messages.of(Language.EN);
        Messages shown = Messages.of(shownIn);
        if (type == FieldType.RATE) {
            for (RateCategory rate : rates) {
                String code = String.valueOf(rate.id());
                vocabulary.labels.put(code, rate.label(shownIn));
                vocabulary.add(code, rate.labelFr(), rate.labelEn(), fr.get(rate.kind().labelKey()),
                        en.get(rate.kind().labelKey()));
            }
            return vocabulary;
        }
        for (Labelled value : values(type)) {
            String code = ((Enum<?>) value).name();
            vocabulary.labels.put(code, shown.get(value.labelKey()));
            vocabulary.add(code, code, code.replace('_', ' '), fr.get(value.labelKey()), en.get(value.labelKey()));
            for (String synonym : SYNONYMS.getOrDefault(type.name() + "." + code, List.of())) {
                vocabulary.add(code, synonym);
            }
        }
        return vocabulary;
    }

    /** A vocabulary whose values are records of the office (its mailing lists), not a fixed list. */
    public static Vocabulary of(FieldType type, List<Choice> choices) {
        Vocabulary vocabulary = new Vocabulary(type);
        for (Choice choice : choices) {
            vocabulary.labels.put(choice.code(), choice.label());
            choice.words().forEach(word -> vocabulary.add(choice.code(), word));
        }
        return vocabulary;
    }

    private static List<? extends Labelled> values(FieldType type) {
        return switch (type) {
            case PROVINCE -> List.of(Province.values());
            case LANGUAGE -> List.of(Language.values());
            case SERVICES -> List.of(ServiceOffered.values());
            case CLIENTELE -> List.of(Clientele.values());
            case MEMBERSHIP_STATUS -> List.of(MembershipStatus.values());
            case ACCOUNT_KIND -> List.of(AccountKind.values());
            case INDIVIDUAL_ROLE -> List.of(IndividualRole.values());
            case ACCOUNT_STATUS -> List.of(AccountStatus.values());
            case PAYMENT_METHOD -> List.of(PaymentMethod.values());
            case CONSENT_KIND -> List.of(ConsentKind.values());
            case REPORTER_KIND -> List.of(ReporterKind.values());
            case ACTION_KIND -> List.of(ActionKind.values());
            case TARGET_KIND -> List.of(TargetKind.values());
            case ACTION_RESULT -> List.of(ActionResult.values());
            default -> throw new IllegalArgumentException(type + " is not a vocabulary");
        };
    }

    private void add(String code, String... words) {
        for (String word : words) {
            codeByKey.putIfAbsent(key(word), code);
        }
    }

    /** Lower case, no accents, words separated by one space: "Qc." and "QC" and "qc" are one key. */
    static String key(String text) {
        return Texts.searchKey(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The value proposed for what was typed: the same word or abbreviation, or, failing that, the only value
     * whose label starts with what was typed (or the reverse) or holds it as whole words. Empty when nothing fits, or several would.
     */
    public Optional<String> propose(String typed) {
        String key = key(typed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String exact = codeByKey.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        Set<String> candidates = new HashSet<>();
        if (key.length() >= 3) {
            codeByKey.forEach((word, code) -> {
                boolean wholeWords = key.length() >= 5 && (" " + word + " ").contains(" " + key + " ");
                if (word.length() >= 3 && (word.startsWith(key) || key.startsWith(word + " ") || wholeWords)) {
                    candidates.add(code);
                }
            });
        }
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }

    public FieldType type() {
        return type;
    }

    /** Every value's code and label in the language shown, in their usual order. */
    public Map<String, String> labels() {
        return labels;
    }

    public boolean knows(String code) {
        return labels.containsKey(code);
    }
}
