package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.l10n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MailingListServiceTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private MailingListService lists;

    @BeforeEach
    void open() {
        office = TestOffices.openSqlite(folder);
        lists = office.mailingLists();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theCouncilsListsExistFromTheStart() {
        assertThat(lists.lists()).extracting(MailingList::code)
                .containsExactly("CCRLIST", "CHRONIQUE", "TRAFFICKING", "MEMBERS");
        assertThat(lists.listByCode(MailingList.CHRONIQUE).name(Language.FR)).isEqualTo("la Chronique du CCR");
        assertThat(lists.listByCode(MailingList.CCRLIST).organizationRequired()).isTrue();
    }

    @Test
    void ccrlistAsksForTheNameAndTheOrganization() {
        long ccrlist = lists.listByCode(MailingList.CCRLIST).id();

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> lists.subscribe(ccrlist,
                new SubscriberDraft(null, "amal@example.org", " ", Language.FR, ConsentKind.EXPRESS, null,
                        ConsentSource.EMAIL)));

        assertThat(refused.errors()).extracting(error -> error.field()).containsExactly("fullName", "organizationName");
        assertThat(lists.subscribers(ccrlist)).isEmpty();
    }

    @Test
    void aSubscriberIsTheKnownContactWhateverTheCaseOfTheEmail() {
        long known = office.contacts().findOrCreate(new ContactDraft("Amal Haddad", "Amal.Haddad@example.org", null,
                Language.FR, null, "Maison d'Haïti")).id();
        long chronique = lists.listByCode(MailingList.CHRONIQUE).id();

        Subscriber subscriber = lists.subscribe(chronique, new SubscriberDraft("A. Haddad", "amal.haddad@EXAMPLE.org",
                null, Language.FR, ConsentKind.EXPRESS, LocalDate.of(2026, 11, 2), ConsentSource.FORM));

        assertThat(subscriber.contactId()).isEqualTo(known);
        assertThat(subscriber.fullName()).isEqualTo("Amal Haddad");
        assertThat(office.contacts().all()).hasSize(1);
        assertThat(lists.summaries()).filteredOn(summary -> summary.list().id() == chronique)
                .singleElement().satisfies(summary -> assertThat(summary.subscribed()).isEqualTo(1));
    }

    @Test
    void consentAndUnsubscribeAreAudited() {
        long bulletins = lists.listByCode(MailingList.TRAFFICKING).id();
        Subscriber subscriber = lists.subscribe(bulletins, new SubscriberDraft("Nguyễn Thị Lan", "lan@example.org",
                null, Language.EN, ConsentKind.EXPRESS, LocalDate.of(2026, 10, 1), ConsentSource.EVENT_REGISTRATION));

        Subscriber left = lists.unsubscribe(subscriber.id(), LocalDate.of(2026, 11, 20), "Asked by email");

        assertThat(left.subscribed()).isFalse();
        assertThat(left.unsubscribeReason()).isEqualTo("Asked by email");
        List<AuditEntry> trail = office.audit().entries("list_subscription", subscriber.id(), 10);
        assertThat(trail).extracting(AuditEntry::action).containsExactlyInAnyOrder("SUBSCRIBE", "UNSUBSCRIBE");
        assertThat(trail).anySatisfy(line -> assertThat(String.valueOf(line.after()))
                .contains("EVENT_REGISTRATION").contains("2026-10-01"));
        assertThat(trail).anySatisfy(line -> assertThat(String.valueOf(line.after()))
                .contains("2026-11-20").contains("Asked by email"));
    }

    @Test
    void anUnsubscribedPersonComesBackOnlyWithExpressConsentAndNeverByImport() {
        long chronique = lists.listByCode(MailingList.CHRONIQUE).id();
        Subscriber subscriber = lists.subscribe(chronique, new SubscriberDraft("Jean Roy", "jean@example.org", null,
                Language.FR, ConsentKind.IMPLIED, null, ConsentSource.EVENT_REGISTRATION));
        lists.unsubscribe(subscriber.id(), null, null);

        MailingListService.Subscription imported = lists.importSubscriber(chronique, new SubscriberDraft("Jean Roy",
                "JEAN@example.org", null, Language.FR, ConsentKind.EXPRESS, null, ConsentSource.IMPORT));
        ValidationException implied = catchThrowableOfType(ValidationException.class, () -> lists.subscribe(chronique,
                new SubscriberDraft("Jean Roy", "jean@example.org", null, Language.FR, ConsentKind.IMPLIED, null,
                        ConsentSource.FORM)));

        assertThat(imported.outcome()).isEqualTo(MailingListService.Outcome.KEPT_OUT);
        assertThat(implied.errorFor("consentKind")).isPresent();
        assertThat(lists.subscribers(chronique)).singleElement().satisfies(s -> assertThat(s.subscribed()).isFalse());

        Subscriber back = lists.subscribe(chronique, new SubscriberDraft("Jean Roy", "jean@example.org", null,
                Language.FR, ConsentKind.EXPRESS, null, ConsentSource.EMAIL));
        assertThat(back.subscribed()).isTrue();
        assertThat(office.audit().entries("list_subscription", subscriber.id(), 10)).extracting(AuditEntry::action)
                .contains("RESUBSCRIBE");
    }

    @Test
    void theOfficeAddsItsOwnLists() {
        MailingList added = lists.addList("Réseau des jeunes", "Youth Network", false);

        assertThat(lists.summaries()).extracting(summary -> summary.list().nameEn()).contains("Youth Network");
        assertThat(added.code()).isNull();
    }
}
