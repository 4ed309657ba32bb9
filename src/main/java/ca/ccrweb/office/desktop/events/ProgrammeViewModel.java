package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/** The event's programme: its sessions by day and time, added, changed and removed through the session form. */
public final class ProgrammeViewModel {
    private final EventViewModel page;
    private final EventService events;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final SessionFormViewModel form;
    private final ObjectProperty<Session> selected = new SimpleObjectProperty<>();

    ProgrammeViewModel(EventViewModel page, EventService events, TaskExecutor executor, UserFeedback feedback,
                       Localizer localizer) {
        this.page = page;
        this.events = events;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.form = new SessionFormViewModel(page, events, executor, feedback, localizer);
    }

    public void startNew() {
        form.startNew();
    }

    /** Prepares the form with the session selected; false when none is. */
    public boolean editSelected() {
        if (selected.get() == null) {
            return false;
        }
        form.edit(selected.get());
        return true;
    }

    /** Takes the selected session out of the programme; registrants' choices of it go with it. */
    public void removeSelected() {
        Session session = selected.get();
        Event event = page.event();
        if (session == null || event == null) {
            return;
        }
        executor.run(() -> {
            events.removeSession(session.id());
            return events.sessions(event.id());
        }, programme -> {
            page.sessionsChanged(programme);
            selected.set(null);
            feedback.notify(localizer.get("events.session.notify.removed", session.title(localizer.language())));
        }, feedback::showError);
    }

    /** The working group of a meeting, or the member organizing a workshop, as the table shows it. */
    public String whoText(Session session) {
        if (session.workingGroup() != null) {
            return localizer.label(session.workingGroup());
        }
        return page.membersProperty().get().withId(session.organizerOrganizationId()).map(Organization::name)
                .orElse("");
    }

    public ObservableList<Session> sessions() {
        return page.sessions();
    }

    public ObjectProperty<Session> selectedProperty() {
        return selected;
    }

    public SessionFormViewModel form() {
        return form;
    }
}
