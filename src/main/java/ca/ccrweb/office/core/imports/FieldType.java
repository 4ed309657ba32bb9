package ca.ccrweb.office.core.imports;

/** What a column's text is read as. Vocabulary types are values staff confirm, proposed from what was typed. */
public enum FieldType {
    TEXT, EMAIL, PHONE, WEBSITE, POSTAL_CODE, DATE, MONEY,
    PROVINCE, LANGUAGE, SERVICES, CLIENTELE, MEMBERSHIP_STATUS, ACCOUNT_KIND, INDIVIDUAL_ROLE, ACCOUNT_STATUS,
    PAYMENT_METHOD, RATE, MAILING_LIST, CONSENT_KIND, REPORTER_KIND, ACTION_KIND, TARGET_KIND, ACTION_RESULT;

    public boolean isVocabulary() {
        return ordinal() >= PROVINCE.ordinal();
    }

    /** Several values in one cell, separated by ";" or ",". */
    public boolean isList() {
        return this == SERVICES || this == CLIENTELE;
    }
}
