package ca.ccrweb.office.desktop;

import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The desktop's own rules: background work only through the one executor, features apart from the shell. */
class DesktopArchitectureTest {
    private static JavaClasses desktop;

    @BeforeAll
    static void importClasses() {
        desktop = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ca.ccrweb.office.desktop");
    }

    /**
     * ExitAfterStartup is the build's start-up session (installer) and RegistrationListProbe the screen part of
     * {@code bench --ui}: both watch the application from outside, waiting for it from another thread.
     */
    @Test
    void onlyTheTaskExecutorMakesThreads() {
        noClasses().that().doNotHaveFullyQualifiedName(FxTaskExecutor.class.getName())
                .and().doNotHaveFullyQualifiedName(ExitAfterStartup.class.getName())
                .and().doNotHaveFullyQualifiedName(RegistrationListProbe.class.getName())
                .should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().dependOnClassesThat().belongToAnyOf(Executors.class, ExecutorService.class,
                        Thread.Builder.class, CompletableFuture.class, Timer.class)
                .orShould().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
                .check(desktop);
    }

    @Test
    void featureScreensDoNotReachIntoTheShell() {
        noClasses().that().resideInAnyPackage("ca.ccrweb.office.desktop.membership..",
                        "ca.ccrweb.office.desktop.accounts..", "ca.ccrweb.office.desktop.events..",
                        "ca.ccrweb.office.desktop.common..", "ca.ccrweb.office.desktop.directory..",
                        "ca.ccrweb.office.desktop.dues..", "ca.ccrweb.office.desktop.dashboard..")
                .should().dependOnClassesThat().resideInAPackage("ca.ccrweb.office.desktop.shell..")
                .check(desktop);
    }

    @Test
    void viewModelsUseNoDialogsOrWindows() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().belongToAnyOf(ca.ccrweb.office.desktop.common.Dialogs.class,
                        ca.ccrweb.office.desktop.common.FxUserFeedback.class)
                .orShould().dependOnClassesThat().resideInAPackage("javafx.application..")
                .check(desktop);
    }
}
