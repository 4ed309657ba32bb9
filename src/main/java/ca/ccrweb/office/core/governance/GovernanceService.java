package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactService;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.groups.GroupService;
import ca.ccrweb.office.core.groups.Terms;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The council's governance: the executive committee by term (a president, treasurer or secretary at a time;
 * several vice-presidents and members at large) and the register of resolutions, numbered anew each year.
 */
public final class GovernanceService {
    private static final int FIRST_YEAR = 1978;
    private static final int LAST_YEAR = 2100;

    private final Database database;
    private final GovernanceRepository governance;
    private final GroupService groups;
    private final EventService events;
    private final ContactService contacts;
    private final MembershipService membership;
    private final Ids ids;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public GovernanceService(Database database, GroupService groups, EventService events, ContactService contacts,
                             MembershipService membership, Ids ids, Clock clock, AuditLog audit, Access access) {
        this.database = database;
        this.governance = new GovernanceRepository(database);
        this.groups = groups;
        this.events = events;
        this.contacts = contacts;
        this.membership = membership;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
        contacts.addReferences(governance::moveContact);
    }

    /** Who serves on the executive committee and in the groups' seats on a day, in the roster's order. */
    public ExecutiveRoster.Contents roster(LocalDate day) {
        return ExecutiveRoster.Contents.on(day, executiveTerms(), groups.all(), groups.allChairTerms());
    }

    /**
     * The roster of today in a language, as a one-page PDF on the council's letterhead or as an HTML fragment for
     * the website; recorded as an export (it names people).
     */
    public ExecutiveRoster.Contents writeRoster(Language language, boolean html, OfficeSettings office, Path output)
            throws IOException {
        access.require(Permission.EXPORT_PERSONAL_DATA, "EXPORT");
        ExecutiveRoster.Contents contents = roster(LocalDate.now(clock));
        Messages messages = Messages.of(language);
        if (html) {
            ExecutiveRoster.writeHtml(contents, messages, output);
        } else {
            ExecutiveRoster.writePdf(contents, office, messages, output);
        }
        int people = contents.executive().size() + contents.groups().stream().mapToInt(g -> g.chairs().size()).sum();
        database.transaction(() -> audit.exported(messages.get("executive.roster.title"), html ? "HTML" : "PDF",
                people, output.toAbsolutePath().toString()));
        return contents;
    }

    /** Every term, by position, the latest first. */
    public List<ExecutiveTerm> executiveTerms() {
        return governance.terms();
    }

    /** The committee serving on {@code day}, by position. */
    public List<ExecutiveTerm> executiveOn(LocalDate day) {
        return governance.terms().stream().filter(term -> term.covers(day)).toList();
    }

    public ExecutiveTerm addExecutiveTerm(ExecutiveTermDraft draft) {
        access.require(Permission.MANAGE_GROUPS, "ADD_EXECUTIVE_TERM");
        Validator validator = new Validator();
        ExecutivePosition position = validator.required("position", draft.position());
        validator.required("fullName", draft.person() == null ? null : draft.person().fullName(), 200);
        validator.optionalEmail("email", draft.person() == null ? null : draft.person().email());
        LocalDate startsOn = validator.required("startsOn", draft.startsOn());
        if (startsOn != null && draft.endsOn() != null && draft.endsOn().isBefore(startsOn)) {
            validator.reject("endsOn", "term.error.endsBeforeStart");
        }
        if (draft.electedAtEventId() != null && events.find(draft.electedAtEventId()).isEmpty()) {
            validator.reject("electedAt", "event.error.notFound");
        }
        Long organizationId = draft.person() == null ? null : draft.person().organizationId();
        if (organizationId != null && membership.find(organizationId).isEmpty()) {
            validator.reject("organization", "organization.error.notFound");
        }
        validator.throwIfInvalid();
        return database.transaction(() -> {
            Contact person = contacts.findOrCreate(draft.person());
            refuseOverlap(position, person.id(), startsOn, draft.endsOn(), null);
            long id = ids.next();
            governance.insertTerm(id, position, person.id(),
                    organizationId != null ? organizationId : person.organizationId(), draft.electedAtEventId(),
                    startsOn, draft.endsOn(), clock.instant());
            ExecutiveTerm created = governance.term(id).orElseThrow();
            audit.changed("CREATE", "executive_term", id, null, created);
            return created;
        });
    }

    /** Ends (or moves the end of) a term on the committee. */
    public ExecutiveTerm endExecutiveTerm(long termId, LocalDate endsOn) {
        access.require(Permission.MANAGE_GROUPS, "END_EXECUTIVE_TERM");
        return database.transaction(() -> {
            ExecutiveTerm before = governance.term(termId)
                    .orElseThrow(() -> new OfficeException("term.error.notFound"));
            if (endsOn != null && endsOn.isBefore(before.startsOn())) {
                throw ValidationException.of("endsOn", "term.error.endsBeforeStart");
            }
            refuseOverlap(before.position(), before.contactId(), before.startsOn(), endsOn, termId);
            governance.setTermEnd(termId, endsOn);
            ExecutiveTerm after = governance.term(termId).orElseThrow();
            audit.changed("UPDATE", "executive_term", termId, before, after);
            return after;
        });
    }

    private void refuseOverlap(ExecutivePosition position, long contactId, LocalDate startsOn, LocalDate endsOn,
                               Long except) {
        for (ExecutiveTerm term : governance.terms()) {
            if (term.position() == position && (except == null || term.id() != except)
                    && (position.singleHolder() || term.contactId() == contactId)
                    && Terms.overlap(startsOn, endsOn, term.startsOn(), term.endsOn())) {
                throw new OfficeException(term.endsOn() == null ? "term.error.overlapOpen" : "term.error.overlap",
                        position, term.fullName(), term.startsOn(), term.endsOn() == null ? "" : term.endsOn());
            }
        }
    }

    /** The register, the latest year first, then by number. */
    public List<Resolution> resolutions() {
        return governance.resolutions();
    }

    public List<Resolution> resolutions(ResolutionSearch search) {
        return governance.resolutions().stream().filter(search.predicate()).toList();
    }

    public Optional<Resolution> resolution(long resolutionId) {
        return governance.resolution(resolutionId);
    }

    /** The years that have resolutions, the latest first. */
    public List<Integer> resolutionYears() {
        return governance.years();
    }

    /** The number the next resolution of {@code year} takes when none is typed. */
    public int nextResolutionNumber(int year) {
        return governance.nextNumber(year);
    }

    public Resolution createResolution(ResolutionDraft draft) {
        access.require(Permission.MANAGE_GROUPS, "CREATE_RESOLUTION");
        return database.transaction(() -> {
            ResolutionDraft checked = check(draft, null);
            int number = draft.number() != null ? draft.number() : governance.nextNumber(checked.year());
            long id = ids.next();
            governance.insertResolution(id, checked, number, clock.instant());
            Resolution created = governance.resolution(id).orElseThrow();
            audit.changed("CREATE", "resolution", id, null, created);
            return created;
        });
    }

    public Resolution updateResolution(long resolutionId, ResolutionDraft draft) {
        access.require(Permission.MANAGE_GROUPS, "UPDATE_RESOLUTION");
        return database.transaction(() -> {
            Resolution before = governance.resolution(resolutionId)
                    .orElseThrow(() -> new OfficeException("resolution.error.notFound"));
            ResolutionDraft checked = check(draft, resolutionId);
            int number = draft.number() != null ? draft.number() : before.year() == checked.year() ? before.number()
                    : governance.nextNumber(checked.year());
            governance.updateResolution(resolutionId, checked, number, clock.instant());
            Resolution after = governance.resolution(resolutionId).orElseThrow();
            audit.changed("UPDATE", "resolution", resolutionId, before, after);
            return after;
        });
    }

    private ResolutionDraft check(ResolutionDraft draft, Long resolutionId) {
        Validator validator = new Validator();
        Integer year = validator.required("year", draft.year());
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            validator.reject("year", "resolution.error.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (draft.number() != null && draft.number() < 1) {
            validator.reject("number", "validation.positive");
        } else if (year != null && draft.number() != null && governance.numberTaken(year, draft.number(), resolutionId)) {
            validator.reject("number", "resolution.error.numberTaken", Resolution.code(year, draft.number()));
        }
        String titleFr = validator.required("titleFr", draft.titleFr(), 300);
        String titleEn = validator.required("titleEn", draft.titleEn(), 300);
        String textFr = validator.optional("textFr", draft.textFr(), 20000);
        String textEn = validator.optional("textEn", draft.textEn(), 20000);
        ResolutionStatus status = validator.required("status", draft.status());
        if (draft.sponsorGroupId() != null && draft.sponsorOrganizationId() != null) {
            validator.reject("sponsor", "resolution.error.oneSponsor");
        }
        if (draft.sponsorGroupId() != null && groups.find(draft.sponsorGroupId()).isEmpty()) {
            validator.reject("sponsor", "group.error.notFound");
        }
        if (draft.sponsorOrganizationId() != null && membership.find(draft.sponsorOrganizationId()).isEmpty()) {
            validator.reject("sponsor", "organization.error.notFound");
        }
        if (draft.adoptedAtEventId() != null && events.find(draft.adoptedAtEventId()).isEmpty()) {
            validator.reject("adoptedAt", "event.error.notFound");
        }
        for (long related : draft.relatedIds()) {
            if (resolutionId != null && related == resolutionId) {
                validator.reject("related", "resolution.error.relatedToItself");
            } else if (governance.resolution(related).isEmpty()) {
                validator.reject("related", "resolution.error.notFound");
            }
        }
        validator.throwIfInvalid();
        return new ResolutionDraft(year, draft.number(), titleFr, titleEn, textFr, textEn, draft.sponsorGroupId(),
                draft.sponsorOrganizationId(), draft.adoptedAtEventId(), status, draft.themes(), draft.relatedIds());
    }
}
