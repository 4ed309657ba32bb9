package ca.ccrweb.office.core.groups;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.contacts.ContactService;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.events.SessionDraft;
import ca.ccrweb.office.core.events.SessionKind;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The council's groups: the three working groups, the youth network, the anti-trafficking committee and those
 * the office adds; their members, chairs and co-chairs by term (one person per seat at a time), the meetings the
 * events already record, and the workshops members propose at them for a coming consultation. An accepted
 * proposal becomes a workshop session of that consultation's programme in the same transaction.
 */
public final class GroupService {
    private final Database database;
    private final GroupRepository groups;
    private final EventService events;
    private final ContactService contacts;
    private final MembershipService membership;
    private final Ids ids;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public GroupService(Database database, EventService events, ContactService contacts, MembershipService membership,
                        Ids ids, Clock clock, AuditLog audit, Access access) {
        this.database = database;
        this.groups = new GroupRepository(database);
        this.events = events;
        this.contacts = contacts;
        this.membership = membership;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
        contacts.addReferences(groups::moveContact);
    }

    public List<Group> all() {
        return groups.all();
    }

    public Optional<Group> find(long groupId) {
        return groups.find(groupId);
    }

    /** The group a programme session's working group names. */
    public Optional<Group> byCode(String code) {
        return groups.byCode(code);
    }

    public Group create(GroupDraft draft) {
        access.require(Permission.MANAGE_GROUPS, "CREATE_GROUP");
        GroupDraft checked = check(draft);
        if (checked.kind() == GroupKind.WORKING_GROUP) {
            throw new OfficeException("group.error.workingGroupsFixed");
        }
        return database.transaction(() -> {
            String code = uniqueCode(checked.nameEn());
            long id = ids.next();
            groups.insert(id, code, checked, clock.instant());
            Group created = require(id);
            audit.changed("CREATE", "group", id, null, created);
            return created;
        });
    }

    public Group update(long groupId, GroupDraft draft) {
        access.require(Permission.MANAGE_GROUPS, "UPDATE_GROUP");
        GroupDraft checked = check(draft);
        return database.transaction(() -> {
            Group before = require(groupId);
            if (before.kind() != checked.kind()
                    && (before.kind() == GroupKind.WORKING_GROUP || checked.kind() == GroupKind.WORKING_GROUP)) {
                throw new OfficeException("group.error.workingGroupsFixed");
            }
            groups.update(groupId, checked, clock.instant());
            Group after = require(groupId);
            audit.changed("UPDATE", "group", groupId, before, after);
            return after;
        });
    }

    private String uniqueCode(String name) {
        String base = Texts.slug(name).toUpperCase(Locale.ROOT).replace('-', '_');
        if (base.length() > 34) {
            base = base.substring(0, 34);
        }
        String code = base.isEmpty() ? "GROUP" : base;
        for (int n = 2; groups.codeTaken(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    public List<GroupMember> members(long groupId) {
        return groups.members(groupId);
    }

    /** Every group's members, for the exports. */
    public List<GroupMember> allMembers() {
        return groups.members(null);
    }

    /**
     * Adds a person (found again by email, or new) to a group from {@code since}, with the member organization
     * they come from if any. Someone who had left the group comes back.
     */
    public GroupMember addMember(long groupId, ContactDraft person, LocalDate since) {
        access.require(Permission.MANAGE_GROUPS, "ADD_GROUP_MEMBER");
        Validator validator = new Validator();
        validator.required("fullName", person == null ? null : person.fullName(), 200);
        validator.optionalEmail("email", person == null ? null : person.email());
        validator.required("sinceOn", since);
        if (person != null && person.organizationId() != null && membership.find(person.organizationId()).isEmpty()) {
            validator.reject("organization", "organization.error.notFound");
        }
        validator.throwIfInvalid();
        return database.transaction(() -> {
            require(groupId);
            Contact contact = contacts.findOrCreate(person);
            Optional<GroupMember> known = groups.memberOf(groupId, contact.id());
            if (known.isPresent()) {
                if (known.get().untilOn() == null) {
                    throw new OfficeException("group.error.alreadyMember", contact.fullName());
                }
                groups.setMemberUntil(known.get().id(), null);
                GroupMember back = groups.member(known.get().id()).orElseThrow();
                audit.changed("UPDATE", "group_member", back.id(), known.get(), back);
                return back;
            }
            long id = ids.next();
            Long organizationId = person.organizationId() != null ? person.organizationId() : contact.organizationId();
            groups.insertMember(id, groupId, contact.id(), organizationId, since, clock.instant());
            GroupMember added = groups.member(id).orElseThrow();
            audit.changed("CREATE", "group_member", id, null, added);
            return added;
        });
    }

    /** Records that a member left the group on {@code until}. */
    public GroupMember endMembership(long memberId, LocalDate until) {
        access.require(Permission.MANAGE_GROUPS, "END_GROUP_MEMBER");
        return database.transaction(() -> {
            GroupMember before = groups.member(memberId)
                    .orElseThrow(() -> new OfficeException("group.error.memberNotFound"));
            if (until == null || until.isBefore(before.sinceOn())) {
                throw ValidationException.of("untilOn", "group.error.leftBeforeJoining");
            }
            groups.setMemberUntil(memberId, until);
            GroupMember after = groups.member(memberId).orElseThrow();
            audit.changed("UPDATE", "group_member", memberId, before, after);
            return after;
        });
    }

    public List<ChairTerm> chairTerms(long groupId) {
        return groups.chairTerms(groupId);
    }

    public List<ChairTerm> allChairTerms() {
        return groups.chairTerms(null);
    }

    /** Who holds each seat of the group on {@code day}. */
    public List<ChairTerm> chairsOn(long groupId, LocalDate day) {
        return groups.chairTerms(groupId).stream().filter(term -> term.covers(day)).toList();
    }

    /**
     * Gives a seat to a person for a term ({@code endsOn} null: until further notice). A term that overlaps
     * another term of the same seat is refused, naming who holds it then.
     */
    public ChairTerm addChairTerm(long groupId, ChairSeat seat, ContactDraft person, LocalDate startsOn,
                                  LocalDate endsOn) {
        access.require(Permission.MANAGE_GROUPS, "ADD_CHAIR_TERM");
        Validator validator = new Validator();
        validator.required("seat", seat);
        validator.required("fullName", person == null ? null : person.fullName(), 200);
        validator.optionalEmail("email", person == null ? null : person.email());
        validator.required("startsOn", startsOn);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            validator.reject("endsOn", "term.error.endsBeforeStart");
        }
        validator.throwIfInvalid();
        return database.transaction(() -> {
            require(groupId);
            refuseOverlap(groupId, seat, startsOn, endsOn, null);
            Contact contact = contacts.findOrCreate(person);
            long id = ids.next();
            groups.insertChairTerm(id, groupId, seat, contact.id(), startsOn, endsOn, clock.instant());
            ChairTerm created = groups.chairTerm(id).orElseThrow();
            audit.changed("CREATE", "chair_term", id, null, created);
            return created;
        });
    }

    /** Ends (or moves the end of) a term; the new end must not run into the next holder's term. */
    public ChairTerm endChairTerm(long termId, LocalDate endsOn) {
        access.require(Permission.MANAGE_GROUPS, "END_CHAIR_TERM");
        return database.transaction(() -> {
            ChairTerm before = groups.chairTerm(termId).orElseThrow(() -> new OfficeException("term.error.notFound"));
            if (endsOn != null && endsOn.isBefore(before.startsOn())) {
                throw ValidationException.of("endsOn", "term.error.endsBeforeStart");
            }
            refuseOverlap(before.groupId(), before.seat(), before.startsOn(), endsOn, termId);
            groups.setChairTermEnd(termId, endsOn);
            ChairTerm after = groups.chairTerm(termId).orElseThrow();
            audit.changed("UPDATE", "chair_term", termId, before, after);
            return after;
        });
    }

    private void refuseOverlap(long groupId, ChairSeat seat, LocalDate startsOn, LocalDate endsOn, Long except) {
        for (ChairTerm term : groups.chairTerms(groupId)) {
            if (term.seat() == seat && (except == null || term.id() != except)
                    && Terms.overlap(startsOn, endsOn, term.startsOn(), term.endsOn())) {
                throw new OfficeException(term.endsOn() == null ? "term.error.overlapOpen" : "term.error.overlap",
                        seat, term.fullName(), term.startsOn(), term.endsOn() == null ? "" : term.endsOn());
            }
        }
    }

    /** The group's meetings as the events record them: its programme sessions, and the events it holds. */
    public List<GroupMeeting> meetings(long groupId) {
        Group group = require(groupId);
        EventKind heldAs = switch (group.kind()) {
            case WORKING_GROUP -> EventKind.WORKING_GROUP_MEETINGS;
            case YOUTH_NETWORK -> EventKind.YOUTH_ACTION_GATHERING;
            case COMMITTEE, OTHER -> null;
        };
        return groups.meetings(group, heldAs);
    }

    /** The proposals for a consultation, or every proposal when {@code eventId} is null. */
    public List<WorkshopProposal> proposals(Long eventId) {
        return groups.proposals(eventId);
    }

    public Optional<WorkshopProposal> proposal(long proposalId) {
        return groups.proposal(proposalId);
    }

    public WorkshopProposal propose(WorkshopProposalDraft draft) {
        access.require(Permission.MANAGE_GROUPS, "PROPOSE_WORKSHOP");
        return database.transaction(() -> {
            WorkshopProposalDraft checked = check(draft);
            long id = ids.next();
            groups.insertProposal(id, checked, clock.instant());
            WorkshopProposal created = groups.proposal(id).orElseThrow();
            audit.changed("CREATE", "workshop_proposal", id, null, created);
            return created;
        });
    }

    /** Corrects a proposal the group has not decided on yet. */
    public WorkshopProposal updateProposal(long proposalId, WorkshopProposalDraft draft) {
        access.require(Permission.MANAGE_GROUPS, "UPDATE_WORKSHOP_PROPOSAL");
        return database.transaction(() -> {
            WorkshopProposal before = undecided(proposalId);
            groups.updateProposal(proposalId, check(draft), clock.instant());
            WorkshopProposal after = groups.proposal(proposalId).orElseThrow();
            audit.changed("UPDATE", "workshop_proposal", proposalId, before, after);
            return after;
        });
    }

    /**
     * The group accepts the proposal: in one transaction it becomes a workshop session of the consultation's
     * programme (organized by the proposing member, at the slot given) and the proposal records that session.
     * A slot the programme refuses (a day outside the consultation, an end before the start) refuses both.
     */
    public WorkshopProposal accept(long proposalId, WorkshopSlot slot, String note) {
        access.require(Permission.MANAGE_GROUPS, "ACCEPT_WORKSHOP_PROPOSAL");
        return database.transaction(() -> {
            WorkshopProposal before = undecided(proposalId);
            Session session = events.addSession(before.eventId(), new SessionDraft(SessionKind.WORKSHOP,
                    before.titleFr(), before.titleEn(), null, before.organizerOrganizationId(),
                    slot == null ? null : slot.day(), slot == null ? null : slot.startsAt(),
                    slot == null ? null : slot.endsAt(), slot == null ? null : slot.room(),
                    slot == null ? null : slot.capacity()));
            groups.decideProposal(proposalId, ProposalStatus.ACCEPTED, Texts.clean(note), session.id(),
                    clock.instant());
            WorkshopProposal after = groups.proposal(proposalId).orElseThrow();
            audit.changed("ACCEPT", "workshop_proposal", proposalId, before, after);
            return after;
        });
    }

    public WorkshopProposal decline(long proposalId, String reason) {
        return close(proposalId, ProposalStatus.DECLINED, reason, "DECLINE_WORKSHOP_PROPOSAL");
    }

    public WorkshopProposal withdraw(long proposalId, String reason) {
        return close(proposalId, ProposalStatus.WITHDRAWN, reason, "WITHDRAW_WORKSHOP_PROPOSAL");
    }

    private WorkshopProposal close(long proposalId, ProposalStatus status, String reason, String action) {
        access.require(Permission.MANAGE_GROUPS, action);
        String cleaned = Texts.clean(reason);
        if (cleaned == null) {
            throw ValidationException.of("reason", "validation.required");
        }
        return database.transaction(() -> {
            WorkshopProposal before = undecided(proposalId);
            groups.decideProposal(proposalId, status, cleaned, null, clock.instant());
            WorkshopProposal after = groups.proposal(proposalId).orElseThrow();
            audit.changed(status.name(), "workshop_proposal", proposalId, before, after);
            return after;
        });
    }

    private WorkshopProposal undecided(long proposalId) {
        WorkshopProposal proposal = groups.proposal(proposalId)
                .orElseThrow(() -> new OfficeException("proposal.error.notFound"));
        if (proposal.status() != ProposalStatus.PROPOSED) {
            throw new OfficeException("proposal.error.decidedAlready", proposal.title(
                    Language.FR), proposal.status());
        }
        return proposal;
    }

    private WorkshopProposalDraft check(WorkshopProposalDraft draft) {
        Validator validator = new Validator();
        Long eventId = validator.required("event", draft.eventId());
        Long groupId = validator.required("group", draft.groupId());
        Long organizerId = validator.required("organizer", draft.organizerOrganizationId());
        String titleFr = validator.required("titleFr", draft.titleFr(), 200);
        String titleEn = validator.required("titleEn", draft.titleEn(), 200);
        String description = validator.optional("description", draft.description(), 4000);
        if (eventId != null) {
            Optional<Event> event = events.find(eventId);
            if (event.isEmpty()) {
                validator.reject("event", "event.error.notFound");
            } else if (event.get().kind() != EventKind.NATIONAL_CONSULTATION) {
                validator.reject("event", "proposal.error.notAConsultation");
            }
        }
        if (groupId != null && groups.find(groupId).isEmpty()) {
            validator.reject("group", "group.error.notFound");
        }
        if (organizerId != null && membership.find(organizerId).isEmpty()) {
            validator.reject("organizer", "organization.error.notFound");
        }
        validator.throwIfInvalid();
        return new WorkshopProposalDraft(eventId, groupId, organizerId, titleFr, titleEn, description,
                draft.proposedOn() == null ? LocalDate.now(clock) : draft.proposedOn());
    }

    private GroupDraft check(GroupDraft draft) {
        Validator validator = new Validator();
        GroupKind kind = validator.required("kind", draft.kind());
        String nameFr = validator.required("nameFr", draft.nameFr(), 200);
        String nameEn = validator.required("nameEn", draft.nameEn(), 200);
        GroupDraft checked = new GroupDraft(kind, nameFr, nameEn, validator.optional("purposeFr", draft.purposeFr(), 2000),
                validator.optional("purposeEn", draft.purposeEn(), 2000),
                validator.optional("staffLiaison", draft.staffLiaison(), 200));
        validator.throwIfInvalid();
        return checked;
    }

    private Group require(long groupId) {
        return groups.find(groupId).orElseThrow(() -> new OfficeException("group.error.notFound"));
    }
}
