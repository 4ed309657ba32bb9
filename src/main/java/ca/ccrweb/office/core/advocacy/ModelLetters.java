package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.l10n.Messages;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filling a model letter: each {@code {{field}}} of its subject and body takes the value typed for it, in the
 * letter's language (the date written out, the province by its name). A field the letter uses but nobody filled,
 * or a name between braces that is no field, is refused with a message; nothing is left half-filled.
 */
public final class ModelLetters {
    private static final Pattern FIELD = Pattern.compile("\\{\\{([^{}]*)}}");

    private ModelLetters() {
    }

    /** The fields a text uses, in order of first use; unknown names are reported against {@code field}. */
    static Set<MergeField> fieldsOf(String text, String field, Validator validator) {
        Set<MergeField> used = new LinkedHashSet<>();
        Matcher matcher = FIELD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            String name = matcher.group(1);
            MergeField.named(name).ifPresentOrElse(used::add,
                    () -> validator.reject(field, "advocacy.error.unknownField", "{{" + name + "}}"));
        }
        return used;
    }

    public static FilledLetter fill(ModelLetter letter, LetterFields fields) {
        Messages messages = Messages.of(letter.language());
        Validator validator = new Validator();
        Set<MergeField> used = new LinkedHashSet<>(fieldsOf(letter.subject(), "subject", validator));
        used.addAll(fieldsOf(letter.body(), "body", validator));
        Map<MergeField, String> values = values(fields, messages);
        validator.required("signatory", fields.signatory(), 200);
        validator.required("addressee", fields.addressee(), 200);
        validator.required("date", fields.date());
        if (letter.audience() == Audience.ORGANIZATIONS) {
            validator.required("organization", fields.organization(), 300);
        }
        if (letter.addressee() == AddresseeKind.MP) {
            validator.required("riding", fields.riding(), 200);
        }
        if (letter.addressee() == AddresseeKind.PROVINCIAL_MINISTER) {
            validator.required("addresseeTitle", fields.addresseeTitle(), 300);
        }
        for (MergeField field : used) {
            if (values.get(field) == null && !validator.errors().stream()
                    .anyMatch(error -> error.field().equals(fieldName(field)))) {
                validator.reject(fieldName(field), "advocacy.error.fieldNeeded", "{{" + field.english() + "}}");
            }
        }
        validator.throwIfInvalid();

        String sender = values.get(MergeField.ORGANIZATION) != null ? values.get(MergeField.ORGANIZATION)
                : values.get(MergeField.SIGNATORY);
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : letter.body().strip().split("\\R\\s*\\R")) {
            paragraphs.add(merge(paragraph.strip(), values));
        }
        List<String> signature = new ArrayList<>();
        signature.add(values.get(MergeField.SIGNATORY));
        if (values.get(MergeField.SIGNATORY_TITLE) != null) {
            signature.add(values.get(MergeField.SIGNATORY_TITLE));
        }
        if (values.get(MergeField.ORGANIZATION) != null) {
            signature.add(values.get(MergeField.ORGANIZATION));
        }
        return new FilledLetter(letter.language(), sender, values.get(MergeField.ADDRESS), fields.date(),
                addresseeBlock(letter.addressee(), fields, messages),
                messages.get("advocacy.letter.subject", merge(letter.subject(), values)), paragraphs, signature);
    }

    /** The form field where a missing value is typed. */
    static String fieldName(MergeField field) {
        return switch (field) {
            case ORGANIZATION -> "organization";
            case ADDRESS -> "address";
            case SIGNATORY -> "signatory";
            case SIGNATORY_TITLE -> "signatoryTitle";
            case ADDRESSEE -> "addressee";
            case RIDING -> "riding";
            case PROVINCE -> "province";
            case DATE -> "date";
        };
    }

    private static Map<MergeField, String> values(LetterFields fields, Messages messages) {
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        put(values, MergeField.ORGANIZATION, fields.organization());
        put(values, MergeField.ADDRESS, fields.address());
        put(values, MergeField.SIGNATORY, fields.signatory());
        put(values, MergeField.SIGNATORY_TITLE, fields.signatoryTitle());
        put(values, MergeField.ADDRESSEE, fields.addressee());
        put(values, MergeField.RIDING, fields.riding());
        if (fields.province() != null) {
            values.put(MergeField.PROVINCE, messages.get(fields.province().labelKey()));
        }
        if (fields.date() != null) {
            values.put(MergeField.DATE, fields.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(messages.locale())));
        }
        return values;
    }

    private static void put(Map<MergeField, String> values, MergeField field, String value) {
        String cleaned = Texts.clean(value);
        if (cleaned != null) {
            values.put(field, cleaned);
        }
    }

    private static String merge(String text, Map<MergeField, String> values) {
        Matcher matcher = FIELD.matcher(text);
        StringBuilder merged = new StringBuilder();
        while (matcher.find()) {
            MergeField field = MergeField.named(matcher.group(1)).orElseThrow();
            matcher.appendReplacement(merged, Matcher.quoteReplacement(values.get(field)));
        }
        matcher.appendTail(merged);
        return merged.toString();
    }

    private static List<String> addresseeBlock(AddresseeKind kind, LetterFields fields, Messages messages) {
        List<String> block = new ArrayList<>();
        switch (kind) {
            case MINISTER -> {
                block.add(messages.get("advocacy.letter.honourable", fields.addressee().strip()));
                block.add(Texts.isBlank(fields.addresseeTitle()) ? messages.get("advocacy.letter.ministerTitle")
                        : fields.addresseeTitle().strip());
            }
            case MP -> {
                block.add(fields.addressee().strip());
                block.add(messages.get("advocacy.letter.mpTitle", fields.riding().strip()));
            }
            case PROVINCIAL_MINISTER -> {
                block.add(messages.get("advocacy.letter.honourable", fields.addressee().strip()));
                block.add(fields.addresseeTitle().strip());
            }
        }
        if (!Texts.isBlank(fields.addresseeAddress())) {
            fields.addresseeAddress().strip().lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(block::add);
        } else if (kind != AddresseeKind.PROVINCIAL_MINISTER) {
            messages.get("advocacy.letter.houseOfCommons").lines().forEach(block::add);
        }
        return block;
    }

    /** Refuses a model letter whose subject or body names something that is no field. */
    static void checkFields(ModelLetterDraft draft, Validator validator) {
        fieldsOf(draft.subject(), "subject", validator);
        fieldsOf(draft.body(), "body", validator);
    }

    static ValidationException unknownLetter() {
        return ValidationException.of("letter", "advocacy.error.noLetter");
    }
}
