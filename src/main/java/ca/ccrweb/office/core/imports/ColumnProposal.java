package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column fills which field: the mapping staff confirmed before for the same header, else the
 * header read as one of the field's names in either language. A field is filled by one column at most.
 */
final class ColumnProposal {
    private ColumnProposal() {
    }

    static Map<ImportField, Integer> propose(ImportKind kind, List<String> headers,
                                             Map<String, ImportField> remembered) {
        Map<String, ImportField> byName = new HashMap<>();
        Messages fr = Messages.of(Language.FR);
        Messages en = Messages.of(Language.EN);
        for (ImportField field : kind.fields()) {
            for (String labelKey : field.labelKeys()) {
                byName.putIfAbsent(Vocabulary.key(fr.get(labelKey)), field);
                byName.putIfAbsent(Vocabulary.key(en.get(labelKey)), field);
            }
            byName.putIfAbsent(Vocabulary.key(fr.get(field.labelKey())), field);
            byName.putIfAbsent(Vocabulary.key(en.get(field.labelKey())), field);
            field.aliases().forEach(alias -> byName.putIfAbsent(Vocabulary.key(alias), field));
        }
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int column = 0; column < headers.size(); column++) {
            String key = Vocabulary.key(headers.get(column));
            ImportField field = remembered.containsKey(key) && kind.fields().contains(remembered.get(key))
                    ? remembered.get(key) : byName.get(key);
            if (field == null) {
                field = containedName(key, byName);
            }
            if (field != null && !columns.containsKey(field)) {
                columns.put(field, column);
            }
        }
        return columns;
    }

    /** The one field whose name appears whole in a longer header ("Courriel principal"), if only one does. */
    private static ImportField containedName(String header, Map<String, ImportField> byName) {
        Set<ImportField> candidates = new LinkedHashSet<>();
        String padded = " " + header + " ";
        byName.forEach((name, field) -> {
            if (name.length() >= 4 && padded.contains(" " + name + " ")) {
                candidates.add(field);
            }
        });
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }
}
