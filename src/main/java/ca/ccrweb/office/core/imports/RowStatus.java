package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.Labelled;

public enum RowStatus implements Labelled {
    NEW, DUPLICATE, ERROR;

    @Override
    public String labelKey() {
        return "import.status." + name();
    }
}
