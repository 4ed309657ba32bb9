package ca.ccrweb.office.core;

import ca.ccrweb.office.core.accounts.AccountService;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.membership.DuesService;
import ca.ccrweb.office.core.membership.MembershipService;

import java.time.Clock;

/**
 * The office's services over one open database, made in one place by hand. The desktop and the command
 * line each build one of these and nothing else reaches the database.
 */
public final class OfficeServices {
    private final Database database;
    private final Clock clock;
    private final AccountService accounts;
    private final MembershipService membership;
    private final DuesService dues;

    public OfficeServices(Database database, Clock clock, Actor actor) {
        this.database = database;
        this.clock = clock;
        Ids ids = new Ids(clock);
        this.accounts = new AccountService(database, ids, clock);
        this.membership = new MembershipService(database, accounts, ids, clock, actor);
        this.dues = new DuesService(database, membership, clock);
    }

    /** Opens (creating and migrating when needed) the database and builds the services over it. */
    public static OfficeServices open(DatabaseSettings settings, Actor actor) {
        return new OfficeServices(Database.open(settings), Clock.systemDefaultZone(), actor);
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public AccountService accounts() {
        return accounts;
    }

    public MembershipService membership() {
        return membership;
    }

    public DuesService dues() {
        return dues;
    }
}
