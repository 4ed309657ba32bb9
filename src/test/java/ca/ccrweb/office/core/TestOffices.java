package ca.ccrweb.office.core;

import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.db.TestDatabases;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** Services over a real, freshly migrated database of the given engine, at a fixed date. */
public final class TestOffices {
    public static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("America/Toronto"));

    private TestOffices() {
    }

    public static OfficeServices open(Engine engine, Path folder) {
        return new OfficeServices(Database.open(TestDatabases.settings(engine, folder)), CLOCK, Actor.named("test.staff"));
    }

    public static OfficeServices openSqlite(Path folder) {
        return open(Engine.SQLITE, folder);
    }

    public static OrganizationDraft draft(String name, String email, Province province) {
        return new OrganizationDraft(name, null, email, "514-555-0100", "https://example.org", "1 rue Principale",
                "Montréal", "H2X 1Y4", province, Language.FR, Set.of(ServiceOffered.SETTLEMENT),
                Set.of(Clientele.REFUGEE_CLAIMANTS), null);
    }
}
