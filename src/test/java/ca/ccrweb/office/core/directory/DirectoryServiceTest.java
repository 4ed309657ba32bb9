package ca.ccrweb.office.core.directory;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.core.membership.ServiceOffered;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryServiceTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void filtersCombineRegionProvinceServicesClienteleAndWords(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        member(office, "Maison d’Haïti", "haiti@example.org", Province.QC, "Montréal",
                Set.of(ServiceOffered.SETTLEMENT, ServiceOffered.HOUSING), Set.of(Clientele.REFUGEE_CLAIMANTS, Clientele.WOMEN));
        member(office, "Centre des femmes", "femmes@example.org", Province.QC, "Québec",
                Set.of(ServiceOffered.HOUSING), Set.of(Clientele.WOMEN));
        member(office, "Halifax Refugee Clinic", "clinic@example.org", Province.NS, "Halifax",
                Set.of(ServiceOffered.SETTLEMENT, ServiceOffered.LEGAL_INFORMATION), Set.of(Clientele.REFUGEE_CLAIMANTS));
        member(office, "Windsor Welcome", "windsor@example.org", Province.ON, "Windsor",
                Set.of(ServiceOffered.HOUSING), Set.of(Clientele.WOMEN));
        office.membership().apply(draft("Applicant Only", "applicant@example.org", Province.QC, "Laval",
                Set.of(ServiceOffered.HOUSING), Set.of(Clientele.WOMEN)));
        DirectoryService directory = office.directory();

        assertThat(names(directory, new DirectoryQuery(null, null, Set.of(), Set.of(), null)))
                .containsExactly("Centre des femmes", "Halifax Refugee Clinic", "Maison d’Haïti", "Windsor Welcome");
        assertThat(names(directory, new DirectoryQuery(Region.QUEBEC, null, Set.of(ServiceOffered.HOUSING),
                Set.of(Clientele.WOMEN), null))).containsExactly("Centre des femmes", "Maison d’Haïti");
        assertThat(names(directory, new DirectoryQuery(null, null, Set.of(ServiceOffered.SETTLEMENT, ServiceOffered.HOUSING),
                Set.of(), null))).containsExactly("Maison d’Haïti");
        assertThat(names(directory, new DirectoryQuery(null, null, Set.of(ServiceOffered.HOUSING),
                Set.of(Clientele.WOMEN), "montreal"))).containsExactly("Maison d’Haïti");
        assertThat(names(directory, new DirectoryQuery(null, Province.ON, Set.of(), Set.of(Clientele.WOMEN), null)))
                .containsExactly("Windsor Welcome");
        assertThat(names(directory, new DirectoryQuery(Region.ATLANTIC, null, Set.of(), Set.of(Clientele.WOMEN), null)))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void onlyActiveMembersAreListed(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        long lapsed = member(office, "Lapsed Centre", "lapsed@example.org", Province.BC, "Surrey",
                Set.of(ServiceOffered.HOUSING), Set.of(Clientele.WOMEN));
        member(office, "Active Centre", "active@example.org", Province.BC, "Surrey",
                Set.of(ServiceOffered.HOUSING), Set.of(Clientele.WOMEN));
        office.membership().lapse(lapsed, "unpaid");

        assertThat(names(office.directory(), DirectoryQuery.everyone())).containsExactly("Active Centre");
    }

    private static java.util.List<String> names(DirectoryService directory, DirectoryQuery query) {
        return directory.search(query).stream().map(Organization::name).toList();
    }

    private static long member(OfficeServices office, String name, String email, Province province, String city,
                               Set<ServiceOffered> services, Set<Clientele> clienteles) {
        long id = office.membership().apply(draft(name, email, province, city, services, clienteles)).id();
        return office.membership().approve(id, null).organization().id();
    }

    private static OrganizationDraft draft(String name, String email, Province province, String city,
                                           Set<ServiceOffered> services, Set<Clientele> clienteles) {
        return new OrganizationDraft(name, null, email, "514-555-0100", null, null, city, null, province,
                Language.FR, services, clienteles, null);
    }
}
