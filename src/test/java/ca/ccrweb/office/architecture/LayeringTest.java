package ca.ccrweb.office.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core holds the office's rules and knows no face: neither JavaFX nor the desktop nor the command line. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ca.ccrweb.office");
    }

    @Test
    void theCoreNeverUsesJavaFx() {
        noClasses().that().resideInAPackage("ca.ccrweb.office.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void theCoreKnowsNeitherTheDesktopNorTheCommandLine() {
        noClasses().that().resideInAPackage("ca.ccrweb.office.core..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.ccrweb.office.desktop..", "ca.ccrweb.office.cli..")
                .check(classes);
    }

    @Test
    void theCommandLineDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("ca.ccrweb.office.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "ca.ccrweb.office.desktop..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchSceneGraphClasses() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheCoreTouchesTheDatabase() {
        noClasses().that().resideOutsideOfPackage("ca.ccrweb.office.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "ca.ccrweb.office.core.db.schema..",
                        "java.sql..")
                .check(classes);
    }
}
