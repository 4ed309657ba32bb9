package ca.ccrweb.office.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * SQL is written in one kind of place (ADR 0003, ADR 0024): the package-private repositories, the audit log
 * and the database package. The classes listed in {@link #STILL_TO_MOVE} predate the rule and are to move
 * their queries into repositories; the list may only shrink.
 */
class DatabaseAccessTest {
    private static final String CORE = "ca.ccrweb.office.core.";
    private static final Set<String> STILL_TO_MOVE = Set.of(
            "audit.AuditTrail",
            "communications.KeyFigures",
            "dashboard.DashboardService",
            "directory.DirectoryService",
            "events.RegistrationService",
            "imports.AccountImport",
            "imports.ActionReportImport",
            "imports.ContactImport",
            "imports.ImportBatches",
            "imports.ImportService",
            "imports.KindImport",
            "imports.OrganizationImport",
            "imports.RegistrationImport",
            "imports.SubscriberImport",
            "membership.DuesService",
            "security.StaffService",
            // Written on branches merged the same evening as this rule: to move with the others.
            "imports.BulkInsert",
            "mailings.RecipientRule");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ca.ccrweb.office");
    }

    @Test
    void onlyRepositoriesTheAuditLogAndTheDatabaseSpeakJooq() {
        noClasses().that().resideInAPackage("ca.ccrweb.office.core..")
                .and().resideOutsideOfPackage("ca.ccrweb.office.core.db..")
                .and(mayNotSpeakJooq())
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "ca.ccrweb.office.core.db.schema..")
                .because("queries belong in the package-private repositories (ADR 0003)")
                .check(classes);
    }

    @Test
    void theListOfClassesStillToMoveNamesOnlyClassesThatExist() {
        for (String name : STILL_TO_MOVE) {
            classes.get(CORE + name);
        }
    }

    /** Not a repository, not the audit log, not one of the classes still to move; nested classes go with their own. */
    private static DescribedPredicate<JavaClass> mayNotSpeakJooq() {
        return DescribedPredicate.describe("are not repositories, the audit log or classes still to move", type -> {
            String topLevel = type.getName().contains("$")
                    ? type.getName().substring(0, type.getName().indexOf('$')) : type.getName();
            String relative = topLevel.substring(CORE.length());
            return !topLevel.endsWith("Repository") && !relative.equals("audit.AuditLog")
                    && !STILL_TO_MOVE.contains(relative);
        });
    }
}
