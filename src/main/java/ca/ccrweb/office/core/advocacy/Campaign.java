package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.l10n.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** An advocacy campaign: what it asks for, in both languages, its period, and what it suggests members do. */
public record Campaign(long id, String titleFr, String titleEn, String goalFr, String goalEn, String textFr,
                       String textEn, LocalDate startsOn, LocalDate endsOn, CampaignStatus status, List<String> links,
                       List<SuggestedAction> suggestedActions) {

    public Campaign {
        links = List.copyOf(links);
        suggestedActions = List.copyOf(suggestedActions);
    }

    public String title(Language language) {
        return language == Language.FR ? titleFr : titleEn;
    }

    public String goal(Language language) {
        return language == Language.FR ? goalFr : goalEn;
    }

    public String text(Language language) {
        return language == Language.FR ? textFr : textEn;
    }

    public List<SuggestedAction> suggestedTo(Audience audience) {
        return suggestedActions.stream().filter(action -> action.audience() == audience).toList();
    }

    /** The kinds of action a report on this campaign may name: those it suggests, and "other". */
    public List<ActionKind> actionKinds() {
        List<ActionKind> kinds = suggestedActions.stream().map(SuggestedAction::kind).distinct().sorted()
                .toList();
        if (kinds.isEmpty()) {
            return List.of(ActionKind.values());
        }
        return kinds.contains(ActionKind.OTHER) ? kinds
                : Stream.concat(kinds.stream(), Stream.of(ActionKind.OTHER)).toList();
    }
}
