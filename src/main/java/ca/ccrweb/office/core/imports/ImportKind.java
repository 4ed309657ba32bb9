package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.Labelled;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.core.imports.ImportField.*;

/**
 * What an import brings in, the fields it fills and those a row cannot do without. Registrations are for one
 * event, action reports for one campaign, both chosen beside the file.
 */
public enum ImportKind implements Labelled {
    ORGANIZATIONS(List.of(NAME, NAME_OTHER_LANGUAGE, EMAIL, PHONE, WEBSITE, STREET_ADDRESS, CITY, POSTAL_CODE,
            PROVINCE, LANGUAGE, SERVICES, CLIENTELE, NOTES, MEMBERSHIP_STATUS, APPLIED_ON, MEMBER_SINCE),
            Set.of(NAME, EMAIL, PROVINCE)),
    ACCOUNTS(List.of(ORGANIZATION, ACCOUNT_KIND, ROLE, FULL_NAME, EMAIL, USERNAME, ACCOUNT_STATUS),
            Set.of(ORGANIZATION, FULL_NAME, EMAIL)),
    CONTACTS(List.of(FULL_NAME, EMAIL, PHONE, LANGUAGE, ORGANIZATION), Set.of(FULL_NAME)),
    REGISTRATIONS(List.of(FULL_NAME, EMAIL, PHONE, ORGANIZATION, LANGUAGE, RATE, REGISTERED_ON,
            ACCESSIBILITY_NEEDS, DIETARY_NEEDS, INTERPRETATION, CHILDCARE_NEEDS, AMOUNT_PAID, PAID_ON,
            PAYMENT_METHOD, PAYMENT_REFERENCE), Set.of(FULL_NAME)),
    SUBSCRIBERS(List.of(LIST, EMAIL, FULL_NAME, ORGANIZATION, LANGUAGE, CONSENT_KIND, CONSENT_ON), Set.of(LIST, EMAIL)),
    ACTION_REPORTS(List.of(REPORTER, REPORTER_KIND, PROVINCE, ACTION_KIND, TARGET_KIND, TARGET_NAME, RIDING, TAKEN_ON,
            ACTION_RESULT, NOTES), Set.of(REPORTER, ACTION_KIND, TARGET_KIND, TAKEN_ON, ACTION_RESULT));

    private final List<ImportField> fields;
    private final Set<ImportField> required;

    ImportKind(List<ImportField> fields, Set<ImportField> required) {
        this.fields = fields;
        this.required = required;
    }

    public List<ImportField> fields() {
        return fields;
    }

    public boolean requires(ImportField field) {
        return required.contains(field);
    }

    /** The word of the command line: organizations, accounts, contacts, registrations, subscribers, action-reports. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ImportKind> parse(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word().equalsIgnoreCase(word.strip())).findFirst();
    }

    @Override
    public String labelKey() {
        return "import.kind." + name();
    }
}
