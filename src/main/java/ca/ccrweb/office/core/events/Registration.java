package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Region;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registration as the lists show it: the person, the organization (a member, or free text), the rate,
 * the computed amount due, what has been paid (refunds subtracted), and the status. {@code coveredByFund}: an
 * Amina Malko fund award names this event for this person, so the fund pays the fee. {@code feeWaivedReason}: why
 * staff waived the fee (null unless waived).
 */
public record Registration(
        long id,
        long eventId,
        long contactId,
        String fullName,
        String email,
        Long organizationId,
        String organizationName,
        Region region,
        long rateCategoryId,
        RateKind rateKind,
        String rateLabelFr,
        String rateLabelEn,
        LocalDate registeredOn,
        long amountDueCents,
        long paidCents,
        long refundedCents,
        boolean feeWaived,
        RegistrationStatus status,
        Language language,
        String accessibilityNeeds,
        String dietaryNeeds,
        String interpretation,
        String childcareNeeds,
        Instant checkedInAt,
        Instant createdAt,
        boolean coveredByFund,
        String feeWaivedReason,
        long version) {

    public String rateLabel(Language displayLanguage) {
        return displayLanguage == Language.FR ? rateLabelFr : rateLabelEn;
    }

    /** What is still owed: nothing when the fee is waived or covered by the fund, or the registration cancelled. */
    public long owedCents() {
        if (feeWaived || coveredByFund || status == RegistrationStatus.CANCELLED || status == RegistrationStatus.WAITLISTED) {
            return 0;
        }
        return Math.max(0, amountDueCents - paidCents);
    }

    public PaymentStatus paymentStatus() {
        if (coveredByFund) {
            return PaymentStatus.COVERED_BY_FUND;
        }
        if (feeWaived) {
            return PaymentStatus.WAIVED;
        }
        if (refundedCents > 0 && paidCents <= 0) {
            return PaymentStatus.REFUNDED;
        }
        if (paidCents <= 0) {
            return amountDueCents == 0 ? PaymentStatus.PAID : PaymentStatus.UNPAID;
        }
        return paidCents >= amountDueCents ? PaymentStatus.PAID : PaymentStatus.PARTIAL;
    }
}
