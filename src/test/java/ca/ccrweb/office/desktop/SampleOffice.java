package ca.ccrweb.office.desktop;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;

import java.nio.file.Path;
import java.util.Set;

/**
 * A small office with organizations in every state of membership, for tests and screenshots.
 * {@code main} fills the database file given as its argument.
 */
public final class SampleOffice {
    private SampleOffice() {
    }

    public static void main(String[] args) throws Exception {
        try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(Path.of(args[0])),
                Actor.named("sample"))) {
            fill(office);
        }
    }

    public static OrganizationDraft draft(String name, String nameOtherLanguage, String email, String city,
                                          Province province, Language language) {
        return new OrganizationDraft(name, nameOtherLanguage, email, "514-555-0100", "https://example.org",
                "1 rue Principale", city, null, province, language,
                Set.of(ServiceOffered.SETTLEMENT, ServiceOffered.REFUGEE_CLAIMANT_SUPPORT),
                Set.of(Clientele.REFUGEE_CLAIMANTS, Clientele.WOMEN), null);
    }

    public static void fill(OfficeServices office) {
        var membership = office.membership();
        Organization montreal = membership.apply(draft("Centre d’accueil des réfugiés de Montréal",
                "Montreal Refugee Welcome Centre", "info@accueil-mtl.example", "Montréal", Province.QC, Language.FR));
        Organization toronto = membership.apply(draft("FCJ Refugee Centre", "Centre pour réfugiés FCJ",
                "office@fcj.example", "Toronto", Province.ON, Language.EN));
        Organization halifax = membership.apply(draft("Immigrant Services Association of Nova Scotia", null,
                "hello@isans.example", "Halifax", Province.NS, Language.EN));
        Organization winnipeg = membership.apply(draft("Welcome Place", "Maison d’accueil",
                "info@welcomeplace.example", "Winnipeg", Province.MB, Language.EN));
        Organization vancouver = membership.apply(draft("Inland Refugee Society of BC", null,
                "contact@inlandrefugee.example", "Vancouver", Province.BC, Language.EN));
        Organization quebec = membership.apply(draft("Centre multiethnique de Québec", null,
                "accueil@cmq.example", "Québec", Province.QC, Language.FR));
        membership.apply(draft("Comité d’aide aux réfugiés", "Refugee Aid Committee", "cap@comite-aide.example",
                "Montréal", Province.QC, Language.FR));
        membership.apply(draft("Calgary Catholic Immigration Society", null, "intake@ccis.example", "Calgary",
                Province.AB, Language.EN));
        membership.apply(draft("Yukon Refugee Sponsorship Network", "Réseau de parrainage du Yukon",
                "hello@yukonrefugee.example", "Whitehorse", Province.YT, Language.EN));
        membership.apply(draft("Association des Tamouls de Moncton", null, "tamouls@moncton.example", "Moncton",
                Province.NB, Language.FR));

        var approvedMontreal = membership.approve(montreal.id(), null);
        membership.approve(toronto.id(), "director@fcj.example");
        membership.approve(halifax.id(), null);
        membership.approve(winnipeg.id(), null);
        membership.approve(vancouver.id(), null);
        membership.reject(quebec.id(), "Not a refugee-serving organization.");
        membership.lapse(winnipeg.id(), "Dues for 2026 unpaid.");
        membership.suspend(vancouver.id(), "Board decision of 12 November.");

        var accounts = office.accounts();
        long montrealId = approvedMontreal.organization().id();
        accounts.addIndividual(montrealId, new IndividualAccountDraft("Amina Haddad", "amina@accueil-mtl.example",
                IndividualRole.STAFF));
        accounts.addIndividual(montrealId, new IndividualAccountDraft("Nguyễn Thị Lan", "lan@accueil-mtl.example",
                IndividualRole.BOARD_MEMBER));
        accounts.addIndividual(toronto.id(), new IndividualAccountDraft("Tesfaye Gebremedhin", "tesfaye@fcj.example",
                IndividualRole.VOLUNTEER));
    }
}
