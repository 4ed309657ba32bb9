package ca.ccrweb.office.core.audit;

import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditReadingTest {
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final AuditEntry PAYMENT = new AuditEntry(1, Instant.parse("2026-12-07T19:03:00Z"), "amina",
            "poste-1", "PAYMENT", "registration", "1234",
            "{\"id\":1234,\"fullName\":\"Zoë Côté\",\"paidCents\":0,\"status\":\"REGISTERED\",\"feeWaived\":false,"
                    + "\"registeredOn\":\"2026-11-02\",\"province\":\"QC\"}",
            "{\"id\":1234,\"fullName\":\"Zoë Côté\",\"paidCents\":25000,\"status\":\"ATTENDED\",\"feeWaived\":true,"
                    + "\"registeredOn\":\"2026-11-02\",\"province\":\"QC\"}", AuditOutcome.DONE);

    private static AuditReading in(Language language) {
        return new AuditReading(Messages.of(language), MONTREAL, Map.of("amina", "Amina Haddad")::get);
    }

    @Test
    void aLineReadsAsASentenceNamingThePersonInEitherLanguage() {
        assertThat(in(Language.FR).sentence(PAYMENT))
                .startsWith("Amina Haddad a enregistré un paiement pour l’inscription 1234, le ")
                .contains("2026");
        assertThat(in(Language.EN).sentence(PAYMENT))
                .startsWith("Amina Haddad recorded a payment for the registration 1234, ");
        assertThat(in(Language.FR).what(PAYMENT)).isEqualTo("A enregistré un paiement pour l’inscription");
    }

    @Test
    void theValuesBeforeAndAfterAreLabelledFieldsWithTranslatedValuesChangedFirst() {
        var changes = in(Language.FR).changes(PAYMENT);
        assertThat(changes).first().satisfies(first -> assertThat(first.changed()).isTrue());
        assertThat(changes).contains(
                new AuditReading.FieldChange("Payé", "0,00\u00A0$", "250,00\u00A0$", true),
                new AuditReading.FieldChange("État", "Inscrit", "Présent", true),
                new AuditReading.FieldChange("Frais exonérés", "Non", "Oui", true),
                new AuditReading.FieldChange("Province", "Québec", "Québec", false),
                new AuditReading.FieldChange("Nom", "Zoë Côté", "Zoë Côté", false));
        assertThat(changes).noneMatch(change -> change.field().matches(".*[a-z][A-Z].*"));
    }

    @Test
    void nobodySignedInAndUnknownCodesStillReadAsWords() {
        AuditEntry signedOut = new AuditEntry(2, Instant.parse("2026-12-07T19:03:00Z"), "(signed out)", "poste-1",
                "SOMETHING_NEW", "staff_user", "x", null, "{\"reason\":\"wrong password\"}", AuditOutcome.DENIED);
        assertThat(in(Language.FR).who(signedOut)).isEqualTo("Personne de connecté");
        assertThat(in(Language.EN).what(signedOut)).isEqualTo("Something new the staff account");
        assertThat(in(Language.FR).changes(signedOut)).containsExactly(
                new AuditReading.FieldChange("Motif", "—", "wrong password", true));
    }

    @Test
    void nestedValuesReadAsLabelledFieldsAndTheChangesAsOneLineEach() {
        AuditEntry update = new AuditEntry(3, Instant.parse("2026-12-07T19:03:00Z"), "amina", "poste-1", "UPDATE",
                "quarterly_update", "77", "{\"figures\":[{\"label\":\"Membres\",\"value\":\"212\"}],"
                + "\"status\":\"DRAFT\"}",
                "{\"figures\":[{\"label\":\"Membres\",\"value\":\"214\"},{\"label\":\"Jeunes\","
                + "\"value\":\"30\"}],\"status\":\"DRAFT\"}", AuditOutcome.DONE);

        String changes = in(Language.EN).changesText(update);

        assertThat(changes).doesNotContain("{").doesNotContain("\"");
        assertThat(changes.lines()).singleElement().asString()
                .contains("Label: Membres, Value: 214 | Label: Jeunes, Value: 30");
        assertThat(in(Language.FR).changesText(PAYMENT).lines()).contains("Payé\u00A0: 0,00\u00A0$ → 250,00\u00A0$",
                "État\u00A0: Inscrit → Présent");
    }
}
