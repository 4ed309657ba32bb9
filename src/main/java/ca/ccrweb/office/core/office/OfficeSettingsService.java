package ca.ccrweb.office.core.office;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.time.Clock;

/**
 * The office's settings: the council's logo and the address, phone, email and website its letters print.
 * Anyone reads them (every letter does); only an administrator changes them.
 */
public final class OfficeSettingsService {
    /** The largest logo accepted: a letterhead needs no more. */
    public static final int MOST_LOGO_BYTES = 2 * 1024 * 1024;

    private final Database database;
    private final OfficeSettingsRepository settings;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public OfficeSettingsService(Database database, Clock clock, AuditLog audit, Access access) {
        this.database = database;
        this.settings = new OfficeSettingsRepository(database);
        this.clock = clock;
        this.audit = audit;
        this.access = access;
    }

    /** The settings as saved, or {@link OfficeSettings#NONE} before anyone saved them. */
    public OfficeSettings current() {
        return settings.load();
    }

    /**
     * Saves the settings: a logo must be a readable PNG or JPEG of at most {@link #MOST_LOGO_BYTES} (null for
     * none, then letters print the council's name alone); text is trimmed, blank text becomes none.
     */
    public OfficeSettings save(OfficeSettings wanted) {
        access.require(Permission.MANAGE_OFFICE_SETTINGS, "SAVE_OFFICE_SETTINGS");
        OfficeSettings checked = check(wanted);
        return database.transaction(() -> {
            OfficeSettings before = settings.load();
            settings.save(checked, clock.instant());
            OfficeSettings after = settings.load();
            audit.changed("UPDATE", "office_settings", 1, before.audited(), after.audited());
            return after;
        });
    }

    private static OfficeSettings check(OfficeSettings wanted) {
        Validator validator = new Validator();
        byte[] logo = wanted.hasLogo() ? wanted.logo() : null;
        String type = null;
        if (logo != null) {
            type = LogoImages.mediaType(logo);
            if (logo.length > MOST_LOGO_BYTES) {
                validator.reject("logo", "office.settings.error.logoTooLarge", MOST_LOGO_BYTES / (1024 * 1024));
            } else if (type == null) {
                validator.reject("logo", "office.settings.error.logoFormat");
            } else if (!LogoImages.readable(logo)) {
                validator.reject("logo", "office.settings.error.logoUnreadable");
            }
        }
        String address = validator.optional("addressLines", wanted.addressLines(), 500);
        String phone = validator.optionalPhone("phone", wanted.phone());
        String email = validator.optionalEmail("email", wanted.email());
        String website = validator.optionalWebsite("website", wanted.website());
        validator.throwIfInvalid();
        return new OfficeSettings(logo, type, address, phone, email, website);
    }
}
