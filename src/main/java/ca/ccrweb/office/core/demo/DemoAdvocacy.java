package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionReportDraft;
import ca.ccrweb.office.core.advocacy.ActionResult;
import ca.ccrweb.office.core.advocacy.AddresseeKind;
import ca.ccrweb.office.core.advocacy.AdvocacyService;
import ca.ccrweb.office.core.advocacy.Audience;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.advocacy.CampaignDraft;
import ca.ccrweb.office.core.advocacy.CampaignStatus;
import ca.ccrweb.office.core.advocacy.ModelLetterDraft;
import ca.ccrweb.office.core.advocacy.ReporterKind;
import ca.ccrweb.office.core.advocacy.SuggestedAction;
import ca.ccrweb.office.core.advocacy.TargetKind;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The advocacy campaign of the council's "take action" page: temporary resident permits for refugees' family
 * members, in both languages, with the actions it suggests, its model letters (organizations to the minister,
 * refugees to their MP) and some 300 actions reported by member organizations and individuals across the
 * provinces over the campaign's months, made through the service as staff would record them. Run again, it adds
 * nothing once the campaign is there.
 */
public final class DemoAdvocacy {
    public static final String TITLE_FR = "Permis de séjour temporaire pour les familles des personnes réfugiées";
    private static final int REPORTS = 300;
    private static final int CAMPAIGN_DAYS = 330;

    private DemoAdvocacy() {
    }

    public record Report(int campaigns, int letters, int actions) {
    }

    public static Report generate(OfficeServices services, long seed) {
        AdvocacyService advocacy = services.advocacy();
        if (advocacy.campaigns().stream().anyMatch(campaign -> campaign.titleFr().equals(TITLE_FR))) {
            return new Report(0, 0, 0);
        }
        LocalDate today = LocalDate.now(services.clock());
        return services.database().transaction(() -> {
            Campaign campaign = advocacy.createCampaign(campaign(today.minusDays(CAMPAIGN_DAYS)));
            List<ModelLetterDraft> letters = letters();
            letters.forEach(letter -> advocacy.addLetter(campaign.id(), letter));
            List<Organization> members = services.membership().all().stream()
                    .filter(organization -> organization.status() == MembershipStatus.ACTIVE).toList();
            Random random = new Random(seed ^ 0xAD_70CAL);
            for (int i = 0; i < REPORTS; i++) {
                advocacy.record(campaign.id(), report(members, today, random));
            }
            return new Report(1, letters.size(), REPORTS);
        });
    }

    /** The campaign as the seed page words it, begun on {@code startsOn}. */
    public static CampaignDraft campaign(LocalDate startsOn) {
        return new CampaignDraft(TITLE_FR,
                "Temporary resident permits for refugees’ families",
                "Que le gouvernement canadien délivre des permis de séjour temporaire (PST) aux membres de la famille "
                        + "des personnes réfugiées, pour qu’ils vivent au Canada pendant que leur demande de résidence "
                        + "permanente est traitée.",
                "That the Canadian government issue temporary resident permits (TRPs) to refugees’ family members, "
                        + "so that they can live in Canada while their application for permanent residence is "
                        + "processed.",
                "Passez à l’action pour soutenir l’appel lancé au gouvernement canadien pour qu’il délivre des permis "
                        + "de séjour temporaire (PST) afin de permettre aux membres de la famille des réfugiés de vivre "
                        + "au Canada pendant qu’ils attendent que leur demande de résidence permanente soit traitée ! "
                        + "Voici quelques suggestions d’actions ; nous vous encourageons également à faire preuve de "
                        + "créativité dans votre plaidoyer. Faites-nous savoir ce que vous faites et ce qui en résulte.",
                "Take action to support the call on the Canadian government to issue temporary resident permits "
                        + "(TRPs) so that refugees’ family members can live in Canada while they wait for their "
                        + "application for permanent residence to be processed! Here are some suggested actions; we "
                        + "also encourage you to be creative in your advocacy. Let us know what you do and what comes "
                        + "of it.",
                startsOn, null, CampaignStatus.ACTIVE, "https://ccrweb.example/fr/passez-a-l-action-pst\n"
                        + "https://ccrweb.example/en/take-action-trp", suggestedActions());
    }

    private static List<SuggestedAction> suggestedActions() {
        Audience org = Audience.ORGANIZATIONS;
        Audience one = Audience.INDIVIDUALS;
        return List.of(
                new SuggestedAction(org, ActionKind.LETTER_TO_MINISTER,
                        "Écrire une lettre au ministre de l’Immigration, des Réfugiés et de la Citoyenneté (et en "
                                + "envoyer une copie à votre député·e s’il s’agit d’un organisme local).",
                        "Write a letter to the Minister of Immigration, Refugees and Citizenship (and send a copy to "
                                + "your MP if you are a local organization)."),
                new SuggestedAction(org, ActionKind.MEETING_WITH_MP,
                        "Organiser une réunion avec un·e député·e, en incluant dans la délégation au moins une "
                                + "personne qui vit une séparation familiale.",
                        "Organize a meeting with an MP, including in the delegation at least one person living a "
                                + "family separation."),
                new SuggestedAction(org, ActionKind.NETWORKS,
                        "Soulever l’enjeu au sein des réseaux auxquels vous participez pour que d’autres organismes "
                                + "soutiennent la recommandation.",
                        "Raise the issue in the networks you take part in so that other organizations support the "
                                + "recommendation."),
                new SuggestedAction(org, ActionKind.PROVINCIAL_GOVERNMENT,
                        "Demander le soutien de votre gouvernement provincial : il est dans l’intérêt des provinces "
                                + "d’éviter de longues séparations des familles.",
                        "Ask your provincial government for its support: avoiding long family separations is in the "
                                + "provinces’ interest."),
                new SuggestedAction(org, ActionKind.ALLIES,
                        "Demander le soutien d’alliés : santé, éducation, justice sociale, lutte contre le racisme, "
                                + "communautés de foi, droits de l’enfant.",
                        "Ask allies for support: health, education, social justice, anti-racism, faith communities, "
                                + "children’s rights."),
                new SuggestedAction(org, ActionKind.SOCIAL_MEDIA,
                        "Diffuser l’appel sur votre site web, dans les médias sociaux, auprès du personnel, du "
                                + "conseil d’administration, des membres et des donateurs.",
                        "Share the call on your website, on social media, with your staff, board, members and "
                                + "donors."),
                new SuggestedAction(one, ActionKind.LETTER_TO_MP,
                        "Écrire ou, mieux encore, parler à votre député·e ; les personnes réfugiées séparées de leur "
                                + "famille peuvent utiliser la lettre modèle.",
                        "Write to or, better still, speak with your MP; refugees separated from their family can use "
                                + "the model letter."),
                new SuggestedAction(one, ActionKind.LETTER_TO_MINISTER,
                        "Écrire une lettre au ministre de l’Immigration, des Réfugiés et de la Citoyenneté et en "
                                + "envoyer une copie à votre député·e.",
                        "Write a letter to the Minister of Immigration, Refugees and Citizenship and send a copy to "
                                + "your MP."),
                new SuggestedAction(one, ActionKind.SOCIAL_MEDIA,
                        "Publier dans les médias sociaux sur le problème et sur ce que vous faites ; encourager les "
                                + "autres à agir.",
                        "Post on social media about the problem and what you are doing; encourage others to act."),
                new SuggestedAction(one, ActionKind.ALLIES,
                        "Contacter les organismes que vous connaissez et leur demander de soutenir la demande.",
                        "Contact the organizations you know and ask them to support the call."));
    }

    /** The organizations' letter to the minister and the refugees' letter to their MP, in French and English. */
    public static List<ModelLetterDraft> letters() {
        return List.of(
                new ModelLetterDraft(Language.FR, Audience.ORGANIZATIONS, AddresseeKind.MINISTER,
                        "Lettre des organismes au ministre",
                        "Permis de séjour temporaire pour les membres de la famille des personnes réfugiées",
                        """
                        Madame, Monsieur le Ministre,

                        {{organisme}} vous écrit pour appuyer l’appel du Conseil canadien pour les réfugiés : nous \
                        vous demandons de délivrer des permis de séjour temporaire (PST) aux membres de la famille des \
                        personnes réfugiées, afin qu’ils puissent vivre au Canada pendant que leur demande de \
                        résidence permanente est traitée.

                        Les personnes que nous accompagnons ({{province}}) attendent souvent des années avant de \
                        retrouver leurs enfants ou leur conjoint. Ces longues séparations nuisent à leur santé, à leur \
                        intégration et à l’avenir de leurs enfants ; elles pèsent aussi sur nos communautés.

                        Un permis de séjour temporaire permettrait aux familles d’être réunies dès maintenant, sans \
                        rien retirer à l’examen de leur demande. Nous envoyons une copie de cette lettre à notre \
                        député·e.

                        Veuillez agréer, Madame, Monsieur le Ministre, l’expression de nos salutations distinguées.
                        """),
                new ModelLetterDraft(Language.EN, Audience.ORGANIZATIONS, AddresseeKind.MINISTER,
                        "Organizations’ letter to the minister",
                        "Temporary resident permits for refugees’ family members",
                        """
                        Dear Minister,

                        {{organization}} is writing in support of the Canadian Council for Refugees’ call: we ask you \
                        to issue temporary resident permits (TRPs) to refugees’ family members so that they can live \
                        in Canada while their application for permanent residence is processed.

                        The refugees we serve ({{province}}) often wait years to be reunited with their children or \
                        spouse. These long separations harm their health, their settlement and their children’s \
                        future, and they weigh on our communities.

                        A temporary resident permit would let families be together now, without taking anything away \
                        from the processing of their application. We are sending a copy of this letter to our Member \
                        of Parliament.

                        Yours sincerely,
                        """),
                new ModelLetterDraft(Language.FR, Audience.INDIVIDUALS, AddresseeKind.MP,
                        "Lettre d’une personne réfugiée à son député·e",
                        "Ma famille attend : des permis de séjour temporaire pour les familles des personnes réfugiées",
                        """
                        Madame, Monsieur,

                        Je m’appelle {{signataire}} et j’habite dans votre circonscription, {{circonscription}}. \
                        J’ai été reconnu·e comme réfugié·e au Canada, mais les membres de ma famille sont toujours à \
                        l’étranger en attendant que notre demande de résidence permanente soit traitée.

                        Chaque mois de séparation est difficile pour moi et pour mes proches. Je vous demande \
                        d’appuyer l’appel du Conseil canadien pour les réfugiés pour que le gouvernement délivre des \
                        permis de séjour temporaire aux membres de la famille des personnes réfugiées, et de porter \
                        cette demande auprès du ministre de l’Immigration, des Réfugiés et de la Citoyenneté.

                        J’aimerais vous rencontrer pour vous en parler.

                        Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
                        """),
                new ModelLetterDraft(Language.EN, Audience.INDIVIDUALS, AddresseeKind.MP,
                        "A refugee’s letter to their MP",
                        "My family is waiting: temporary resident permits for refugees’ families",
                        """
                        Dear {{addressee}},

                        My name is {{signatory}} and I live in your riding, {{riding}}. I was recognized as a \
                        refugee in Canada, but my family members are still abroad, waiting for our application for \
                        permanent residence to be processed.

                        Every month apart is hard for me and for my loved ones. I ask you to support the Canadian \
                        Council for Refugees’ call for the government to issue temporary resident permits to \
                        refugees’ family members, and to raise it with the Minister of Immigration, Refugees and \
                        Citizenship.

                        I would like to meet you to talk about it.

                        Yours sincerely,
                        """));
    }

    private static final Map<Province, List<String>> RIDINGS = ridings();
    private static final Province[] WEIGHTED_PROVINCES = weightedProvinces();
    private static final ActionKind[] WEIGHTED_KINDS = weightedKinds();

    private static ActionReportDraft report(List<Organization> members, LocalDate today, Random random) {
        boolean byOrganization = !members.isEmpty() && random.nextInt(100) < 60;
        ActionKind kind = WEIGHTED_KINDS[random.nextInt(WEIGHTED_KINDS.length)];
        if (!byOrganization && (kind == ActionKind.MEETING_WITH_MP || kind == ActionKind.PROVINCIAL_GOVERNMENT
                || kind == ActionKind.NETWORKS)) {
            kind = ActionKind.LETTER_TO_MP;
        }
        if (byOrganization && kind == ActionKind.LETTER_TO_MP) {
            kind = ActionKind.MEETING_WITH_MP;
        }
        Organization organization = byOrganization ? members.get(random.nextInt(members.size())) : null;
        Province province = organization != null ? organization.province()
                : WEIGHTED_PROVINCES[random.nextInt(WEIGHTED_PROVINCES.length)];
        String person = byOrganization ? null : DemoPeople.ALL.get(random.nextInt(DemoPeople.ALL.size())).fullName();
        TargetKind target = switch (kind) {
            case LETTER_TO_MINISTER -> TargetKind.MINISTER;
            case LETTER_TO_MP, MEETING_WITH_MP -> TargetKind.MP;
            case PROVINCIAL_GOVERNMENT -> TargetKind.PROVINCIAL_OFFICIAL;
            case NETWORKS, ALLIES -> TargetKind.ALLIES;
            case SOCIAL_MEDIA, OTHER -> TargetKind.MEDIA;
        };
        String riding = target == TargetKind.MP
                ? RIDINGS.get(province).get(random.nextInt(RIDINGS.get(province).size())) : null;
        // Later months see more actions: the campaign gathers pace as members hear of it.
        int daysAgo = (int) Math.floor(CAMPAIGN_DAYS * Math.pow(random.nextDouble(), 1.4));
        LocalDate takenOn = today.minusDays(daysAgo);
        ActionResult result = result(kind, random.nextInt(100));
        String notes = result == ActionResult.COMMITMENT ? (random.nextBoolean()
                ? "S’engage à soulever la question auprès du ministre." : "Committed to raise it with the minister.")
                : result == ActionResult.MEETING_HELD && random.nextInt(3) == 0
                ? "Délégation de trois personnes, dont une mère séparée de ses enfants." : null;
        return new ActionReportDraft(byOrganization ? ReporterKind.ORGANIZATION : ReporterKind.INDIVIDUAL,
                organization == null ? null : organization.id(), person, province, kind, target, null, riding,
                takenOn, result, notes);
    }

    private static ActionResult result(ActionKind kind, int draw) {
        return switch (kind) {
            case LETTER_TO_MINISTER -> draw < 55 ? ActionResult.NO_ANSWER : draw < 95 ? ActionResult.REPLY_RECEIVED
                    : ActionResult.COMMITMENT;
            case MEETING_WITH_MP -> draw < 70 ? ActionResult.MEETING_HELD : draw < 90 ? ActionResult.COMMITMENT
                    : ActionResult.NO_ANSWER;
            case LETTER_TO_MP -> draw < 45 ? ActionResult.REPLY_RECEIVED : draw < 60 ? ActionResult.MEETING_HELD
                    : draw < 65 ? ActionResult.COMMITMENT : ActionResult.NO_ANSWER;
            case PROVINCIAL_GOVERNMENT -> draw < 40 ? ActionResult.REPLY_RECEIVED : draw < 50
                    ? ActionResult.MEETING_HELD : draw < 55 ? ActionResult.COMMITMENT : ActionResult.NO_ANSWER;
            case NETWORKS, ALLIES -> draw < 50 ? ActionResult.COMMITMENT : draw < 80 ? ActionResult.REPLY_RECEIVED
                    : ActionResult.NO_ANSWER;
            case SOCIAL_MEDIA, OTHER -> draw < 60 ? ActionResult.NO_ANSWER : ActionResult.REPLY_RECEIVED;
        };
    }

    private static ActionKind[] weightedKinds() {
        Map<ActionKind, Integer> weights = new EnumMap<>(ActionKind.class);
        weights.put(ActionKind.LETTER_TO_MINISTER, 30);
        weights.put(ActionKind.LETTER_TO_MP, 15);
        weights.put(ActionKind.MEETING_WITH_MP, 15);
        weights.put(ActionKind.PROVINCIAL_GOVERNMENT, 8);
        weights.put(ActionKind.NETWORKS, 8);
        weights.put(ActionKind.ALLIES, 8);
        weights.put(ActionKind.SOCIAL_MEDIA, 14);
        return weights.entrySet().stream().flatMap(entry -> Collections.nCopies(entry.getValue(),
                entry.getKey()).stream()).toArray(ActionKind[]::new);
    }

    private static Province[] weightedProvinces() {
        int[] weights = {2, 1, 4, 3, 22, 30, 5, 4, 11, 13, 1, 1, 1};
        List<Province> weighted = new ArrayList<>();
        for (Province province : Province.values()) {
            weighted.addAll(Collections.nCopies(weights[province.ordinal()], province));
        }
        return weighted.toArray(Province[]::new);
    }

    private static Map<Province, List<String>> ridings() {
        Map<Province, List<String>> ridings = new EnumMap<>(Province.class);
        ridings.put(Province.NL, List.of("St. John’s East", "Avalon"));
        ridings.put(Province.PE, List.of("Charlottetown"));
        ridings.put(Province.NS, List.of("Halifax", "Halifax West", "Dartmouth—Cole Harbour"));
        ridings.put(Province.NB, List.of("Fredericton", "Moncton—Dieppe", "Saint John—Kennebecasis"));
        ridings.put(Province.QC, List.of("Laurier—Sainte-Marie", "Hochelaga", "Papineau", "Sherbrooke",
                "Québec Centre", "Gatineau"));
        ridings.put(Province.ON, List.of("Toronto Centre", "Ottawa Centre", "Hamilton Centre", "Windsor West",
                "London Centre", "Kitchener Centre"));
        ridings.put(Province.MB, List.of("Winnipeg Centre", "Winnipeg South Centre"));
        ridings.put(Province.SK, List.of("Regina—Lewvan", "Saskatoon West"));
        ridings.put(Province.AB, List.of("Edmonton Centre", "Calgary Centre", "Edmonton Griesbach"));
        ridings.put(Province.BC, List.of("Vancouver East", "Victoria", "Surrey Centre", "Burnaby Central"));
        ridings.put(Province.YT, List.of("Yukon"));
        ridings.put(Province.NT, List.of("Northwest Territories"));
        ridings.put(Province.NU, List.of("Nunavut"));
        return ridings;
    }
}
