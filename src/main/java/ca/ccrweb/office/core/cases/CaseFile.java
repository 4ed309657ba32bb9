package ca.ccrweb.office.core.cases;

import java.util.List;

/** One case opened by a caseworker: its summary, what was typed about it, and its people, log and documents. */
public record CaseFile(CaseSummary summary, CaseDraft details, List<CasePerson> people, List<CaseStep> steps,
                       List<CaseDocument> documents) {
    public long id() {
        return summary.id();
    }
}
