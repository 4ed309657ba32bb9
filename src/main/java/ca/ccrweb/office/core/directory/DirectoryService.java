package ca.ccrweb.office.core.directory;

import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.ServiceOffered;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION_CLIENTELE;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION_SERVICE;
import static ca.ccrweb.office.core.db.schema.Tables.PROVINCE_REGION;

/**
 * The member directory: active member organizations, searched by region, province, services offered and
 * clientele served (in the database) and by words (names in both languages, city, email; case and accents
 * aside), sorted by name.
 */
public final class DirectoryService {
    private final Database database;
    private final MembershipService membership;

    public DirectoryService(Database database, MembershipService membership) {
        this.database = database;
        this.membership = membership;
    }

    public List<Organization> search(DirectoryQuery query) {
        Set<Long> matching = new HashSet<>(database.dsl().select(ORGANIZATION.ID).from(ORGANIZATION)
                .join(PROVINCE_REGION).on(PROVINCE_REGION.PROVINCE.eq(ORGANIZATION.PROVINCE))
                .where(condition(query))
                .fetch(ORGANIZATION.ID));
        String[] words = Texts.searchKey(query.words() == null ? "" : query.words()).strip().split("\\s+");
        return membership.withStatus(MembershipStatus.ACTIVE).stream()
                .filter(organization -> matching.contains(organization.id()))
                .filter(organization -> containsEvery(organization, words))
                .sorted(Comparator.comparing((Organization organization) -> Texts.searchKey(organization.name()))
                        .thenComparing(Organization::name))
                .toList();
    }

    private static Condition condition(DirectoryQuery query) {
        Condition condition = ORGANIZATION.MEMBERSHIP_STATUS.eq(MembershipStatus.ACTIVE.name());
        if (query.region() != null) {
            condition = condition.and(PROVINCE_REGION.REGION.eq(query.region().name()));
        }
        if (query.province() != null) {
            condition = condition.and(ORGANIZATION.PROVINCE.eq(query.province().name()));
        }
        for (ServiceOffered service : query.services()) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(ORGANIZATION_SERVICE)
                    .where(ORGANIZATION_SERVICE.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                    .and(ORGANIZATION_SERVICE.SERVICE.eq(service.name()))));
        }
        for (Clientele clientele : query.clienteles()) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(ORGANIZATION_CLIENTELE)
                    .where(ORGANIZATION_CLIENTELE.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                    .and(ORGANIZATION_CLIENTELE.CLIENTELE.eq(clientele.name()))));
        }
        return condition;
    }

    private static boolean containsEvery(Organization organization, String[] words) {
        if (words.length == 1 && words[0].isEmpty()) {
            return true;
        }
        String haystack = String.join("\n", Stream.of(organization.name(), organization.nameOtherLanguage(),
                organization.city(), organization.email()).map(Texts::searchKey).toList());
        return Arrays.stream(words).allMatch(haystack::contains);
    }
}
