package ca.ccrweb.office.desktop.dues;

import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationDuesViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private OrganizationDuesViewModel viewModel;
    private final List<Organization> changed = new ArrayList<>();
    private Organization member;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        member = testing.member("Centre d’accueil de Montréal", "info@accueil.example", "Montréal", Province.QC);
        testing.office.dues().assess(member.id(), 2026, testing.office.dues().brackets().get(1).id(),
                LocalDate.of(2026, 3, 31));
        viewModel = new OrganizationDuesViewModel(testing.office, testing.executor, testing.feedback,
                testing.localizer, changed::add);
        viewModel.show(member);
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void anAmountThatCannotBeReadIsSaidBesideTheFieldAndNothingIsRecorded() {
        viewModel.startPayment();
        viewModel.amountProperty().set("deux cents");
        viewModel.methodProperty().set(PaymentMethod.CHEQUE);

        viewModel.recordPayment(() -> { });

        assertThat(viewModel.errors().errorFor("amount")).isPresent();
        assertThat(testing.office.dues().paymentsOf(member.id())).isEmpty();
    }

    @Test
    void aPaymentAboveTheBalanceIsRefusedBesideTheAmount() {
        viewModel.startPayment();
        viewModel.amountProperty().set("250.00");
        viewModel.methodProperty().set(PaymentMethod.CHEQUE);

        viewModel.recordPayment(() -> { });

        assertThat(viewModel.errors().text("amount").get()).isEqualTo("More than the balance of $200.00.");
    }

    @Test
    void theBalanceIsOfferedAndPayingItSettlesTheYearAndRenewsALapsedMember() {
        testing.office.membership().lapse(member.id(), "unpaid");
        viewModel.show(testing.office.membership().find(member.id()).orElseThrow());
        viewModel.startPayment();
        assertThat(viewModel.amountProperty().get()).isEqualTo("200.00");
        viewModel.methodProperty().set(PaymentMethod.E_TRANSFER);
        viewModel.referenceProperty().set("ET-1");
        List<String> closed = new ArrayList<>();

        viewModel.recordPayment(() -> closed.add("closed"));

        assertThat(closed).containsExactly("closed");
        assertThat(viewModel.lines()).singleElement().satisfies(line -> assertThat(line.paid()).isTrue());
        assertThat(viewModel.payments()).hasSize(1);
        assertThat(changed).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(MembershipStatus.ACTIVE));
        assertThat(testing.feedback.notifications()).anySatisfy(text -> assertThat(text).contains("$200.00",
                "Balance: $0.00"));
    }
}
