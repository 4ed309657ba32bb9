package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.PaymentStatus;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What staff do to one registration in the list: payments, cancellation, waived and recalculated fees. */
class RegistrationActionsTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private EventSamples samples;
    private EventViewModel page;
    private RegistrationsViewModel list;
    private Registration first;
    private Registration waiting;
    private int closed;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        samples = EventSamples.consultation(testing.office, 1);
        long eventId = samples.consultation.id();
        first = testing.office.registrations().register(eventId, EventSamples.person("Amina Haddad",
                "amina@example.org", null, "Groupe citoyen"));
        waiting = testing.office.registrations().register(eventId, EventSamples.person("Jean Roy",
                "jean@example.org", null, "Groupe citoyen"));
        page = new EventViewModel(testing.office.events(), testing.office.registrations(), testing.office.payments(),
                testing.office.membership(), testing.executor, testing.feedback, testing.localizer, FxTesting.CLOCK);
        list = page.registrationList();
        page.open(samples.consultation, EventViewModel.Tab.REGISTRATIONS);
        list.selectedProperty().set(row(first.id()));
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void aPaymentIsProposedForWhatIsOwedAndRecorded() {
        list.startPayment();
        PaymentFormViewModel payment = list.payment();
        assertThat(payment.amountProperty().get()).isEqualTo("400.00");
        assertThat(payment.paidOnProperty().get()).isEqualTo(LocalDate.now(FxTesting.CLOCK));

        payment.amountProperty().set("150,50");
        payment.methodProperty().set(PaymentMethod.E_TRANSFER);
        payment.referenceProperty().set("CA7Q2");
        payment.save(() -> closed++);

        assertThat(closed).isEqualTo(1);
        Registration paid = row(first.id());
        assertThat(paid.paidCents()).isEqualTo(15_050);
        assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.PARTIAL);
        assertThat(list.selectedProperty().get()).isEqualTo(paid);
        assertThat(list.paidTextProperty().get()).isEqualTo("$150.50");
        assertThat(testing.feedback.notifications())
                .containsExactly("Payment of $150.50 recorded for Amina Haddad. Still owed: $249.50.");
        assertThat(list.detailTextProperty().get()).contains("Whole event")
                .contains("Payments: $150.50 on ").contains("(e-Transfer)");
    }

    @Test
    void theSelectedRegistrationShowsItsDaysSessionsAndNeeds() {
        Registration registration = testing.office.registrations().register(samples.consultation.id(),
                new RegistrationDraft(new ContactDraft("Nguyễn Thị Hương", "huong@example.org", null, Language.EN,
                        null, null), null, "Youth Network", null, Set.of(EventSamples.START),
                        Set.of(samples.protection.id()), Language.EN, null, "Halal", null, "Two children", null));
        page.reload();

        list.selectedProperty().set(row(registration.id()));

        assertThat(list.detailTextProperty().get().lines()).containsExactly(
                "huong@example.org · English · Days: " + testing.localizer.date(EventSamples.START),
                "Sessions: Protection in Canada",
                "Dietary needs: Halal · Childcare: Two children",
                "No payments yet.");
    }

    @Test
    void aMalformedOrNegativeAmountIsRefusedBesideTheFieldWithWhatElseIsMissing() {
        list.startPayment();
        PaymentFormViewModel payment = list.payment();

        payment.amountProperty().set("12.5.0");
        payment.save(() -> closed++);
        assertThat(payment.errors().text("amount").get())
                .isEqualTo("Type an amount in dollars, such as 12.50, 12,50 or 1 000.");
        assertThat(payment.errors().text("method").get()).isEqualTo("Required.");

        payment.amountProperty().set("-5");
        payment.save(() -> closed++);
        assertThat(payment.errors().text("amount").get()).isEqualTo("Cannot be negative.");

        payment.amountProperty().set("0");
        payment.methodProperty().set(PaymentMethod.CASH);
        payment.save(() -> closed++);
        assertThat(payment.errors().text("amount").get()).isEqualTo("Must be greater than zero.");
        assertThat(payment.errors().text("method").get()).isEmpty();

        assertThat(closed).isZero();
        assertThat(testing.office.payments().payments(first.id())).isEmpty();
    }

    @Test
    void cancellingAPlaceGivesItToTheFirstWaitingAndTheNotificationNamesThem() {
        list.cancelSelected();

        assertThat(row(first.id()).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(row(waiting.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(list.waitlistedTextProperty().get()).isEqualTo("0");
        assertThat(list.canCancelProperty().get()).isFalse();
        assertThat(testing.feedback.notifications()).containsExactly(
                "The registration of Amina Haddad is cancelled. Jean Roy moves from the waitlist to the freed place.");
    }

    @Test
    void aFeeIsWaivedOnlyForAReasonWhichTheAuditTrailKeepsAndCanBeChargedAgain() {
        list.startWaiving();
        list.waiveSelected(() -> closed++);
        assertThat(closed).as("no reason: the form stays open").isZero();
        assertThat(list.waiveErrors().text("reason").get()).isEqualTo("Required.");
        assertThat(row(first.id()).feeWaived()).isFalse();

        list.waiveReasonProperty().set("Speaker at the opening panel");
        list.waiveSelected(() -> closed++);
        assertThat(closed).isEqualTo(1);
        Registration waived = row(first.id());
        assertThat(waived.paymentStatus()).isEqualTo(PaymentStatus.WAIVED);
        assertThat(waived.feeWaivedReason()).isEqualTo("Speaker at the opening panel");
        assertThat(list.owedTextProperty().get()).isEqualTo("$0.00");
        assertThat(list.waiveTextProperty().get()).isEqualTo("Charge the fee again");
        assertThat(testing.office.audit().entries("registration", first.id(), 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("WAIVE_FEE");
            assertThat(entry.after()).contains("Speaker at the opening panel");
        });

        list.restoreFeeSelected();
        assertThat(row(first.id()).feeWaived()).isFalse();
        assertThat(row(first.id()).feeWaivedReason()).isNull();
        assertThat(list.owedTextProperty().get()).isEqualTo("$400.00");
    }

    @Test
    void recalculatingAppliesTheCurrentFeeSchedule() {
        testing.office.events().updateRate(samples.nonMember.id(), new RateCategoryDraft(RateKind.NON_MEMBER,
                "Non-membre", "Non-member", 45_000L, 18_000L, null, null));

        list.recalculateSelected();

        assertThat(row(first.id()).amountDueCents()).isEqualTo(45_000);
        assertThat(testing.feedback.notifications())
                .containsExactly("The registration fee of Amina Haddad is recalculated: $400.00 before, $450.00 now.");
    }

    private Registration row(long id) {
        return page.registrations().stream().filter(registration -> registration.id() == id).findFirst()
                .orElseThrow();
    }
}
