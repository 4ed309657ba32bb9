package ca.ccrweb.office.core.office;

import ca.ccrweb.office.core.db.Database;
import org.jooq.Record;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static ca.ccrweb.office.core.db.schema.Tables.OFFICE_SETTINGS;

/** The one row of office settings. */
final class OfficeSettingsRepository {
    private static final int ROW = 1;

    private final Database database;

    OfficeSettingsRepository(Database database) {
        this.database = database;
    }

    OfficeSettings load() {
        Record row = database.dsl().selectFrom(OFFICE_SETTINGS).where(OFFICE_SETTINGS.ID.eq(ROW)).fetchOne();
        if (row == null) {
            return OfficeSettings.NONE;
        }
        return new OfficeSettings(row.get(OFFICE_SETTINGS.LOGO), row.get(OFFICE_SETTINGS.LOGO_TYPE),
                row.get(OFFICE_SETTINGS.ADDRESS_LINES), row.get(OFFICE_SETTINGS.PHONE),
                row.get(OFFICE_SETTINGS.EMAIL), row.get(OFFICE_SETTINGS.WEBSITE));
    }

    void save(OfficeSettings settings, Instant at) {
        LocalDateTime when = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        int updated = database.dsl().update(OFFICE_SETTINGS)
                .set(OFFICE_SETTINGS.LOGO, settings.logo())
                .set(OFFICE_SETTINGS.LOGO_TYPE, settings.logoType())
                .set(OFFICE_SETTINGS.ADDRESS_LINES, settings.addressLines())
                .set(OFFICE_SETTINGS.PHONE, settings.phone())
                .set(OFFICE_SETTINGS.EMAIL, settings.email())
                .set(OFFICE_SETTINGS.WEBSITE, settings.website())
                .set(OFFICE_SETTINGS.UPDATED_AT, when)
                .where(OFFICE_SETTINGS.ID.eq(ROW)).execute();
        if (updated == 0) {
            database.dsl().insertInto(OFFICE_SETTINGS)
                    .set(OFFICE_SETTINGS.ID, ROW)
                    .set(OFFICE_SETTINGS.LOGO, settings.logo())
                    .set(OFFICE_SETTINGS.LOGO_TYPE, settings.logoType())
                    .set(OFFICE_SETTINGS.ADDRESS_LINES, settings.addressLines())
                    .set(OFFICE_SETTINGS.PHONE, settings.phone())
                    .set(OFFICE_SETTINGS.EMAIL, settings.email())
                    .set(OFFICE_SETTINGS.WEBSITE, settings.website())
                    .set(OFFICE_SETTINGS.UPDATED_AT, when)
                    .execute();
        }
    }
}
