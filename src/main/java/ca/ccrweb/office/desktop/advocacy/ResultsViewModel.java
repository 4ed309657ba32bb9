package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.advocacy.CampaignReport;
import ca.ccrweb.office.core.advocacy.Tallies;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.beans.binding.StringBinding;

import java.nio.file.Path;

/** The results tab: the campaign's tallies (by action, province, result and month) and the committee's report. */
public final class ResultsViewModel {
    private final AdvocacyViewModel page;
    private final OfficeServices office;
    private final StringBinding summary;

    ResultsViewModel(AdvocacyViewModel page, OfficeServices office, Localizer localizer) {
        this.page = page;
        this.office = office;
        this.summary = localizer.text(() -> {
            CampaignReport.Figures figures = CampaignReport.Figures.of(page.talliesProperty().get());
            return localizer.get("advocacy.results.summary", figures.actions(), figures.organizations(),
                    figures.individuals(), figures.provincesReached(), figures.lettersToMinister(),
                    figures.meetingsHeld(), figures.commitments());
        }, page.talliesProperty());
    }

    public Tallies tallies() {
        return page.talliesProperty().get();
    }

    public StringBinding summaryProperty() {
        return summary;
    }

    /** The one-page report for the executive committee, in the language asked for. */
    public void writeReport(Language language, Path file) throws Exception {
        Campaign campaign = page.campaignProperty().get();
        office.advocacy().writeReport(campaign.id(), language, office.officeSettings().current(), file);
    }
}
