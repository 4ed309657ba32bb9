package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.core.fund.FundApplication;

/** One line of the applications list: the application, and how many consultations a leadership award missed. */
public record FundRow(FundApplication application, int missedConsultations) {
    public long id() {
        return application.id();
    }
}
