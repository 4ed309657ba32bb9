package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.common.Labelled;

/** The 13 provinces and territories, by their postal abbreviation. */
public enum Province implements Labelled {
    NL, PE, NS, NB, QC, ON, MB, SK, AB, BC, YT, NT, NU;

    @Override
    public String labelKey() {
        return "province." + name();
    }
}
