package ca.ccrweb.office.core.groups;

import ca.ccrweb.office.core.events.WorkingGroup;
import ca.ccrweb.office.core.l10n.Language;

import java.util.Arrays;
import java.util.Optional;

/**
 * A group of the council. Its {@code code} is stable: the three working groups carry the name that programme
 * sessions already store ({@link WorkingGroup}), so a working group meeting finds its group by it.
 */
public record Group(long id, String code, GroupKind kind, String nameFr, String nameEn, String purposeFr,
                    String purposeEn, String staffLiaison) {

    public String name(Language language) {
        return language == Language.FR ? nameFr : nameEn;
    }

    /** The working group of the programme's sessions this group is, if it is one of the three. */
    public Optional<WorkingGroup> workingGroup() {
        return Arrays.stream(WorkingGroup.values()).filter(group -> group.name().equals(code)).findFirst();
    }

    public GroupDraft toDraft() {
        return new GroupDraft(kind, nameFr, nameEn, purposeFr, purposeEn, staffLiaison);
    }
}
