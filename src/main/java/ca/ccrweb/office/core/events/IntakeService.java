package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.contacts.ContactService;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Many registrations for one event in one transaction (an import, the demo data), by the rules
 * {@link RegistrationService#register} applies to one: what would be read or written row by row is read once
 * and written in batches.
 */
public final class IntakeService {
    private final Database database;
    private final RegistrationRepository registrations;
    private final EventService events;
    private final ContactService contacts;
    private final MembershipService membership;
    private final Ids ids;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public IntakeService(Database database, EventService events, ContactService contacts, MembershipService membership,
                         Ids ids, Clock clock, AuditLog audit, Access access) {
        this.database = database;
        this.registrations = new RegistrationRepository(database);
        this.events = events;
        this.contacts = contacts;
        this.membership = membership;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
    }

    /**
     * Registers the people in the given order; nothing is saved if one of them is refused. Returns how many
     * were registered.
     */
    public int registerAll(long eventId, List<RegistrationDraft> drafts) {
        return registerEach(eventId, drafts).registrationIds().size();
    }

    /** What {@link #registerEach} wrote: the registrations in the order of the drafts, and the people it created. */
    public record Registered(List<Long> registrationIds, List<Long> newContactIds) {
    }

    /** As {@link #registerAll}, telling which registrations and which new people were written (an import's batch). */
    public Registered registerEach(long eventId, List<RegistrationDraft> drafts) {
        access.require(Permission.MANAGE_REGISTRATIONS, "REGISTER_MANY");
        return database.transaction(() -> {
            ContactService.ContactBatch people = contacts.batch();
            Intake intake = new Intake(registrations, events, membership, ids, clock, eventId, people::findOrCreate,
                    people::flush);
            List<Long> registered = new ArrayList<>(drafts.size());
            for (RegistrationDraft draft : drafts) {
                registered.add(intake.add(draft));
            }
            intake.flush();
            audit.changed("REGISTER_MANY", "event", eventId, null, Map.of("registrations", registered));
            return new Registered(registered, people.createdIds());
        });
    }
}
