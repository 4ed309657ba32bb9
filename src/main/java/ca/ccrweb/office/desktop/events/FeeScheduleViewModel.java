package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The event's fee schedule: its rates, added and changed through the rate form. A change applies to
 * registrations to come; those already taken keep their amount until staff recalculate it.
 */
public final class FeeScheduleViewModel {
    private final EventViewModel page;
    private final RateFormViewModel form;
    private final ObjectProperty<RateCategory> selected = new SimpleObjectProperty<>();

    FeeScheduleViewModel(EventViewModel page, EventService events, TaskExecutor executor, UserFeedback feedback,
                         Localizer localizer) {
        this.page = page;
        this.form = new RateFormViewModel(page, events, executor, feedback, localizer);
    }

    public void startNew() {
        form.startNew();
    }

    /** Prepares the form with the rate selected; false when none is. */
    public boolean editSelected() {
        if (selected.get() == null) {
            return false;
        }
        form.edit(selected.get());
        return true;
    }

    public ObservableList<RateCategory> rates() {
        return page.rates();
    }

    public ObjectProperty<RateCategory> selectedProperty() {
        return selected;
    }

    public RateFormViewModel form() {
        return form;
    }
}
