package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.common.CollatedSort;

import ca.ccrweb.office.core.accounts.AccountService;
import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.db.RecordVersions;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Member organizations and their membership lifecycle. Only the moves of {@link MembershipAction} are
 * legal; each is recorded with who, when and why. Approval activates the membership and creates the
 * administrator account in one transaction.
 */
public final class MembershipService {
    private final Database database;
    private final OrganizationRepository organizations;
    private final AccountService accounts;
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;
    private final AuditLog audit;
    private final Access access;

    public MembershipService(Database database, AccountService accounts, Ids ids, Clock clock, Actor actor,
                             AuditLog audit, Access access) {
        this.database = database;
        this.organizations = new OrganizationRepository(database);
        this.accounts = accounts;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.access = access;
    }

    /** Records a membership application received today: the organization starts as APPLIED. */
    public Organization apply(OrganizationDraft draft) {
        return apply(draft, new ApplicationReceipt(null, null, null));
    }

    /**
     * Records a membership application with the day it was received (today when not given; never in the future)
     * and who sent it: the organization starts as APPLIED.
     */
    public Organization apply(OrganizationDraft draft, ApplicationReceipt receipt) {
        access.require(Permission.EDIT_ORGANIZATIONS, "APPLY");
        Validator validator = new Validator();
        OrganizationDraft checked = null;
        try {
            checked = OrganizationValidation.check(draft);
        } catch (ValidationException refused) {
            refused.errors().forEach(error -> validator.reject(error.field(), error.key(), error.arguments()));
        }
        LocalDate receivedOn = receipt.receivedOn() == null ? today() : receipt.receivedOn();
        if (receivedOn.isAfter(today())) {
            validator.reject("receivedOn", "membership.error.receivedInFuture");
        }
        String contactName = validator.optional("contactName", receipt.contactName(), 200);
        String contactEmail = validator.optionalEmail("contactEmail", receipt.contactEmail());
        validator.throwIfInvalid();
        OrganizationDraft valid = checked;
        return database.transaction(() -> {
            Instant now = clock.instant();
            Organization organization = new Organization(ids.next(), valid.name(), valid.nameOtherLanguage(),
                    valid.email(), valid.phone(), valid.website(), valid.streetAddress(), valid.city(),
                    valid.postalCode(), valid.province(), null, valid.language(), valid.services(),
                    valid.clienteles(), valid.notes(), MembershipStatus.APPLIED, receivedOn, null, null, now, now,
                    contactName, contactEmail, 0);
            organizations.insert(organization);
            organizations.insertTransition(new MembershipTransition(ids.next(), organization.id(), null,
                    MembershipStatus.APPLIED, null, actor.name(), now));
            Organization applied = require(organization.id());
            audit.changed("APPLY", "organization", applied.id(), null, applied);
            return applied;
        });
    }

    public Organization update(long organizationId, OrganizationDraft draft) {
        return update(organizationId, -1, draft);
    }

    /**
     * Saves the organization as opened at {@code openedVersion} ({@link Organization#version()}): refused with
     * {@link ca.ccrweb.office.core.db.RecordChanged} when someone changed it since; -1 saves whatever it is now.
     */
    public Organization update(long organizationId, long openedVersion, OrganizationDraft draft) {
        access.require(Permission.EDIT_ORGANIZATIONS, "UPDATE_ORGANIZATION");
        OrganizationDraft checked = OrganizationValidation.check(draft);
        return database.transaction(() -> {
            if (openedVersion >= 0) {
                RecordVersions.require(database,
                        "organization", "organization", organizationId,
                        openedVersion);
            }
            Organization current = require(organizationId);
            Organization changed = new Organization(current.id(), checked.name(), checked.nameOtherLanguage(),
                    checked.email(), checked.phone(), checked.website(), checked.streetAddress(), checked.city(),
                    checked.postalCode(), checked.province(), current.region(), checked.language(),
                    checked.services(), checked.clienteles(), checked.notes(), current.status(),
                    current.appliedOn(), current.memberSince(), current.statusReason(), current.createdAt(),
                    clock.instant(), current.applicationContactName(), current.applicationContactEmail(),
                    current.version());
            organizations.update(changed);
            Organization updated = require(organizationId);
            audit.changed("UPDATE", "organization", organizationId, current, updated);
            return updated;
        });
    }

    /**
     * Approves an application: the membership becomes active and the administrator account is created,
     * with the organization's email unless another is given. Both happen, or neither.
     */
    public ApprovalResult approve(long organizationId, String administratorEmail) {
        access.require(Permission.DECIDE_MEMBERSHIP, "APPROVE");
        return database.transaction(() -> {
            Organization organization = move(organizationId, MembershipAction.APPROVE, null);
            String email = Texts.isBlank(administratorEmail) ? organization.email() : administratorEmail;
            IssuedAccount administrator = accounts.createAdministrator(organization.id(), organization.name(), email);
            return new ApprovalResult(organization, administrator);
        });
    }

    public Organization reject(long organizationId, String reason) {
        return move(organizationId, MembershipAction.REJECT, reason);
    }

    /** Dues unpaid after the grace period: the organization and its accounts lose member access. */
    public Organization lapse(long organizationId, String reason) {
        return moveWithAccess(organizationId, MembershipAction.LAPSE, reason);
    }

    public Organization renew(long organizationId) {
        return moveWithAccess(organizationId, MembershipAction.RENEW, null);
    }

    public Organization suspend(long organizationId, String reason) {
        return moveWithAccess(organizationId, MembershipAction.SUSPEND, reason);
    }

    public Organization reinstate(long organizationId) {
        return moveWithAccess(organizationId, MembershipAction.REINSTATE, null);
    }

    public Organization withdraw(long organizationId, String reason) {
        return moveWithAccess(organizationId, MembershipAction.WITHDRAW, reason);
    }

    /** A move of a member, whose accounts get member access back or lose it with the membership, together. */
    private Organization moveWithAccess(long organizationId, MembershipAction action, String reason) {
        return database.transaction(() -> {
            Organization organization = move(organizationId, action, reason);
            if (organization.status().grantsAccess()) {
                accounts.restoreAccessOf(organizationId);
            } else {
                accounts.suspendAccessOf(organizationId);
            }
            return organization;
        });
    }

    public Optional<Organization> find(long organizationId) {
        return organizations.find(organizationId);
    }

    /** Every organization by name in the order a reader expects (the database's order is by code point). */
    public List<Organization> all() {
        return CollatedSort.sorted(organizations.findAll(), Organization::name, Locale.CANADA_FRENCH, false);
    }

    /** The applications queue: pending applications, oldest first. */
    public List<Organization> pendingApplications() {
        return CollatedSort.sorted(organizations.findByStatus(MembershipStatus.APPLIED), Organization::name,
                        Locale.CANADA_FRENCH, false).stream()
                .sorted(Comparator.comparing(Organization::appliedOn))
                .toList();
    }

    /** Whether the organization was an active member on that day (by its recorded transitions). */
    public boolean wasActiveMemberOn(long organizationId, LocalDate day) {
        MembershipStatus status = null;
        for (MembershipTransition transition : organizations.transitions(organizationId)) {
            if (transition.occurredAt().atZone(clock.getZone()).toLocalDate().isAfter(day)) {
                break;
            }
            status = transition.to();
        }
        return status == MembershipStatus.ACTIVE;
    }

    /** The organizations in one status now. */
    public List<Organization> withStatus(MembershipStatus status) {
        return organizations.findByStatus(status);
    }

    /** Each organization's status at the end of that day, by the recorded transitions. */
    public Map<Long, MembershipStatus> statusesOn(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<Long, MembershipStatus> statuses = new HashMap<>();
        organizations.transitionsBefore(end).forEach(transition ->
                statuses.put(transition.organizationId(), transition.to()));
        return statuses;
    }

    public List<MembershipTransition> history(long organizationId) {
        return organizations.transitions(organizationId);
    }

    private Organization move(long organizationId, MembershipAction action, String reason) {
        access.require(Permission.DECIDE_MEMBERSHIP, action.name());
        String cleanedReason = Texts.clean(reason);
        if (action.reasonRequired() && cleanedReason == null) {
            throw ValidationException.of("reason", "membership.error.reasonRequired");
        }
        if (cleanedReason != null && cleanedReason.length() > 1000) {
            throw ValidationException.of("reason", "validation.tooLong", 1000);
        }
        return database.transaction(() -> {
            Organization organization = require(organizationId);
            if (!action.allowedFrom(organization.status())) {
                throw new OfficeException("membership.error.illegalTransition", action, organization.name(),
                        organization.status());
            }
            Instant now = clock.instant();
            LocalDate memberSince = organization.memberSince() == null && action.target() == MembershipStatus.ACTIVE
                    ? today() : organization.memberSince();
            organizations.updateStatus(organizationId, action.target(), memberSince, cleanedReason, now);
            organizations.insertTransition(new MembershipTransition(ids.next(), organizationId,
                    organization.status(), action.target(), cleanedReason, actor.name(), now));
            Organization moved = require(organizationId);
            audit.changed(action.name(), "organization", organizationId, organization, moved);
            return moved;
        });
    }

    private Organization require(long organizationId) {
        return organizations.find(organizationId)
                .orElseThrow(() -> new OfficeException("organization.error.notFound"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
