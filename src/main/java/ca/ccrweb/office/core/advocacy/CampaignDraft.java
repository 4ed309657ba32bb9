package ca.ccrweb.office.core.advocacy;

import java.time.LocalDate;
import java.util.List;

/** A campaign as staff type it; {@code links} one address a line. */
public record CampaignDraft(String titleFr, String titleEn, String goalFr, String goalEn, String textFr, String textEn,
                            LocalDate startsOn, LocalDate endsOn, CampaignStatus status, String links,
                            List<SuggestedAction> suggestedActions) {

    public CampaignDraft {
        suggestedActions = suggestedActions == null ? List.of() : List.copyOf(suggestedActions);
    }

    public static CampaignDraft of(Campaign campaign) {
        return new CampaignDraft(campaign.titleFr(), campaign.titleEn(), campaign.goalFr(), campaign.goalEn(),
                campaign.textFr(), campaign.textEn(), campaign.startsOn(), campaign.endsOn(), campaign.status(),
                String.join("\n", campaign.links()), campaign.suggestedActions());
    }
}
