package ca.ccrweb.office.core.audit;

import ca.ccrweb.office.core.db.Database;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ca.ccrweb.office.core.db.Timestamps.instant;
import static ca.ccrweb.office.core.db.Timestamps.utc;
import static ca.ccrweb.office.core.db.schema.Tables.AUDIT_ENTRY;
import static ca.ccrweb.office.core.db.schema.Tables.STAFF_USER;

final class AuditTrailRepository {
    private final Database database;

    AuditTrailRepository(Database database) {
        this.database = database;
    }

    /** The newest lines first, at most {@code limit}: every word in the actor, action or entity, in the period. */
    List<AuditEntry> search(AuditFilter filter, int limit) {
        Condition condition = DSL.trueCondition();
        if (filter.text() != null) {
            for (String word : filter.text().strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    condition = condition.and(AUDIT_ENTRY.ACTOR.containsIgnoreCase(word)
                            .or(AUDIT_ENTRY.ACTION.containsIgnoreCase(word))
                            .or(AUDIT_ENTRY.ENTITY.containsIgnoreCase(word))
                            .or(AUDIT_ENTRY.ENTITY_ID.containsIgnoreCase(word)));
                }
            }
        }
        if (filter.outcome() != null) {
            condition = condition.and(AUDIT_ENTRY.OUTCOME.eq(filter.outcome().name()));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_ENTRY.OCCURRED_AT.ge(utc(filter.from())));
        }
        if (filter.until() != null) {
            condition = condition.and(AUDIT_ENTRY.OCCURRED_AT.lt(utc(filter.until())));
        }
        return database.dsl().selectFrom(AUDIT_ENTRY).where(condition)
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), instant(r.getOccurredAt()), r.getActor(), r.getWorkstation(),
                        r.getAction(), r.getEntity(), r.getEntityId(), r.getBeforeValues(), r.getAfterValues(),
                        AuditOutcome.valueOf(r.getOutcome())));
    }

    Map<String, String> staffNames() {
        Map<String, String> names = new HashMap<>();
        database.dsl().select(STAFF_USER.USERNAME, STAFF_USER.FULL_NAME).from(STAFF_USER)
                .forEach(row -> names.put(row.value1(), row.value2()));
        return names;
    }
}
