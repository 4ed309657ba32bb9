package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationFilter;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An event's registrations made ready for a list of thousands: the search keys of {@link RegistrationFilter}
 * and the collation keys of names and organizations, computed once (off the FX thread when the list loads),
 * so typing in the search field and sorting by name cost a substring test and a key comparison per row.
 */
final class RegistrationIndex {
    static final RegistrationIndex EMPTY = of(List.of(), Locale.CANADA);

    private final RegistrationFilter filter;
    private final Locale locale;
    private final Map<Long, CollationKey> nameKeys;
    private final Map<Long, CollationKey> organizationKeys;
    private final List<String> organizations;

    private RegistrationIndex(RegistrationFilter filter, Locale locale, Map<Long, CollationKey> nameKeys,
                              Map<Long, CollationKey> organizationKeys, List<String> organizations) {
        this.filter = filter;
        this.locale = locale;
        this.nameKeys = nameKeys;
        this.organizationKeys = organizationKeys;
        this.organizations = organizations;
    }

    static RegistrationIndex of(List<Registration> rows, Locale locale) {
        Collator collator = collator(locale);
        Map<Long, CollationKey> names = new HashMap<>();
        Map<Long, CollationKey> organizations = new HashMap<>();
        for (Registration row : rows) {
            names.put(row.id(), collator.getCollationKey(row.fullName()));
            organizations.put(row.id(), collator.getCollationKey(nullToEmpty(row.organizationName())));
        }
        return new RegistrationIndex(new RegistrationFilter(rows), locale, names, organizations,
                organizationNames(rows, organizations));
    }

    /** The same index with one registration changed or added; the other rows' keys are kept. */
    RegistrationIndex with(Registration changed) {
        Collator collator = collator(locale);
        Map<Long, CollationKey> names = new HashMap<>(nameKeys);
        Map<Long, CollationKey> organizationsByRow = new HashMap<>(organizationKeys);
        names.put(changed.id(), collator.getCollationKey(changed.fullName()));
        organizationsByRow.put(changed.id(), collator.getCollationKey(nullToEmpty(changed.organizationName())));
        List<String> organizationList = organizations;
        if (changed.organizationName() != null && !organizations.contains(changed.organizationName())) {
            List<String> added = new ArrayList<>(organizations);
            added.add(changed.organizationName());
            added.sort(Comparator.comparing(collator::getCollationKey));
            organizationList = List.copyOf(added);
        }
        return new RegistrationIndex(filter.with(changed), locale, names, organizationsByRow, organizationList);
    }

    List<Registration> rows() {
        return filter.rows();
    }

    Locale locale() {
        return locale;
    }

    List<Registration> matching(RegistrationFilter.Criteria criteria) {
        return filter.matching(criteria);
    }

    /** By name in the order of the language (é beside e, case ignored first). */
    Comparator<Registration> byName() {
        return (a, b) -> key(nameKeys, a).compareTo(key(nameKeys, b));
    }

    Comparator<Registration> byOrganization() {
        return (a, b) -> key(organizationKeys, a).compareTo(key(organizationKeys, b));
    }

    /** The organizations of the list, each once, in alphabetical order: the organization filter's choices. */
    List<String> organizations() {
        return organizations;
    }

    private static List<String> organizationNames(List<Registration> rows, Map<Long, CollationKey> keys) {
        Map<String, CollationKey> byName = new HashMap<>();
        for (Registration row : rows) {
            if (row.organizationName() != null) {
                byName.putIfAbsent(row.organizationName(), keys.get(row.id()));
            }
        }
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(Comparator.comparing(byName::get));
        return List.copyOf(names);
    }

    private static CollationKey key(Map<Long, CollationKey> keys, Registration row) {
        return keys.get(row.id());
    }

    private static Collator collator(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
