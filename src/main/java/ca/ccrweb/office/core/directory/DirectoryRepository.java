package ca.ccrweb.office.core.directory;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.ServiceOffered;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.util.HashSet;
import java.util.Set;

import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION_CLIENTELE;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION_SERVICE;
import static ca.ccrweb.office.core.db.schema.Tables.PROVINCE_REGION;

final class DirectoryRepository {
    private final Database database;

    DirectoryRepository(Database database) {
        this.database = database;
    }

    /** The active members in the region and province asked for, offering every service and serving every clientele. */
    Set<Long> matching(DirectoryQuery query) {
        return new HashSet<>(database.dsl().select(ORGANIZATION.ID).from(ORGANIZATION)
                .join(PROVINCE_REGION).on(PROVINCE_REGION.PROVINCE.eq(ORGANIZATION.PROVINCE))
                .where(condition(query))
                .fetch(ORGANIZATION.ID));
    }

    private static Condition condition(DirectoryQuery query) {
        Condition condition = ORGANIZATION.MEMBERSHIP_STATUS.eq(MembershipStatus.ACTIVE.name());
        if (query.region() != null) {
            condition = condition.and(PROVINCE_REGION.REGION.eq(query.region().name()));
        }
        if (query.province() != null) {
            condition = condition.and(ORGANIZATION.PROVINCE.eq(query.province().name()));
        }
        for (ServiceOffered service : query.services()) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(ORGANIZATION_SERVICE)
                    .where(ORGANIZATION_SERVICE.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                    .and(ORGANIZATION_SERVICE.SERVICE.eq(service.name()))));
        }
        for (Clientele clientele : query.clienteles()) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(ORGANIZATION_CLIENTELE)
                    .where(ORGANIZATION_CLIENTELE.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                    .and(ORGANIZATION_CLIENTELE.CLIENTELE.eq(clientele.name()))));
        }
        return condition;
    }
}
