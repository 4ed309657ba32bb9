package ca.ccrweb.office.core.security;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditOutcome;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.db.TestDatabases;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static ca.ccrweb.office.core.db.schema.Tables.AUDIT_ENTRY;
import static ca.ccrweb.office.core.db.schema.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StaffServiceTest {
    private static final String PASSWORD = "Réfugié·es 2026 ✓";

    @TempDir
    Path folder;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-23T15:00:00Z"));

    private OfficeServices open(Engine engine) {
        return new OfficeServices(Database.open(TestDatabases.settings(engine, folder)), clock, new Session());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFirstStartMakesTheAdministratorOnceAndItSignsInWithAnArgon2idHash(Engine engine) {
        OfficeServices office = open(engine);
        assertThat(office.staff().needsFirstAdministrator()).isTrue();

        office.staff().createFirstAdministrator("direction", "Amina Haddad", PASSWORD);

        assertThat(office.staff().needsFirstAdministrator()).isFalse();
        assertThatThrownBy(() -> office.staff().createFirstAdministrator("other", "Other", PASSWORD))
                .isInstanceOf(OfficeException.class);
        String hash = office.database().dsl().fetchValue(STAFF_USER.PASSWORD_HASH);
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        SignedIn signedIn = office.staff().signIn("DIRECTION", PASSWORD);
        assertThat(signedIn.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(signedIn.user().lastSignInAt()).isEqualTo(clock.instant());
        String everything = office.database().dsl().selectFrom(AUDIT_ENTRY).fetch().formatCSV();
        assertThat(everything).contains("SIGN_IN").doesNotContain(PASSWORD).doesNotContain("$argon2");
    }

    @Test
    void repeatedFailuresMakeTheNextAttemptWaitLongerAndLongerAndAreAudited() {
        OfficeServices office = open(Engine.SQLITE);
        office.staff().createFirstAdministrator("direction", "Amina Haddad", PASSWORD);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> office.staff().signIn("direction", "wrong password"))
                    .isInstanceOfSatisfying(OfficeException.class,
                            e -> assertThat(e.key()).isEqualTo("staff.error.wrongCredentials"));
        }
        OfficeException waiting = catchThrowableOfType(OfficeException.class,
                () -> office.staff().signIn("direction", PASSWORD));
        assertThat(waiting.key()).isEqualTo("staff.error.wait");

        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> office.staff().signIn("direction", "wrong again")).isInstanceOf(OfficeException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(catchThrowableOfType(OfficeException.class, () -> office.staff().signIn("direction", PASSWORD))
                .key()).isEqualTo("staff.error.wait");
        clock.advance(Duration.ofSeconds(2));
        assertThat(office.staff().signIn("direction", PASSWORD).name()).isEqualTo("direction");

        assertThat(office.audit().entries("staff_user", "direction", 20)).extracting(AuditEntry::outcome)
                .contains(AuditOutcome.FAILED, AuditOutcome.DONE);
        assertThat(StaffService.waitAfter(30)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameMessage() {
        OfficeServices office = open(Engine.SQLITE);
        office.staff().createFirstAdministrator("direction", "Amina Haddad", PASSWORD);

        OfficeException unknown = catchThrowableOfType(OfficeException.class, () -> office.staff().signIn("nobody", PASSWORD));
        OfficeException wrong = catchThrowableOfType(OfficeException.class, () -> office.staff().signIn("direction", "x"));

        assertThat(unknown.key()).isEqualTo(wrong.key());
    }

    @Test
    void aHashMadeWithWeakerParametersIsReplacedAtTheNextSignIn() {
        OfficeServices office = open(Engine.SQLITE);
        office.staff().createFirstAdministrator("direction", "Amina Haddad", PASSWORD);
        String weak = Argon2Function.getInstance(4_096, 1, 1, 32, Argon2.ID).hash(PASSWORD).getResult();
        office.database().dsl().update(STAFF_USER).set(STAFF_USER.PASSWORD_HASH, weak).execute();

        office.staff().signIn("direction", PASSWORD);

        assertThat(office.database().dsl().fetchValue(STAFF_USER.PASSWORD_HASH)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void administratorsMakeResetAndDisableUsersAndEveryoneChangesTheirOwnPassword() {
        OfficeServices office = open(Engine.SQLITE);
        office.staff().createFirstAdministrator("direction", "Amina Haddad", PASSWORD);
        OfficeServices asAdministrator = new OfficeServices(office.database(), clock, office.staff().signIn("direction", PASSWORD));

        StaffUser viewer = asAdministrator.staff().createUser("benevole", "Zoë Côté", Role.VIEWER, "mot de passe temporaire");
        assertThat(viewer.mustChangePassword()).isTrue();
        ValidationException shortPassword = catchThrowableOfType(ValidationException.class,
                () -> asAdministrator.staff().createUser("court", "Court", Role.STAFF, "court"));
        assertThat(shortPassword.errorFor("password")).isPresent();
        assertThat(catchThrowableOfType(ValidationException.class, () -> asAdministrator.staff().createUser("BENEVOLE",
                "Autre", Role.STAFF, "un autre mot de passe")).errorFor("username")).isPresent();

        SignedIn volunteer = office.staff().signIn("benevole", "mot de passe temporaire");
        office.staff().changeOwnPassword(volunteer, "mot de passe temporaire", "mon nouveau mot de passe");
        assertThat(office.staff().signIn("benevole", "mon nouveau mot de passe").user().mustChangePassword()).isFalse();

        asAdministrator.staff().setActive(viewer.id(), false);
        assertThat(catchThrowableOfType(OfficeException.class,
                () -> office.staff().signIn("benevole", "mon nouveau mot de passe")).key()).isEqualTo("staff.error.disabled");

        OfficeServices asViewer = new OfficeServices(office.database(), clock, volunteer);
        assertThat(catchThrowableOfType(OfficeException.class, () -> asViewer.staff().resetPassword(viewer.id(),
                "nouveau temporaire")).key()).isEqualTo("security.error.denied");
    }

    @Test
    void aPersonWhosePasswordWasResetMustChooseANewOneAndCannotKeepTheTemporaryOne() {
        OfficeServices office = open(Engine.SQLITE);
        office.staff().createFirstAdministrator("direction", "Amina Haddad", PASSWORD);
        OfficeServices asAdministrator = new OfficeServices(office.database(), clock,
                office.staff().signIn("direction", PASSWORD));
        StaffUser paul = asAdministrator.staff().createUser("paul", "Paul Nguyen", Role.STAFF, "mon premier secret");
        asAdministrator.staff().resetPassword(paul.id(), "temporaire du bureau");

        SignedIn signedIn = office.staff().signIn("paul", "temporaire du bureau");
        assertThat(signedIn.user().mustChangePassword()).isTrue();
        ValidationException kept = catchThrowableOfType(ValidationException.class,
                () -> office.staff().chooseNewPassword(signedIn, "temporaire du bureau"));
        assertThat(kept.errorFor("newPassword")).hasValueSatisfying(
                error -> assertThat(error.key()).isEqualTo("staff.error.samePassword"));
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> office.staff().chooseNewPassword(signedIn, "court")).errorFor("newPassword")).isPresent();

        StaffUser chosen = office.staff().chooseNewPassword(signedIn, "le secret de Paul, à lui seul");

        assertThat(chosen.mustChangePassword()).isFalse();
        assertThat(office.staff().signIn("paul", "le secret de Paul, à lui seul").user().mustChangePassword())
                .isFalse();
        assertThat(office.audit().entries("staff_user", paul.id(), 10)).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("CREATE", "RESET_PASSWORD", "CHOOSE_NEW_PASSWORD");
        String everything = office.database().dsl().selectFrom(AUDIT_ENTRY).fetch().formatCSV();
        assertThat(everything).doesNotContain("temporaire du bureau").doesNotContain("le secret de Paul");
    }

    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
