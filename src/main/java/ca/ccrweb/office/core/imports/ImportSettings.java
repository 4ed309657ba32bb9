package ca.ccrweb.office.core.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * What staff decided for one import: the kind (and event, for registrations; campaign, for action reports), which column fills which
 * field, the value of our vocabulary each typed value stands for, the order of day and month in dates typed
 * as text, and what to do with duplicates, for all rows and row by row (by line of the sheet).
 */
public record ImportSettings(ImportKind kind, Long eventId, Map<ImportField, Integer> columns,
                             Map<ImportField, Map<String, String>> values, DateOrder dateOrder,
                             DuplicateChoice onDuplicate, Map<Integer, DuplicateChoice> rowChoices,
                             Long campaignId) {
    public ImportSettings {
        columns = Map.copyOf(columns);
        Map<ImportField, Map<String, String>> copied = new HashMap<>();
        values.forEach((field, byTyped) -> copied.put(field, new HashMap<>(byTyped)));
        values = Map.copyOf(copied);
        rowChoices = Map.copyOf(rowChoices);
        onDuplicate = onDuplicate == null ? DuplicateChoice.SKIP : onDuplicate;
    }

    public static ImportSettings of(ImportKind kind, Long eventId, Map<ImportField, Integer> columns) {
        return new ImportSettings(kind, eventId, columns, Map.of(), null, DuplicateChoice.SKIP, Map.of(), null);
    }

    public ImportSettings withValues(Map<ImportField, Map<String, String>> chosenValues) {
        return new ImportSettings(kind, eventId, columns, chosenValues, dateOrder, onDuplicate, rowChoices, campaignId);
    }

    public ImportSettings withDateOrder(DateOrder order) {
        return new ImportSettings(kind, eventId, columns, values, order, onDuplicate, rowChoices, campaignId);
    }

    public ImportSettings withOnDuplicate(DuplicateChoice choice) {
        return new ImportSettings(kind, eventId, columns, values, dateOrder, choice, rowChoices, campaignId);
    }

    public ImportSettings withRowChoices(Map<Integer, DuplicateChoice> choices) {
        return new ImportSettings(kind, eventId, columns, values, dateOrder, onDuplicate, choices, campaignId);
    }

    public ImportSettings withCampaign(Long chosenCampaign) {
        return new ImportSettings(kind, eventId, columns, values, dateOrder, onDuplicate, rowChoices, chosenCampaign);
    }

    public DuplicateChoice choiceFor(int line) {
        return rowChoices.getOrDefault(line, onDuplicate);
    }
}
