package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.common.Validator;

/** The organization form's rules, shared by creation and editing. */
final class OrganizationValidation {
    private OrganizationValidation() {
    }

    static OrganizationDraft check(OrganizationDraft draft) {
        Validator validator = new Validator();
        OrganizationDraft cleaned = new OrganizationDraft(
                validator.required("name", draft.name(), 200),
                validator.optional("nameOtherLanguage", draft.nameOtherLanguage(), 200),
                validator.requiredEmail("email", draft.email()),
                validator.optionalPhone("phone", draft.phone()),
                validator.optionalWebsite("website", draft.website()),
                validator.optional("streetAddress", draft.streetAddress(), 300),
                validator.optional("city", draft.city(), 100),
                validator.optionalPostalCode("postalCode", draft.postalCode()),
                validator.required("province", draft.province()),
                validator.required("language", draft.language()),
                draft.services(),
                draft.clienteles(),
                validator.optional("notes", draft.notes(), 4000));
        validator.throwIfInvalid();
        return cleaned;
    }
}
