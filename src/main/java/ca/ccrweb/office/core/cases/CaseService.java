package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExporter;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.office.OfficeSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Case interventions. Only people who handle cases (caseworkers, administrators marked so) open, change or export
 * a case, and every opening is written to the audit trail with who and when. The people's names, the log and the
 * documents are sealed with the office's case key (see {@link CaseKeyring}), which a caseworker unlocks once per
 * session with the passphrase. Everyone else sees counts by kind and status. Closed cases are kept for their
 * kind's retention period, then purged to an anonymized skeleton unless under legal hold.
 */
public final class CaseService {
    public static final long LARGEST_DOCUMENT = 10L * 1024 * 1024;
    public static final int DEFAULT_RETENTION_YEARS = 7;
    public static final int SHORTEST_PASSPHRASE = 12;

    private final Database database;
    private final CaseRepository repository;
    private final MembershipService membership;
    private final CaseKeyring keyring = new CaseKeyring();
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;
    private final AuditLog audit;
    private final Access access;

    public CaseService(Database database, MembershipService membership, Ids ids, Clock clock, Actor actor,
                       AuditLog audit, Access access) {
        this.database = database;
        this.repository = new CaseRepository(database);
        this.membership = membership;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.access = access;
    }

    // The case key

    /** Whether the office has chosen its passphrase yet (the first caseworker does, once). */
    public boolean keySetUp() {
        return repository.key().isPresent();
    }

    public boolean unlocked() {
        return keyring.unlocked();
    }

    /**
     * The office's first passphrase: makes the case key and unlocks it. There is no way back from a lost
     * passphrase (the screen says so before it is chosen): the sealed parts of every case stay unreadable.
     */
    public void setUpKey(char[] passphrase) {
        access.require(Permission.OPEN_CASES, "CASE_KEY_CREATE");
        if (passphrase == null || passphrase.length < SHORTEST_PASSPHRASE) {
            throw new OfficeException("cases.error.passphraseTooShort", SHORTEST_PASSPHRASE);
        }
        database.transaction(() -> {
            if (repository.key().isPresent()) {
                throw new OfficeException("cases.error.keyExists");
            }
            repository.insertKey(keyring.create(passphrase), actor.name(), clock.instant());
            audit.changed("CASE_KEY_CREATE", "case_key", 1, null, null);
        });
    }

    /** Unlocks the case key for this session; a wrong passphrase is refused (and audited as such). */
    public void unlock(char[] passphrase) {
        access.require(Permission.OPEN_CASES, "CASE_KEY_UNLOCK");
        CaseKeyring.WrappedKey stored = repository.key().orElseThrow(() -> new OfficeException("cases.error.noKey"));
        try {
            keyring.unlock(passphrase, stored);
        } catch (OfficeException wrong) {
            database.transaction(() -> audit.failed("CASE_KEY_UNLOCK", "case_key", 1, null));
            throw wrong;
        }
    }

    /** Forgets the key (sign-out, lock): the next session asks for the passphrase again. */
    public void lock() {
        keyring.lock();
    }

    // Reading

    /** How many cases of each kind stand at each status: what everyone may see. */
    public List<CaseCount> counts() {
        access.require(Permission.VIEW_DATA, "CASE_COUNTS");
        return repository.counts();
    }

    /** The cases not purged, newest first, without any person named. */
    public List<CaseSummary> list() {
        access.require(Permission.OPEN_CASES, "CASE_LIST");
        return repository.summaries();
    }

    /** One case, whole. The opening is audited: who read which case, when. */
    public CaseFile open(long caseId) {
        access.require(Permission.OPEN_CASES, "CASE_OPEN");
        CaseFile file = read(caseId);
        database.transaction(() -> audit.changed("CASE_OPEN", "case_file", caseId, null,
                Map.of("reference", file.summary().reference())));
        return file;
    }

    private CaseFile read(long caseId) {
        CaseSummary summary = requireSummary(caseId);
        if (summary.status() == CaseStatus.PURGED) {
            throw new OfficeException("cases.error.purged", summary.reference());
        }
        CaseDraft details = repository.details(caseId).orElseThrow();
        List<CasePerson> people = repository.people(caseId).stream().map(p -> new CasePerson(p.id(),
                keyring.openText(p.name(), where("case_person.name", p.id())), p.role(), p.country(), p.bornOn()))
                .toList();
        List<CaseStep> steps = repository.steps(caseId).stream().map(s -> new CaseStep(s.id(), s.occurredOn(),
                keyring.openText(s.text(), where("case_step.text", s.id())), s.recordedBy(), s.recordedAt())).toList();
        List<CaseDocument> documents = repository.documents(caseId).stream().map(d -> new CaseDocument(d.id(),
                keyring.openText(d.name(), where("case_document.name", d.id())), d.size(), d.sha256(), d.addedBy(),
                d.addedAt())).toList();
        return new CaseFile(summary, details, people, steps, documents);
    }

    /** A document's bytes, checked against the hash taken when it was attached; audited as a reading. */
    public byte[] documentContent(long documentId) {
        access.require(Permission.OPEN_CASES, "CASE_DOCUMENT_OPEN");
        CaseRepository.SealedContent sealed = repository.documentContent(documentId)
                .orElseThrow(() -> new OfficeException("cases.error.noDocument"));
        byte[] content = keyring.open(sealed.content(), where("case_document.content", documentId));
        if (!sha256(content).equals(sealed.sha256())) {
            throw new OfficeException("cases.error.documentAltered");
        }
        database.transaction(() -> audit.changed("CASE_DOCUMENT_OPEN", "case_document", documentId, null,
                Map.of("case", sealed.caseId())));
        return content;
    }

    // Changing

    public CaseFile create(CaseDraft draft) {
        access.require(Permission.MANAGE_CASES, "CASE_CREATE");
        CaseDraft checked = CaseChecks.check(draft, LocalDate.now(clock),
                organizationId -> membership.find(organizationId).isPresent());
        return database.transaction(() -> {
            long id = ids.next();
            int year = checked.receivedOn().getYear();
            String reference = "%d-%03d".formatted(year, repository.countReceivedIn(year) + 1);
            repository.insert(id, reference, checked, provinceOf(checked), clock.instant());
            CaseSummary created = requireSummary(id);
            audit.changed("CASE_CREATE", "case_file", id, null, created);
            return read(id);
        });
    }

    public CaseFile update(long caseId, CaseDraft draft) {
        access.require(Permission.MANAGE_CASES, "CASE_UPDATE");
        CaseDraft checked = CaseChecks.check(draft, LocalDate.now(clock),
                organizationId -> membership.find(organizationId).isPresent());
        return database.transaction(() -> {
            CaseSummary before = requireOpen(caseId);
            repository.update(caseId, checked, provinceOf(checked), clock.instant());
            audit.changed("CASE_UPDATE", "case_file", caseId, before, requireSummary(caseId));
            return read(caseId);
        });
    }

    private Province provinceOf(CaseDraft draft) {
        return membership.find(draft.organizationId()).map(Organization::province).orElse(null);
    }

    /** Adds a person concerned; their name is sealed, and a date of birth is only kept for a child. */
    public CaseFile addPerson(long caseId, PersonDraft draft) {
        access.require(Permission.MANAGE_CASES, "CASE_PERSON_ADD");
        Validator validator = new Validator();
        String name = validator.required("personName", draft.name(), 200);
        validator.required("personRole", draft.role());
        String country = validator.optional("personCountry", draft.country(), 100);
        if (draft.bornOn() != null && draft.role() != PersonRole.CHILD) {
            validator.reject("personBornOn", "cases.error.birthDateOnlyForChildren");
        } else if (draft.bornOn() != null && draft.bornOn().isAfter(LocalDate.now(clock))) {
            validator.reject("personBornOn", "cases.error.dateInFuture");
        }
        validator.throwIfInvalid();
        return database.transaction(() -> {
            requireOpen(caseId);
            long id = ids.next();
            repository.insertPerson(id, caseId, repository.nextPersonPosition(caseId),
                    keyring.seal(name, where("case_person.name", id)),
                    new PersonDraft(null, draft.role(), country, draft.bornOn()));
            repository.touch(caseId, clock.instant());
            Map<String, Object> recorded = new LinkedHashMap<>();
            recorded.put("case", caseId);
            recorded.put("role", draft.role().name());
            recorded.put("country", country);
            audit.changed("CASE_PERSON_ADD", "case_person", id, null, recorded);
            return read(caseId);
        });
    }

    public CaseFile removePerson(long caseId, long personId) {
        access.require(Permission.MANAGE_CASES, "CASE_PERSON_REMOVE");
        return database.transaction(() -> {
            requireOpen(caseId);
            if (repository.deletePerson(caseId, personId) == 0) {
                throw new OfficeException("cases.error.noPerson");
            }
            repository.touch(caseId, clock.instant());
            audit.changed("CASE_PERSON_REMOVE", "case_person", personId, Map.of("case", caseId), null);
            return read(caseId);
        });
    }

    /** A dated step or contact in the case's log, sealed. */
    public CaseFile addStep(long caseId, LocalDate occurredOn, String text) {
        access.require(Permission.MANAGE_CASES, "CASE_STEP_ADD");
        Validator validator = new Validator();
        validator.required("stepDate", occurredOn);
        String words = validator.required("stepText", text, 10_000);
        if (occurredOn != null && occurredOn.isAfter(LocalDate.now(clock))) {
            validator.reject("stepDate", "cases.error.dateInFuture");
        }
        validator.throwIfInvalid();
        return database.transaction(() -> {
            requireOpen(caseId);
            long id = ids.next();
            repository.insertStep(id, caseId, occurredOn, keyring.seal(words, where("case_step.text", id)),
                    actor.name(), clock.instant());
            repository.touch(caseId, clock.instant());
            audit.changed("CASE_STEP_ADD", "case_step", id, null, Map.of("case", caseId, "occurredOn",
                    occurredOn.toString()));
            return read(caseId);
        });
    }

    /** Attaches a document (at most {@link #LARGEST_DOCUMENT} bytes), sealed, with the SHA-256 of the original. */
    public CaseFile attach(long caseId, String fileName, byte[] content) {
        access.require(Permission.MANAGE_CASES, "CASE_DOCUMENT_ADD");
        Validator validator = new Validator();
        String name = validator.required("document", fileName, 255);
        if (content == null || content.length == 0) {
            validator.reject("document", "cases.error.emptyFile");
        } else if (content.length > LARGEST_DOCUMENT) {
            validator.reject("document", "cases.error.fileTooLarge", LARGEST_DOCUMENT / (1024 * 1024));
        }
        validator.throwIfInvalid();
        String hash = sha256(content);
        return database.transaction(() -> {
            requireOpen(caseId);
            long id = ids.next();
            repository.insertDocument(id, caseId, keyring.seal(name, where("case_document.name", id)), content.length,
                    hash, keyring.seal(content, where("case_document.content", id)), actor.name(), clock.instant());
            repository.touch(caseId, clock.instant());
            audit.changed("CASE_DOCUMENT_ADD", "case_document", id, null, Map.of("case", caseId, "sizeBytes",
                    content.length, "sha256", hash));
            return read(caseId);
        });
    }

    /** Puts a case under legal hold (retention suspended) or lifts the hold. */
    public CaseFile setLegalHold(long caseId, boolean hold) {
        access.require(Permission.MANAGE_CASES, "CASE_LEGAL_HOLD");
        return database.transaction(() -> {
            CaseSummary before = requireOpen(caseId);
            repository.setLegalHold(caseId, hold, clock.instant());
            audit.changed("CASE_LEGAL_HOLD", "case_file", caseId, before, requireSummary(caseId));
            return read(caseId);
        });
    }

    // Retention

    /** Each kind's period: the office's when set, otherwise the default marked as not confirmed. */
    public List<RetentionPeriod> retentionPeriods() {
        Map<CaseKind, Integer> set = repository.retentionYears();
        List<RetentionPeriod> periods = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            Integer years = set.get(kind);
            periods.add(new RetentionPeriod(kind, years == null ? DEFAULT_RETENTION_YEARS : years, years != null));
        }
        return periods;
    }

    public RetentionPeriod setRetention(CaseKind kind, int years) {
        access.require(Permission.SET_CASE_RETENTION, "CASE_RETENTION_SET");
        if (years < 1 || years > 100) {
            throw new OfficeException("cases.error.retentionYears");
        }
        return database.transaction(() -> {
            RetentionPeriod before = period(kind);
            repository.setRetention(kind, years, actor.name(), clock.instant());
            RetentionPeriod after = period(kind);
            audit.changed("CASE_RETENTION_SET", "case_retention", kind.name(), before, after);
            return after;
        });
    }

    private RetentionPeriod period(CaseKind kind) {
        return retentionPeriods().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    /** Closed cases whose retention period has run out today, those under legal hold included (and marked). */
    public List<RetentionDue> retentionReview() {
        if (!access.allows(Permission.OPEN_CASES)) {
            access.require(Permission.PURGE_CASES, "CASE_RETENTION_REVIEW");
        }
        Map<CaseKind, Integer> years = new EnumMap<>(CaseKind.class);
        retentionPeriods().forEach(p -> years.put(p.kind(), p.years()));
        LocalDate today = LocalDate.now(clock);
        return repository.closedCases().stream()
                .map(c -> new RetentionDue(c.id(), c.reference(), c.kind(), c.closedOn(),
                        c.closedOn().plusYears(years.get(c.kind())), c.legalHold()))
                .filter(c -> !c.keptUntil().isAfter(today))
                .toList();
    }

    /**
     * Purges one case: its people, log and documents are deleted, and what identifies it (organization, contact,
     * staff, government office and reference) cleared; kind, outcome, province and dates stay for the statistics.
     * Refused under legal hold.
     */
    public void purge(long caseId) {
        access.require(Permission.PURGE_CASES, "CASE_PURGE");
        database.transaction(() -> {
            CaseSummary before = requireSummary(caseId);
            if (before.status() == CaseStatus.PURGED) {
                throw new OfficeException("cases.error.purged", before.reference());
            }
            if (before.legalHold()) {
                throw new OfficeException("cases.error.legalHold", before.reference());
            }
            repository.purge(caseId, clock.instant());
            audit.changed("CASE_PURGE", "case_file", caseId, before, requireSummary(caseId));
        });
    }

    /** Purges every case past retention and not under legal hold; returns those purged. */
    public List<RetentionDue> purgeDue() {
        access.require(Permission.PURGE_CASES, "CASE_PURGE");
        List<RetentionDue> purged = new ArrayList<>();
        for (RetentionDue due : retentionReview()) {
            if (!due.legalHold()) {
                purge(due.id());
                purged.add(due);
            }
        }
        return purged;
    }

    // Statistics and exports

    /** Anonymized counts of the cases received in a year, by kind, outcome and province. */
    public List<CaseStatistic> statistics(int year) {
        access.require(Permission.VIEW_DATA, "CASE_STATISTICS");
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        List<CaseStatistic> lines = repository.statistics(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        for (CaseStatistic line : lines) {
            counts.merge(Arrays.asList(line.kind(), line.outcome(), line.province()), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new CaseStatistic(year, (CaseKind) e.getKey().get(0), (CaseOutcome) e.getKey().get(1),
                        (Province) e.getKey().get(2), e.getValue()))
                .sorted(Comparator.comparing(CaseStatistic::kind)
                        .thenComparing(s -> s.outcome() == null ? "" : s.outcome().name())
                        .thenComparing(s -> s.province() == null ? "" : s.province().name()))
                .toList();
    }

    /** Writes a year's anonymized statistics (xlsx, PDF or CSV), audited as an export; returns its lines. */
    public int exportStatistics(int year, ExportFormat format, Path output, Messages messages, ExportProgress progress)
            throws IOException {
        access.require(Permission.EXPORT_CASE_STATISTICS, "EXPORT");
        List<CaseStatistic> lines = statistics(year);
        new TableExporter(clock).export(CaseExport.statistics(year, lines, messages), format, output, progress);
        database.transaction(() -> audit.exported("case statistics " + year, format.name(), lines.size(),
                output.toAbsolutePath().toString()));
        return lines.size();
    }

    /** Writes one case to PDF; the case's opening and the export are both audited. */
    public void exportCase(long caseId, OfficeSettings office, Messages messages, Path output) throws IOException {
        access.require(Permission.EXPORT_CASE, "EXPORT");
        CaseFile file = open(caseId);
        CasePdf.write(file, office, messages, LocalDate.now(clock), output);
        database.transaction(() -> audit.exported("case " + file.summary().reference(), "PDF", 1,
                output.toAbsolutePath().toString()));
    }

    private CaseSummary requireSummary(long caseId) {
        return repository.summary(caseId).orElseThrow(() -> new OfficeException("cases.error.noCase"));
    }

    private CaseSummary requireOpen(long caseId) {
        CaseSummary summary = requireSummary(caseId);
        if (summary.status() == CaseStatus.PURGED) {
            throw new OfficeException("cases.error.purged", summary.reference());
        }
        return summary;
    }

    private static String where(String column, long id) {
        return column + ":" + id;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
