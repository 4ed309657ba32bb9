package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionResult;
import ca.ccrweb.office.core.advocacy.ReporterKind;
import ca.ccrweb.office.core.advocacy.TargetKind;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.mailings.ConsentKind;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/** Reads the rows of a sheet into typed values with the settings staff confirmed, field by field. */
final class RowReader {
    private final ImportFile file;
    private final ImportSettings settings;
    private final Map<ImportField, Vocabulary> vocabularies = new EnumMap<>(ImportField.class);

    RowReader(ImportFile file, ImportSettings settings, Function<ImportField, Vocabulary> vocabularyOf) {
        this.file = file;
        this.settings = settings;
        for (ImportField field : settings.kind().fields()) {
            if (field.type().isVocabulary()) {
                vocabularies.put(field, vocabularyOf.apply(field));
            }
        }
    }

    ParsedRow read(int index) {
        ParsedRow row = new ParsedRow(ImportFile.lineOf(index));
        for (ImportField field : settings.kind().fields()) {
            Integer column = settings.columns().get(field);
            String typed = column == null ? null : Texts.clean(file.cell(index, column));
            if (typed != null) {
                row.cells.put(field, typed);
                Object value = value(row, field, typed);
                if (value != null) {
                    row.values.put(field, value);
                }
            } else if (settings.kind().requires(field)) {
                row.reject(field, "validation.required");
            }
        }
        return row;
    }

    private Object value(ParsedRow row, ImportField field, String typed) {
        Validator validator = new Validator();
        Object value = switch (field.type()) {
            case TEXT -> validator.optional(field.name(), typed, field.maxLength());
            case EMAIL -> validator.optionalEmail(field.name(), typed);
            case PHONE -> validator.optionalPhone(field.name(), typed);
            case WEBSITE -> validator.optionalWebsite(field.name(), typed);
            case POSTAL_CODE -> validator.optionalPostalCode(field.name(), typed);
            case DATE -> date(row, field, typed);
            case MONEY -> money(row, field, typed);
            default -> vocabulary(row, field, typed);
        };
        for (FieldError error : validator.errors()) {
            row.errors.add(new RowError(row.line, field, typed, error));
        }
        return value;
    }

    private LocalDate date(ParsedRow row, ImportField field, String typed) {
        try {
            Optional<LocalDate> date = DateOrder.parse(typed, settings.dateOrder());
            if (date.isEmpty()) {
                row.reject(field, "import.error.notADate");
            }
            return date.orElse(null);
        } catch (DateOrder.AmbiguousDate ambiguous) {
            row.reject(field, "import.error.ambiguousDate");
            return null;
        }
    }

    private Long money(ParsedRow row, ImportField field, String typed) {
        OptionalLong cents = Amounts.cents(typed);
        if (cents.isEmpty() || cents.getAsLong() < 0) {
            row.reject(field, "import.error.notAnAmount");
            return null;
        }
        return cents.getAsLong();
    }

    private Object vocabulary(ParsedRow row, ImportField field, String typed) {
        if (field.type().isList()) {
            Class<? extends Enum<?>> type = field.type() == FieldType.SERVICES ? ServiceOffered.class : Clientele.class;
            EnumSet<?> chosen = field.type() == FieldType.SERVICES ? EnumSet.noneOf(ServiceOffered.class)
                    : EnumSet.noneOf(Clientele.class);
            for (String part : typed.split("[;|\\n]+")) {
                if (Texts.isBlank(part)) {
                    continue;
                }
                String code = code(field, part.strip());
                if (code == null) {
                    row.reject(field, "import.error.unknownValue", part.strip());
                } else {
                    add(chosen, type, code);
                }
            }
            return chosen;
        }
        String code = code(field, typed);
        if (code == null) {
            row.reject(field, "import.error.unknownValue", typed);
            return null;
        }
        return switch (field.type()) {
            case PROVINCE -> Province.valueOf(code);
            case LANGUAGE -> Language.valueOf(code);
            case MEMBERSHIP_STATUS -> MembershipStatus.valueOf(code);
            case ACCOUNT_KIND -> AccountKind.valueOf(code);
            case INDIVIDUAL_ROLE -> IndividualRole.valueOf(code);
            case ACCOUNT_STATUS -> AccountStatus.valueOf(code);
            case PAYMENT_METHOD -> PaymentMethod.valueOf(code);
            case RATE, MAILING_LIST -> Long.valueOf(code);
            case CONSENT_KIND -> ConsentKind.valueOf(code);
            case REPORTER_KIND -> ReporterKind.valueOf(code);
            case ACTION_KIND -> ActionKind.valueOf(code);
            case TARGET_KIND -> TargetKind.valueOf(code);
            case ACTION_RESULT -> ActionResult.valueOf(code);
            default -> throw new IllegalStateException(field + " is not a single-value vocabulary");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void add(EnumSet chosen, Class type, String code) {
        chosen.add(Enum.valueOf(type, code));
    }

    /** The value staff chose for what was typed, or the one proposed when they were not asked. */
    private String code(ImportField field, String typed) {
        Map<String, String> chosen = settings.values().get(field);
        if (chosen != null && chosen.containsKey(typed)) {
            String code = chosen.get(typed);
            return code == null || code.isBlank() || !vocabularies.get(field).knows(code) ? null : code;
        }
        return vocabularies.get(field).propose(typed).orElse(null);
    }
}
