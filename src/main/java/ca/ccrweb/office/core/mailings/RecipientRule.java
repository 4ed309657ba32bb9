package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.l10n.Language;
import org.jooq.Condition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static ca.ccrweb.office.core.db.schema.Tables.ACCOUNT;
import static ca.ccrweb.office.core.db.schema.Tables.CONTACT;
import static ca.ccrweb.office.core.db.schema.Tables.DUES_SETTING;
import static ca.ccrweb.office.core.db.schema.Tables.EVENT;
import static ca.ccrweb.office.core.db.schema.Tables.FUND_APPLICATION;
import static ca.ccrweb.office.core.db.schema.Tables.LIST_SUBSCRIPTION;
import static ca.ccrweb.office.core.db.schema.Tables.MAILING_LIST;
import static ca.ccrweb.office.core.db.schema.Tables.MEMBERSHIP_DUES;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION;

/**
 * Who an audience is, as the member guide says: a member mailing goes to each active member organization's
 * email and to the emails of all its active accounts; an address counts once whatever its case (the first
 * seen wins: the organization's own, then its accounts in the order they were made). Lapsed, suspended and
 * withdrawn members get nothing, and so does a member the dues rule has lapsed though nobody has run the lapse
 * yet: dues unpaid more than the grace period after they fell due (ADR 0019, {@code DuesService.lapsePreview}); people who unsubscribed from member mailings are left out of every audience
 * but a list, and a list's unsubscribed people are left out of that list.
 */
final class RecipientRule {
    private static final String ACTIVE = "ACTIVE";

    private final Database database;
    private final Clock clock;

    RecipientRule(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    List<Recipient> recipients(Audience audience) {
        List<Recipient> found = switch (audience.kind()) {
            case MEMBERS -> members(false);
            case ADMINISTRATORS -> members(true);
            case LIST -> list(audience.listId());
            case EVENT_REGISTRANTS -> registrants(audience);
            case FUND_APPLICANTS -> fundApplicants(audience.fundYear());
            case ONE_PERSON -> List.of();
        };
        Set<String> left = audience.kind() == AudienceKind.LIST ? Set.of() : stoppedMemberMailings();
        Map<String, Recipient> once = new LinkedHashMap<>();
        for (Recipient recipient : found) {
            String key = key(recipient.email());
            if (!left.contains(key)) {
                once.putIfAbsent(key, recipient);
            }
        }
        return new ArrayList<>(once.values());
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private List<Recipient> members(boolean administratorsOnly) {
        Map<String, Language> contactLanguages = new HashMap<>();
        database.dsl().select(CONTACT.EMAIL_KEY, CONTACT.LANGUAGE).from(CONTACT).where(CONTACT.EMAIL_KEY.isNotNull())
                .forEach(row -> contactLanguages.put(row.value1(), Language.fromCode(row.value2())));
        List<Recipient> found = new ArrayList<>();
        Map<Long, List<Recipient>> accountsByOrganization = new HashMap<>();
        Condition accounts = ACCOUNT.STATUS.eq(ACTIVE);
        if (administratorsOnly) {
            accounts = accounts.and(ACCOUNT.KIND.eq("ADMINISTRATOR"));
        }
        database.dsl().select(ACCOUNT.ORGANIZATION_ID, ACCOUNT.EMAIL, ACCOUNT.FULL_NAME, ORGANIZATION.NAME,
                        ORGANIZATION.LANGUAGE)
                .from(ACCOUNT).join(ORGANIZATION).on(ORGANIZATION.ID.eq(ACCOUNT.ORGANIZATION_ID))
                .where(accounts, ORGANIZATION.MEMBERSHIP_STATUS.eq(ACTIVE))
                .orderBy(ACCOUNT.CREATED_AT, ACCOUNT.ID)
                .forEach(row -> accountsByOrganization.computeIfAbsent(row.value1(), id -> new ArrayList<>())
                        .add(new Recipient(row.value2(), row.value3(), row.value4(), null,
                                contactLanguages.getOrDefault(key(row.value2()), Language.fromCode(row.value5())))));
        Set<Long> overdue = overdueMembers();
        database.dsl().select(ORGANIZATION.ID, ORGANIZATION.EMAIL, ORGANIZATION.NAME, ORGANIZATION.LANGUAGE)
                .from(ORGANIZATION).where(ORGANIZATION.MEMBERSHIP_STATUS.eq(ACTIVE))
                .orderBy(ORGANIZATION.NAME, ORGANIZATION.ID)
                .forEach(row -> {
                    if (overdue.contains(row.value1())) {
                        return;
                    }
                    if (!administratorsOnly) {
                        found.add(new Recipient(row.value2(), row.value3(), row.value3(), null,
                                Language.fromCode(row.value4())));
                    }
                    found.addAll(accountsByOrganization.getOrDefault(row.value1(), List.of()));
                });
        return found;
    }

    private List<Recipient> list(long listId) {
        return database.dsl().select(CONTACT.EMAIL, CONTACT.FULL_NAME, ORGANIZATION.NAME, CONTACT.ORGANIZATION_NAME,
                        LIST_SUBSCRIPTION.LANGUAGE)
                .from(LIST_SUBSCRIPTION).join(CONTACT).on(CONTACT.ID.eq(LIST_SUBSCRIPTION.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .where(LIST_SUBSCRIPTION.LIST_ID.eq(listId), LIST_SUBSCRIPTION.UNSUBSCRIBED_ON.isNull(),
                        CONTACT.EMAIL.isNotNull())
                .orderBy(CONTACT.NAME_KEY, CONTACT.ID)
                .fetch(row -> new Recipient(row.value1(), row.value2(), row.value3() != null ? row.value3() : row.value4(),
                        null, row.value5() == null ? null : Language.fromCode(row.value5())));
    }

    private List<Recipient> registrants(Audience audience) {
        var registration = REGISTRATION;
        Condition condition = registration.EVENT_ID.eq(audience.eventId());
        if (audience.registrationStatus() != null) {
            condition = condition.and(registration.STATUS.eq(audience.registrationStatus().name()));
        }
        return database.dsl().select(CONTACT.EMAIL, CONTACT.FULL_NAME, ORGANIZATION.NAME, registration.ORGANIZATION_NAME,
                        registration.LANGUAGE, EVENT.TITLE_FR, EVENT.TITLE_EN)
                .from(registration).join(CONTACT).on(CONTACT.ID.eq(registration.CONTACT_ID))
                .join(EVENT).on(EVENT.ID.eq(registration.EVENT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(registration.ORGANIZATION_ID))
                .where(condition, CONTACT.EMAIL.isNotNull())
                .orderBy(CONTACT.NAME_KEY, CONTACT.ID)
                .fetch(row -> {
                    Language language = Language.fromCode(row.value5());
                    return new Recipient(row.value1(), row.value2(), row.value3() != null ? row.value3() : row.value4(),
                            language == Language.FR ? row.value6() : row.value7(), language);
                });
    }

    private List<Recipient> fundApplicants(int year) {
        return database.dsl().select(CONTACT.EMAIL, CONTACT.FULL_NAME, ORGANIZATION.NAME, FUND_APPLICATION.LANGUAGE)
                .from(FUND_APPLICATION).join(CONTACT).on(CONTACT.ID.eq(FUND_APPLICATION.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(FUND_APPLICATION.ORGANIZATION_ID))
                .where(FUND_APPLICATION.FUND_YEAR.eq(year), CONTACT.EMAIL.isNotNull())
                .orderBy(CONTACT.NAME_KEY, CONTACT.ID)
                .fetch(row -> new Recipient(row.value1(), row.value2(), row.value3(), null,
                        Language.fromCode(row.value4())));
    }

    /** Active members whose dues are unpaid more than the grace period after they fell due: lapsed by the rule. */
    private Set<Long> overdueMembers() {
        int graceDays = database.dsl().select(DUES_SETTING.GRACE_DAYS).from(DUES_SETTING)
                .where(DUES_SETTING.ID.eq(1)).fetchOptional(DUES_SETTING.GRACE_DAYS).orElse(0);
        LocalDate limit = LocalDate.now(clock).minusDays(graceDays);
        return new HashSet<>(database.dsl().selectDistinct(MEMBERSHIP_DUES.ORGANIZATION_ID).from(MEMBERSHIP_DUES)
                .where(MEMBERSHIP_DUES.PAID_ON.isNull(), MEMBERSHIP_DUES.DUE_ON.lt(limit))
                .fetch(MEMBERSHIP_DUES.ORGANIZATION_ID));
    }

    private Set<String> stoppedMemberMailings() {
        return database.dsl().select(CONTACT.EMAIL_KEY).from(LIST_SUBSCRIPTION)
                .join(CONTACT).on(CONTACT.ID.eq(LIST_SUBSCRIPTION.CONTACT_ID))
                .join(MAILING_LIST).on(MAILING_LIST.ID.eq(LIST_SUBSCRIPTION.LIST_ID))
                .where(MAILING_LIST.CODE.eq(MailingList.MEMBERS), LIST_SUBSCRIPTION.UNSUBSCRIBED_ON.isNotNull(),
                        CONTACT.EMAIL_KEY.isNotNull())
                .fetchSet(CONTACT.EMAIL_KEY).stream().collect(Collectors.toSet());
    }
}
