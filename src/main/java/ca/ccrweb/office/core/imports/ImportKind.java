package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.Labelled;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.core.imports.ImportField.*;

/**
 * What an import brings in, the fields it fills and those a row cannot do without. List subscribers come
 * with the mailing lists (not built yet).
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
            PAYMENT_METHOD, PAYMENT_REFERENCE), Set.of(FULL_NAME));

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

    /** The word of the command line: organizations, accounts, contacts, registrations. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> parse(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word().equalsIgnoreCase(word.strip())).findFirst();
    }

    @Override
    public String labelKey() {
        return "import.kind." + name();
    }
}
