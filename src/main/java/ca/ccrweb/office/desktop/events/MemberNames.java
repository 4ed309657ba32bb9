package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.membership.Organization;

import com.ibm.icu.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The active member organizations by name, in either official language, for the registration form: the
 * name typed is a member's when it is one of these names (case and accents aside), and names containing
 * what is typed are suggested. Made once off the FX thread; never changed, so any thread may read it.
 */
final class MemberNames {
    static final MemberNames NONE = new MemberNames(List.of());
    private static final int MOST_SUGGESTIONS = 12;

    private final List<Organization> members;
    private final List<String[]> keys = new ArrayList<>();
    private final Map<String, Organization> byKey = new HashMap<>();
    private final Map<Long, Organization> byId = new HashMap<>();

    MemberNames(List<Organization> activeMembers) {
        Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
        this.members = activeMembers.stream().sorted(Comparator.comparing(Organization::name, collator)).toList();
        for (Organization member : members) {
            String name = Texts.searchKey(member.name()).strip();
            String other = Texts.searchKey(member.nameOtherLanguage()).strip();
            keys.add(new String[]{name, other});
            byId.put(member.id(), member);
            byKey.putIfAbsent(name, member);
            if (!other.isEmpty()) {
                byKey.putIfAbsent(other, member);
            }
        }
    }

    List<Organization> members() {
        return members;
    }

    /** The member organization with exactly this name, in either language. */
    Optional<Organization> named(String typed) {
        return Optional.ofNullable(byKey.get(Texts.searchKey(typed).strip()));
    }

    /** The member organization with this id, if it is an active member. */
    Optional<Organization> withId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** Members whose name contains what was typed, alphabetically, a dozen at most. */
    List<String> suggestions(String typed) {
        String wanted = Texts.searchKey(typed).strip();
        List<String> names = new ArrayList<>();
        if (wanted.isEmpty()) {
            return names;
        }
        for (int i = 0; i < members.size() && names.size() < MOST_SUGGESTIONS; i++) {
            String[] key = keys.get(i);
            if (key[0].contains(wanted)) {
                names.add(members.get(i).name());
            } else if (key[1].contains(wanted)) {
                names.add(members.get(i).nameOtherLanguage());
            }
        }
        return names;
    }
}
