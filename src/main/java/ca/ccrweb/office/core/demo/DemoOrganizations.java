package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static ca.ccrweb.office.core.l10n.Language.EN;
import static ca.ccrweb.office.core.l10n.Language.FR;
import static ca.ccrweb.office.core.membership.Clientele.CHILDREN;
import static ca.ccrweb.office.core.membership.Clientele.GOVERNMENT_ASSISTED_REFUGEES;
import static ca.ccrweb.office.core.membership.Clientele.IMMIGRANTS;
import static ca.ccrweb.office.core.membership.Clientele.LGBTQ;
import static ca.ccrweb.office.core.membership.Clientele.PEOPLE_WITHOUT_STATUS;
import static ca.ccrweb.office.core.membership.Clientele.PRIVATELY_SPONSORED_REFUGEES;
import static ca.ccrweb.office.core.membership.Clientele.REFUGEE_CLAIMANTS;
import static ca.ccrweb.office.core.membership.Clientele.SENIORS;
import static ca.ccrweb.office.core.membership.Clientele.SURVIVORS_OF_TORTURE;
import static ca.ccrweb.office.core.membership.Clientele.SURVIVORS_OF_TRAFFICKING;
import static ca.ccrweb.office.core.membership.Clientele.TEMPORARY_RESIDENTS;
import static ca.ccrweb.office.core.membership.Clientele.WOMEN;
import static ca.ccrweb.office.core.membership.Clientele.YOUTH;
import static ca.ccrweb.office.core.membership.Province.AB;
import static ca.ccrweb.office.core.membership.Province.BC;
import static ca.ccrweb.office.core.membership.Province.MB;
import static ca.ccrweb.office.core.membership.Province.NB;
import static ca.ccrweb.office.core.membership.Province.NL;
import static ca.ccrweb.office.core.membership.Province.NS;
import static ca.ccrweb.office.core.membership.Province.NT;
import static ca.ccrweb.office.core.membership.Province.NU;
import static ca.ccrweb.office.core.membership.Province.ON;
import static ca.ccrweb.office.core.membership.Province.PE;
import static ca.ccrweb.office.core.membership.Province.QC;
import static ca.ccrweb.office.core.membership.Province.SK;
import static ca.ccrweb.office.core.membership.Province.YT;
import static ca.ccrweb.office.core.membership.ServiceOffered.ADVOCACY;
import static ca.ccrweb.office.core.membership.ServiceOffered.DETENTION_SUPPORT;
import static ca.ccrweb.office.core.membership.ServiceOffered.EMPLOYMENT;
import static ca.ccrweb.office.core.membership.ServiceOffered.FAMILY_REUNIFICATION;
import static ca.ccrweb.office.core.membership.ServiceOffered.HOUSING;
import static ca.ccrweb.office.core.membership.ServiceOffered.INTERPRETATION;
import static ca.ccrweb.office.core.membership.ServiceOffered.LANGUAGE_TRAINING;
import static ca.ccrweb.office.core.membership.ServiceOffered.LEGAL_INFORMATION;
import static ca.ccrweb.office.core.membership.ServiceOffered.MENTAL_HEALTH;
import static ca.ccrweb.office.core.membership.ServiceOffered.PRIVATE_SPONSORSHIP;
import static ca.ccrweb.office.core.membership.ServiceOffered.PUBLIC_EDUCATION;
import static ca.ccrweb.office.core.membership.ServiceOffered.REFUGEE_CLAIMANT_SUPPORT;
import static ca.ccrweb.office.core.membership.ServiceOffered.RESETTLEMENT_ASSISTANCE;
import static ca.ccrweb.office.core.membership.ServiceOffered.SETTLEMENT;
import static ca.ccrweb.office.core.membership.ServiceOffered.YOUTH_PROGRAMS;

/**
 * Invented member organizations, one or more in every province and territory: French names in Québec and
 * for francophone organizations elsewhere, English names otherwise, some with their name in the other
 * official language. None of them is a real organization. Phone numbers are in the 555-01xx range kept
 * for fiction, and web and email addresses are under the reserved {@code .example} domain, so demo data
 * can never reach anyone.
 */
final class DemoOrganizations {
    static final String DOMAIN = ".example";

    /** The kind of work an organization does: what it offers and whom it serves. */
    enum Profile {
        SETTLEMENT_AGENCY(EnumSet.of(SETTLEMENT, EMPLOYMENT, LANGUAGE_TRAINING, INTERPRETATION),
                EnumSet.of(IMMIGRANTS, GOVERNMENT_ASSISTED_REFUGEES, PRIVATELY_SPONSORED_REFUGEES)),
        RESETTLEMENT_CENTRE(EnumSet.of(RESETTLEMENT_ASSISTANCE, SETTLEMENT, HOUSING, INTERPRETATION),
                EnumSet.of(GOVERNMENT_ASSISTED_REFUGEES, CHILDREN, SENIORS)),
        SPONSORSHIP_GROUP(EnumSet.of(PRIVATE_SPONSORSHIP, FAMILY_REUNIFICATION, PUBLIC_EDUCATION),
                EnumSet.of(PRIVATELY_SPONSORED_REFUGEES)),
        CLAIMANT_LEGAL_AID(EnumSet.of(REFUGEE_CLAIMANT_SUPPORT, LEGAL_INFORMATION, DETENTION_SUPPORT, ADVOCACY),
                EnumSet.of(REFUGEE_CLAIMANTS, PEOPLE_WITHOUT_STATUS)),
        WOMEN_CENTRE(EnumSet.of(SETTLEMENT, MENTAL_HEALTH, EMPLOYMENT, LANGUAGE_TRAINING),
                EnumSet.of(WOMEN, CHILDREN, SURVIVORS_OF_TRAFFICKING)),
        YOUTH_NETWORK(EnumSet.of(YOUTH_PROGRAMS, LANGUAGE_TRAINING, MENTAL_HEALTH),
                EnumSet.of(YOUTH, CHILDREN)),
        HEALTH_NETWORK(EnumSet.of(MENTAL_HEALTH, INTERPRETATION, ADVOCACY),
                EnumSet.of(SURVIVORS_OF_TORTURE, REFUGEE_CLAIMANTS, GOVERNMENT_ASSISTED_REFUGEES)),
        HOUSING_COOPERATIVE(EnumSet.of(HOUSING, SETTLEMENT),
                EnumSet.of(REFUGEE_CLAIMANTS, GOVERNMENT_ASSISTED_REFUGEES, PEOPLE_WITHOUT_STATUS)),
        MIGRANT_WORKERS_CENTRE(EnumSet.of(LEGAL_INFORMATION, ADVOCACY, EMPLOYMENT, PUBLIC_EDUCATION),
                EnumSet.of(TEMPORARY_RESIDENTS, PEOPLE_WITHOUT_STATUS, SURVIVORS_OF_TRAFFICKING)),
        LGBTQ_SUPPORT(EnumSet.of(REFUGEE_CLAIMANT_SUPPORT, MENTAL_HEALTH, PRIVATE_SPONSORSHIP),
                EnumSet.of(LGBTQ, REFUGEE_CLAIMANTS));

        private final Set<ServiceOffered> services;
        private final Set<Clientele> clienteles;

        Profile(Set<ServiceOffered> services, Set<Clientele> clienteles) {
            this.services = services;
            this.clienteles = clienteles;
        }

        Set<ServiceOffered> services() {
            return EnumSet.copyOf(services);
        }

        Set<Clientele> clienteles() {
            return EnumSet.copyOf(clienteles);
        }
    }

    /** One hand-written organization: the first copy of the demo data uses these as they are. */
    record Template(String handle, String name, String nameOtherLanguage, Province province, String city,
                    String streetAddress, String postalCode, String phone, Language language, Profile profile,
                    String notes) {
    }

    /** A city where further copies of an organization of its province are placed. */
    record Place(String city, String postalPrefix, String areaCode) {
    }

    /** The name of a further copy: {@code {city}}, or {@code {de}} for the French "de Laval" / "d'Amos". */
    record NamePattern(String pattern, String acronym, Profile profile) {
        /** The name in a city: "{de}" becomes "de Laval", but "d'Edmundston" (French elides before a vowel). */
        String in(String city) {
            String first = Normalizer.normalize(city.substring(0, 1), Normalizer.Form.NFD).substring(0, 1);
            String ofCity = "AEIOUY".contains(first.toUpperCase(Locale.ROOT)) ? "d'" + city : "de " + city;
            return pattern.replace("{city}", city).replace("{de}", ofCity);
        }
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("caiibsl", "Centre d'accueil et d'intégration des immigrants du Bas-Saint-Laurent", null,
                    QC, "Rimouski", "187, rue Saint-Germain Est", "G5L 1B2", "418 555-0101", FR,
                    Profile.SETTLEMENT_AGENCY, "Dessert aussi La Mitis et Les Basques."),
            new Template("amiml", "Maison de l'amitié interculturelle de Montréal-Nord", null,
                    QC, "Montréal", "4650, boulevard Henri-Bourassa Est", "H1H 1J8", "514 555-0102", FR,
                    Profile.WOMEN_CENTRE, null),
            new Template("carp", "Comité d'aide aux réfugiés du Plateau", null,
                    QC, "Montréal", "4267, rue Saint-Denis", "H2J 2K9", "514 555-0103 poste 21", FR,
                    Profile.CLAIMANT_LEGAL_AID, null),
            new Template("cana-quebec", "Carrefour d'accueil des nouveaux arrivants de Québec", null,
                    QC, "Québec", "380, rue Saint-Jean", "G1R 1P2", "418 555-0104", FR,
                    Profile.RESETTLEMENT_CENTRE, null),
            new Template("sifim", "Service d'intégration des familles immigrantes de la Mauricie", null,
                    QC, "Trois-Rivières", "1250, rue Royale", "G9A 4J1", "819 555-0105", FR,
                    Profile.SETTLEMENT_AGENCY, null),
            new Template("rfre", "Regroupement des femmes réfugiées de l'Estrie", null,
                    QC, "Sherbrooke", "95, rue Wellington Nord", "J1H 5B7", "819 555-0106", FR,
                    Profile.WOMEN_CENTRE, null),
            new Template("accueil-cote-nord", "Accueil Côte-Nord pour personnes réfugiées", null,
                    QC, "Sept-Îles", "702, avenue Brochu", "G4R 2X5", "418 555-0107", FR,
                    Profile.RESETTLEMENT_CENTRE, "Bureau satellite à Baie-Comeau le jeudi."),
            new Template("cmslsj", "Centre multiethnique du Saguenay–Lac-Saint-Jean", null,
                    QC, "Saguenay", "2085, rue Racine Est", "G7H 1S4", "418 555-0108", FR,
                    Profile.YOUTH_NETWORK, null),
            new Template("pso", "Parrainage Solidarité Outaouais", "Outaouais Solidarity Sponsorship",
                    QC, "Gatineau", "85, rue Laurier", "J8X 3V8", "819 555-0109", FR,
                    Profile.SPONSORSHIP_GROUP, null),
            new Template("cjdam", "Clinique juridique pour demandeurs d'asile de Montréal",
                    "Montreal Legal Clinic for Refugee Claimants",
                    QC, "Montréal", "1100, boulevard René-Lévesque Ouest, bureau 1450", "H3B 4N4", "514 555-0110",
                    FR, Profile.CLAIMANT_LEGAL_AID, "Accompagnement aux audiences de la SPR sur rendez-vous."),
            new Template("nwhh", "Newcomer Welcome House of Hamilton", null,
                    ON, "Hamilton", "215 King Street East", "L8N 1B5", "(905) 555-0111", EN,
                    Profile.RESETTLEMENT_CENTRE, null),
            new Template("acawa", "Afghan and Central Asian Women's Association", null,
                    ON, "Toronto", "1420 Danforth Avenue, Suite 204", "M4J 1N2", "(416) 555-0112", EN,
                    Profile.WOMEN_CENTRE, "Programs in Dari, Pashto, Uzbek and English."),
            new Template("rrsc", "Riverdale Refugee Sponsorship Circle", null,
                    ON, "Toronto", "780 Queen Street East", "M4M 1H4", "(416) 555-0113", EN,
                    Profile.SPONSORSHIP_GROUP, null),
            new Template("ovisn", "Ottawa Valley Immigrant Support Network",
                    "Réseau d'appui aux immigrants de la vallée de l'Outaouais",
                    ON, "Ottawa", "301 Rideau Street", "K1N 5Y4", "(613) 555-0114 ext. 12", EN,
                    Profile.SETTLEMENT_AGENCY, null),
            new Template("cfar-sudbury", "Centre francophone d'accueil des réfugiés du Grand Sudbury",
                    "Greater Sudbury Francophone Refugee Welcome Centre",
                    ON, "Sudbury", "145, rue Elm", "P3C 1T5", "705 555-0115", FR,
                    Profile.RESETTLEMENT_CENTRE, null),
            new Template("wemwsc", "Windsor-Essex Migrant Workers' Solidarity Centre", null,
                    ON, "Windsor", "1010 Ouellette Avenue", "N9A 4K1", "(519) 555-0116", EN,
                    Profile.MIGRANT_WORKERS_CENTRE, "Seasonal outreach in Leamington from April to October."),
            new Template("tbmns", "Thunder Bay Multicultural Newcomer Services", null,
                    ON, "Thunder Bay", "425 Victoria Avenue East", "P7C 1A5", "(807) 555-0117", EN,
                    Profile.SETTLEMENT_AGENCY, null),
            new Template("kwrhc", "Kitchener-Waterloo Refugee Housing Co-operative", null,
                    ON, "Kitchener", "62 Frederick Street", "N2H 2L9", "(519) 555-0118", EN,
                    Profile.HOUSING_COOPERATIVE, null),
            new Template("stfss", "Scarborough Tamil Family Settlement Services", null,
                    ON, "Toronto", "3300 Sheppard Avenue East, Unit 7", "M1T 3K2", "(416) 555-0119", EN,
                    Profile.SETTLEMENT_AGENCY, null),
            new Template("fvrrs", "Fraser Valley Refugee Resettlement Society", null,
                    BC, "Abbotsford", "33640 South Fraser Way", "V2S 2C1", "(604) 555-0120", EN,
                    Profile.RESETTLEMENT_CENTRE, null),
            new Template("viqnc", "Vancouver Island Queer Newcomer Circle", null,
                    BC, "Victoria", "930 Pandora Avenue", "V8V 3P4", "(250) 555-0121", EN,
                    Profile.LGBTQ_SUPPORT, null),
            new Template("desmla", "Downtown Eastside Migrant Legal Aid", null,
                    BC, "Vancouver", "411 East Hastings Street", "V6A 1P5", "(604) 555-0122", EN,
                    Profile.CLAIMANT_LEGAL_AID, null),
            new Template("nbcrwc", "Northern BC Refugee Welcome Centre", null,
                    BC, "Prince George", "1550 Fourth Avenue", "V2L 3K3", "(250) 555-0123", EN,
                    Profile.SETTLEMENT_AGENCY, null),
            new Template("crfrc", "Calgary Refugee Family Resource Centre", null,
                    AB, "Calgary", "1111 Centre Street North", "T2E 2R1", "(403) 555-0124", EN,
                    Profile.HEALTH_NETWORK, null),
            new Template("canafa", "Centre d'accueil des nouveaux arrivants francophones de l'Alberta",
                    "Alberta Francophone Newcomer Welcome Centre",
                    AB, "Edmonton", "8627, rue Marie-Anne-Gaboury", "T6C 3N1", "780 555-0125", FR,
                    Profile.SETTLEMENT_AGENCY, null),
            new Template("lnfc", "Lethbridge Newcomer Friendship Centre", null,
                    AB, "Lethbridge", "530 Eighth Street South", "T1J 2J8", "(403) 555-0126", EN,
                    Profile.YOUTH_NETWORK, null),
            new Template("wirwc", "Winnipeg Interfaith Refugee Welcome Coalition", null,
                    MB, "Winnipeg", "397 Carlton Street", "R3B 2K9", "(204) 555-0127", EN,
                    Profile.SPONSORSHIP_GROUP, null),
            new Template("aefm", "Accueil et établissement franco-manitobain", null,
                    MB, "Winnipeg", "420, rue Des Meurons", "R2H 2N9", "204 555-0128", FR,
                    Profile.SETTLEMENT_AGENCY, "Bureau situé à Saint-Boniface."),
            new Template("bnep", "Brandon Newcomer Employment Partnership", null,
                    MB, "Brandon", "340 Ninth Street", "R7A 6C2", "(204) 555-0129", EN,
                    Profile.MIGRANT_WORKERS_CENTRE, null),
            new Template("prsc", "Prairie Refugee Sponsorship Council", null,
                    SK, "Regina", "2020 Halifax Street", "S4P 1T7", "(306) 555-0130", EN,
                    Profile.SPONSORSHIP_GROUP, null),
            new Template("snyc", "Saskatoon Newcomer Youth Collective", null,
                    SK, "Saskatoon", "247 Avenue C South", "S7M 1N2", "(306) 555-0131", EN,
                    Profile.YOUTH_NETWORK, null),
            new Template("hrhwn", "Halifax Refugee Health and Wellness Network", null,
                    NS, "Halifax", "2251 Gottingen Street", "B3K 3B6", "(902) 555-0132", EN,
                    Profile.HEALTH_NETWORK, null),
            new Template("cbnws", "Cape Breton Newcomer Welcome Society", null,
                    NS, "Sydney", "175 Charlotte Street", "B1P 1C4", "(902) 555-0133", EN,
                    Profile.RESETTLEMENT_CENTRE, null),
            new Template("caipa", "Centre d'accueil des immigrants de la Péninsule acadienne",
                    "Acadian Peninsula Immigrant Welcome Centre",
                    NB, "Caraquet", "220, boulevard Saint-Pierre Ouest", "E1W 1B1", "506 555-0134", FR,
                    Profile.SETTLEMENT_AGENCY, null),
            new Template("sjnc", "Saint John Newcomer Connections", null,
                    NB, "Saint John", "58 Prince William Street", "E2L 2B2", "(506) 555-0135", EN,
                    Profile.SETTLEMENT_AGENCY, null),
            new Template("rim", "Réseau interculturel de Moncton", "Moncton Intercultural Network",
                    NB, "Moncton", "1080, rue Main", "E1C 1H8", "506 555-0136", FR,
                    Profile.YOUTH_NETWORK, null),
            new Template("sjrfs", "St. John's Refugee Friendship Society", null,
                    NL, "St. John's", "204 Water Street", "A1C 1A9", "(709) 555-0137", EN,
                    Profile.RESETTLEMENT_CENTRE, null),
            new Template("insc", "Island Newcomer Sponsorship Circle", null,
                    PE, "Charlottetown", "81 Prince Street", "C1A 4R3", "(902) 555-0138", EN,
                    Profile.SPONSORSHIP_GROUP, null),
            new Template("ranay", "Réseau d'accueil des nouveaux arrivants du Yukon", "Yukon Newcomer Welcome Network",
                    YT, "Whitehorse", "302, rue Strickland", "Y1A 2J9", "867 555-0139", FR,
                    Profile.SETTLEMENT_AGENCY, null),
            new Template("ynss", "Yellowknife Newcomer Support Society", null,
                    NT, "Yellowknife", "5004 50th Avenue", "X1A 2P8", "(867) 555-0140", EN,
                    Profile.SETTLEMENT_AGENCY, null),
            new Template("inc", "Iqaluit Newcomers' Circle", null,
                    NU, "Iqaluit", "1085 Mivvik Street", "X0A 0H0", "(867) 555-0141", EN,
                    Profile.SETTLEMENT_AGENCY, null));

    static final Map<Province, List<Place>> PLACES = places();

    static final List<NamePattern> FRENCH_NAMES = List.of(
            new NamePattern("Centre d'accueil des réfugiés {de}", "car", Profile.RESETTLEMENT_CENTRE),
            new NamePattern("Service d'intégration des nouveaux arrivants {de}", "sina", Profile.SETTLEMENT_AGENCY),
            new NamePattern("Comité de parrainage {de}", "cp", Profile.SPONSORSHIP_GROUP),
            new NamePattern("Réseau des femmes immigrantes {de}", "rfi", Profile.WOMEN_CENTRE),
            new NamePattern("Maison des jeunes nouveaux arrivants {de}", "mjna", Profile.YOUTH_NETWORK),
            new NamePattern("Carrefour interculturel {de}", "ci", Profile.SETTLEMENT_AGENCY),
            new NamePattern("Clinique d'information juridique pour réfugiés {de}", "cijr",
                    Profile.CLAIMANT_LEGAL_AID),
            new NamePattern("Coopérative d'habitation des nouveaux arrivants {de}", "chna",
                    Profile.HOUSING_COOPERATIVE));

    static final List<NamePattern> ENGLISH_NAMES = List.of(
            new NamePattern("{city} Refugee Welcome Centre", "rwc", Profile.RESETTLEMENT_CENTRE),
            new NamePattern("{city} Newcomer Settlement Services", "nss", Profile.SETTLEMENT_AGENCY),
            new NamePattern("Refugee and Immigrant Council of {city}", "ric", Profile.SETTLEMENT_AGENCY),
            new NamePattern("{city} Sponsorship Circle", "sc", Profile.SPONSORSHIP_GROUP),
            new NamePattern("{city} Newcomer Women's Network", "nwn", Profile.WOMEN_CENTRE),
            new NamePattern("{city} Migrant Youth Collective", "myc", Profile.YOUTH_NETWORK),
            new NamePattern("{city} Refugee Legal Support Clinic", "rlsc", Profile.CLAIMANT_LEGAL_AID),
            new NamePattern("{city} Newcomer Housing Partnership", "nhp", Profile.HOUSING_COOPERATIVE),
            new NamePattern("{city} Survivors of Torture Support Network", "stsn", Profile.HEALTH_NETWORK),
            new NamePattern("{city} Migrant Workers' Centre", "mwc", Profile.MIGRANT_WORKERS_CENTRE));

    static final List<String> FRENCH_STREETS = List.of("rue Principale", "rue Notre-Dame", "boulevard Saint-Joseph",
            "rue de l'Église", "avenue du Parc", "rue Saint-Louis", "boulevard des Forges", "rue Sainte-Anne");

    static final List<String> ENGLISH_STREETS = List.of("Main Street", "King Street West", "Queen Street",
            "Victoria Avenue", "Water Street", "First Avenue", "College Street", "Albert Street");

    private DemoOrganizations() {
    }

    private static Map<Province, List<Place>> places() {
        Map<Province, List<Place>> places = new EnumMap<>(Province.class);
        places.put(NL, List.of(new Place("St. John's", "A1C", "709"), new Place("Corner Brook", "A2H", "709"),
                new Place("Gander", "A1V", "709"), new Place("Grand Falls-Windsor", "A2A", "709")));
        places.put(PE, List.of(new Place("Charlottetown", "C1A", "902"), new Place("Summerside", "C1N", "902"),
                new Place("Montague", "C0A", "902")));
        places.put(NS, List.of(new Place("Halifax", "B3J", "902"), new Place("Sydney", "B1P", "902"),
                new Place("Truro", "B2N", "902"), new Place("Wolfville", "B4P", "902"),
                new Place("Yarmouth", "B5A", "902"), new Place("Dartmouth", "B2Y", "902")));
        places.put(NB, List.of(new Place("Moncton", "E1C", "506"), new Place("Saint John", "E2L", "506"),
                new Place("Fredericton", "E3B", "506"), new Place("Caraquet", "E1W", "506"),
                new Place("Edmundston", "E3V", "506"), new Place("Bathurst", "E2A", "506"),
                new Place("Dieppe", "E1A", "506")));
        places.put(QC, List.of(new Place("Montréal", "H2X", "514"), new Place("Laval", "H7N", "450"),
                new Place("Longueuil", "J4K", "450"), new Place("Québec", "G1R", "418"),
                new Place("Lévis", "G6V", "418"), new Place("Trois-Rivières", "G9A", "819"),
                new Place("Sherbrooke", "J1H", "819"), new Place("Drummondville", "J2B", "819"),
                new Place("Granby", "J2G", "450"), new Place("Saint-Jérôme", "J7Z", "450"),
                new Place("Rimouski", "G5L", "418"), new Place("Sept-Îles", "G4R", "418"),
                new Place("Saguenay", "G7H", "418"), new Place("Rouyn-Noranda", "J9X", "819"),
                new Place("Gatineau", "J8X", "819"), new Place("Joliette", "J6E", "450"),
                new Place("Saint-Hyacinthe", "J2S", "450"), new Place("Val-d'Or", "J9P", "819")));
        places.put(ON, List.of(new Place("Toronto", "M5V", "416"), new Place("Ottawa", "K1N", "613"),
                new Place("Hamilton", "L8P", "905"), new Place("London", "N6A", "519"),
                new Place("Kingston", "K7L", "613"), new Place("Sudbury", "P3E", "705"),
                new Place("Windsor", "N9A", "519"), new Place("Thunder Bay", "P7B", "807"),
                new Place("Kitchener", "N2G", "519"), new Place("Peterborough", "K9J", "705"),
                new Place("Guelph", "N1H", "519"), new Place("Mississauga", "L5B", "905"),
                new Place("Hawkesbury", "K6A", "613")));
        places.put(MB, List.of(new Place("Winnipeg", "R3B", "204"), new Place("Brandon", "R7A", "204"),
                new Place("Steinbach", "R5G", "204"), new Place("Thompson", "R8N", "204")));
        places.put(SK, List.of(new Place("Regina", "S4P", "306"), new Place("Saskatoon", "S7K", "306"),
                new Place("Prince Albert", "S6V", "306"), new Place("Moose Jaw", "S6H", "306"),
                new Place("Gravelbourg", "S0H", "306")));
        places.put(AB, List.of(new Place("Calgary", "T2P", "403"), new Place("Edmonton", "T5J", "780"),
                new Place("Lethbridge", "T1J", "403"), new Place("Red Deer", "T4N", "403"),
                new Place("Medicine Hat", "T1A", "403"), new Place("Grande Prairie", "T8V", "780")));
        places.put(BC, List.of(new Place("Vancouver", "V6A", "604"), new Place("Surrey", "V3T", "604"),
                new Place("Victoria", "V8W", "250"), new Place("Kelowna", "V1Y", "250"),
                new Place("Abbotsford", "V2S", "604"), new Place("Prince George", "V2L", "250"),
                new Place("Nanaimo", "V9R", "250"), new Place("Kamloops", "V2C", "250")));
        places.put(YT, List.of(new Place("Whitehorse", "Y1A", "867"), new Place("Dawson City", "Y0B", "867")));
        places.put(NT, List.of(new Place("Yellowknife", "X1A", "867"), new Place("Inuvik", "X0E", "867"),
                new Place("Hay River", "X0E", "867")));
        places.put(NU, List.of(new Place("Iqaluit", "X0A", "867"), new Place("Rankin Inlet", "X0C", "867"),
                new Place("Cambridge Bay", "X0B", "867")));
        return places;
    }
}
