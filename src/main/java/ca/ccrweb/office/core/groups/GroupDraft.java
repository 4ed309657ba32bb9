package ca.ccrweb.office.core.groups;

public record GroupDraft(GroupKind kind, String nameFr, String nameEn, String purposeFr, String purposeEn,
                         String staffLiaison) {
}
