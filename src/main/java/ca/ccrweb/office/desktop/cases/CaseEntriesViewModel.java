package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.core.cases.CaseDocument;
import ca.ccrweb.office.core.cases.CaseFile;
import ca.ccrweb.office.core.cases.CaseService;
import ca.ccrweb.office.core.cases.PersonDraft;
import ca.ccrweb.office.core.cases.PersonRole;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The people, log and documents of the case opened: each addition goes through the service, which returns the
 * case as saved; the section then shows it in place of the old one.
 */
public final class CaseEntriesViewModel {
    private final CaseService cases;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final Clock clock;
    private final Supplier<CaseFile> opened;
    private final Consumer<CaseFile> replaced;
    private final Consumer<Throwable> refused;
    private final StringProperty personName = new SimpleStringProperty("");
    private final ObjectProperty<PersonRole> personRole = new SimpleObjectProperty<>();
    private final StringProperty personCountry = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> personBornOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> stepDate = new SimpleObjectProperty<>();
    private final StringProperty stepText = new SimpleStringProperty("");

    CaseEntriesViewModel(CaseService cases, TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                         Clock clock, Supplier<CaseFile> opened, Consumer<CaseFile> replaced,
                         Consumer<Throwable> refused) {
        this.cases = cases;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.clock = clock;
        this.opened = opened;
        this.replaced = replaced;
        this.refused = refused;
    }

    /** Empty entry fields, the step dated today. */
    void clear() {
        personName.set("");
        personRole.set(null);
        personCountry.set("");
        personBornOn.set(null);
        stepDate.set(LocalDate.now(clock));
        stepText.set("");
    }

    public void addPerson() {
        CaseFile file = opened.get();
        if (file == null) {
            return;
        }
        PersonDraft draft = new PersonDraft(personName.get(), personRole.get(), personCountry.get(), personBornOn.get());
        executor.run(() -> cases.addPerson(file.id(), draft), saved -> {
            feedback.notify(localizer.get("cases.notify.personAdded", saved.summary().reference()));
            replaced.accept(saved);
        }, refused);
    }

    public void removePerson(long personId) {
        CaseFile file = opened.get();
        if (file == null) {
            return;
        }
        executor.run(() -> cases.removePerson(file.id(), personId), replaced, refused);
    }

    public void addStep() {
        CaseFile file = opened.get();
        if (file == null) {
            return;
        }
        LocalDate on = stepDate.get();
        String text = stepText.get();
        executor.run(() -> cases.addStep(file.id(), on, text), saved -> {
            feedback.notify(localizer.get("cases.notify.stepAdded", saved.summary().reference()));
            replaced.accept(saved);
        }, refused);
    }

    /** Attaches a file from disk to the case opened (sealed in the database, with its SHA-256). */
    public void attach(Path file) {
        CaseFile current = opened.get();
        if (current == null) {
            return;
        }
        executor.run(() -> {
            long size = Files.size(file);
            if (size > CaseService.LARGEST_DOCUMENT) {
                throw ValidationException.of("document", "cases.error.fileTooLarge",
                        CaseService.LARGEST_DOCUMENT / (1024 * 1024));
            }
            return cases.attach(current.id(), file.getFileName().toString(), Files.readAllBytes(file));
        }, saved -> {
            feedback.notify(localizer.get("cases.notify.attached", file.getFileName().toString(),
                    saved.summary().reference()));
            replaced.accept(saved);
        }, refused);
    }

    /** Writes a document of the case opened to a file chosen by the caseworker (the reading is audited). */
    public void saveDocument(CaseDocument document, Path target) {
        executor.run(() -> {
            Files.write(target, cases.documentContent(document.id()));
            return target;
        }, written -> feedback.notify(localizer.get("cases.notify.documentSaved", document.fileName())),
                feedback::showError);
    }

    public StringProperty personNameProperty() {
        return personName;
    }

    public ObjectProperty<PersonRole> personRoleProperty() {
        return personRole;
    }

    public StringProperty personCountryProperty() {
        return personCountry;
    }

    public ObjectProperty<LocalDate> personBornOnProperty() {
        return personBornOn;
    }

    public ObjectProperty<LocalDate> stepDateProperty() {
        return stepDate;
    }

    public StringProperty stepTextProperty() {
        return stepText;
    }
}
