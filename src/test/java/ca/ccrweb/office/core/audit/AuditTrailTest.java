package ca.ccrweb.office.core.audit;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.membership.ApprovalResult;
import ca.ccrweb.office.core.membership.Province;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static ca.ccrweb.office.core.TestOffices.draft;
import static ca.ccrweb.office.core.db.schema.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyChangeIsRecordedWithWhoWhenAndTheValuesBeforeAndAfterButNeverTheActivationCode(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        long id = office.membership().apply(draft("Société d’accueil « Bon Voisin »", "info@bonvoisin.example",
                Province.QC)).id();
        ApprovalResult approval = office.membership().approve(id, null);
        IssuedAccount reissued = office.accounts().issueNewActivationCode(approval.administrator().account().id());

        List<AuditEntry> organizationLines = office.audit().entries("organization", id, 10);
        assertThat(organizationLines).extracting(AuditEntry::action).containsExactly("APPROVE", "APPLY");
        AuditEntry approve = organizationLines.getFirst();
        assertThat(approve.actor()).isEqualTo("test.staff");
        assertThat(approve.workstation()).isNotBlank();
        assertThat(approve.occurredAt()).isEqualTo(TestOffices.NOW);
        assertThat(approve.before()).contains("\"status\":\"APPLIED\"").contains("Société d’accueil « Bon Voisin »");
        assertThat(approve.after()).contains("\"status\":\"ACTIVE\"");
        assertThat(office.audit().entries("account", null, 10)).extracting(AuditEntry::action)
                .containsExactly("NEW_ACTIVATION_CODE", "CREATE");
        String everything = office.database().dsl().selectFrom(AUDIT_ENTRY).fetch().formatCSV();
        assertThat(everything).doesNotContain(approval.administrator().activationCode())
                .doesNotContain(reissued.activationCode()).doesNotContain("sha256$");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRefusedChangeLeavesNoLine(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        long id = office.membership().apply(draft("Accueil", "a@example.org", Province.QC)).id();

        assertThatThrownBy(() -> office.membership().reject(id, " ")).isInstanceOf(ValidationException.class);

        assertThat(office.audit().entries(null, null, 10)).extracting(AuditEntry::action).containsExactly("APPLY");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDatabaseItselfRefusesToChangeOrRemoveAuditLines(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        office.membership().apply(draft("Accueil", "a@example.org", Province.QC));
        var dsl = office.database().dsl();

        assertThatThrownBy(() -> dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTOR, "someone else").execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_ENTRY).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(dsl.fetchCount(AUDIT_ENTRY)).isEqualTo(1);
        assertThat(dsl.fetchValue(AUDIT_ENTRY.ACTOR)).isEqualTo("test.staff");
    }
}
