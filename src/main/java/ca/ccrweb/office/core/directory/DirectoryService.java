package ca.ccrweb.office.core.directory;

import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The member directory: active member organizations, searched by region, province, services offered and
 * clientele served (in the database) and by words (names in both languages, city, email; case and accents
 * aside), sorted by name.
 */
public final class DirectoryService {
    private final DirectoryRepository directory;
    private final MembershipService membership;

    public DirectoryService(Database database, MembershipService membership) {
        this.directory = new DirectoryRepository(database);
        this.membership = membership;
    }

    public List<Organization> search(DirectoryQuery query) {
        Set<Long> matching = directory.matching(query);
        String[] words = Texts.searchKey(query.words() == null ? "" : query.words()).strip().split("\\s+");
        return membership.withStatus(MembershipStatus.ACTIVE).stream()
                .filter(organization -> matching.contains(organization.id()))
                .filter(organization -> containsEvery(organization, words))
                .sorted(Comparator.comparing((Organization organization) -> Texts.searchKey(organization.name()))
                        .thenComparing(Organization::name))
                .toList();
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
