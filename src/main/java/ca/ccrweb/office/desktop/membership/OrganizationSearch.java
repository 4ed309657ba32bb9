package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.membership.Organization;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Search as you type over an organization's names in both languages, email and city, without regard to
 * case or accents: every word typed must appear in one of them.
 */
final class OrganizationSearch {
    private OrganizationSearch() {
    }

    static Predicate<Organization> matching(String typed) {
        String[] words = Texts.searchKey(typed).strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return organization -> true;
        }
        return organization -> {
            String haystack = Stream.of(organization.name(), organization.nameOtherLanguage(), organization.email(),
                            organization.city())
                    .map(Texts::searchKey)
                    .reduce("", (all, one) -> all + "\n" + one);
            return Arrays.stream(words).allMatch(haystack::contains);
        };
    }
}
