package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.core.advocacy.AdvocacyService;
import ca.ccrweb.office.core.advocacy.LetterFields;
import ca.ccrweb.office.core.advocacy.LetterFormat;
import ca.ccrweb.office.core.advocacy.ModelLetter;
import ca.ccrweb.office.core.advocacy.ModelLetterDraft;
import ca.ccrweb.office.core.advocacy.ModelLetters;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The letters tab: a campaign's model letter chosen, its text (which staff may correct), and the fields that fill
 * it: the sender (a member organization fills its name, address and province), who signs, the addressee and the
 * date. The filled letter is written to PDF or Word in the letter's language.
 */
public final class LettersViewModel {
    public static final List<String> FIELDS = List.of("organization", "address", "province", "signatory",
            "signatoryTitle", "addressee", "addresseeTitle", "addresseeAddress", "riding", "date", "subject", "body",
            "title");

    private final AdvocacyViewModel page;
    private final AdvocacyService advocacy;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final ObjectProperty<ModelLetter> letter = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<Organization> member = new SimpleObjectProperty<>();
    private final StringProperty organization = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final StringProperty signatory = new SimpleStringProperty("");
    private final StringProperty signatoryTitle = new SimpleStringProperty("");
    private final StringProperty addressee = new SimpleStringProperty("");
    private final StringProperty addresseeTitle = new SimpleStringProperty("");
    private final StringProperty addresseeAddress = new SimpleStringProperty("");
    private final StringProperty riding = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final FieldErrors errors;

    LettersViewModel(AdvocacyViewModel page, AdvocacyService advocacy, TaskExecutor executor, UserFeedback feedback,
                     Localizer localizer) {
        this.page = page;
        this.advocacy = advocacy;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = new FieldErrors(localizer, FIELDS);
        date.set(page.today());
        letter.subscribe(chosen -> {
            errors.clear();
            subject.set(chosen == null ? "" : chosen.subject());
            body.set(chosen == null ? "" : chosen.body());
        });
        page.letters().subscribe(() -> {
            ModelLetter chosen = letter.get();
            letter.set(chosen == null ? page.letters().stream().findFirst().orElse(null)
                    : page.letters().stream().filter(one -> one.id() == chosen.id()).findFirst()
                    .orElse(page.letters().stream().findFirst().orElse(null)));
        });
        member.subscribe(chosen -> {
            if (chosen != null) {
                organization.set(chosen.name());
                address.set(addressOf(chosen));
                province.set(chosen.province());
            }
        });
    }

    private String addressOf(Organization chosen) {
        StringBuilder text = new StringBuilder();
        if (chosen.streetAddress() != null) {
            text.append(chosen.streetAddress()).append('\n');
        }
        if (chosen.city() != null) {
            text.append(chosen.city());
        }
        if (chosen.province() != null) {
            text.append(localizer.language() == Language.FR
                    ? " (" + localizer.label(chosen.province()) + ")" : ", " + chosen.province().name());
        }
        if (chosen.postalCode() != null) {
            text.append("  ").append(chosen.postalCode());
        }
        return text.toString().strip();
    }

    LetterFields fields() {
        return new LetterFields(organization.get(), address.get(), province.get(), signatory.get(),
                signatoryTitle.get(), addressee.get(), addresseeTitle.get(), addresseeAddress.get(), riding.get(),
                date.get());
    }

    /**
     * Whether the chosen letter can be filled with what was typed; if not, each missing field shows its message and
     * no file is asked for.
     */
    public boolean readyToWrite() {
        ModelLetter chosen = letter.get();
        if (chosen == null) {
            return false;
        }
        try {
            ModelLetters.fill(chosen, fields());
            errors.clear();
            return true;
        } catch (ValidationException refusal) {
            errors.show(refusal);
            return false;
        }
    }

    /**
     * Fills the chosen letter and writes it, off the FX thread: the fields were checked by {@link #readyToWrite()}
     * before the file was asked for, and a refusal now reaches staff as the export's own message.
     */
    public void write(LetterFormat format, Path file) throws Exception {
        ModelLetter chosen = letter.get();
        if (chosen != null) {
            advocacy.writeLetter(chosen.id(), fields(), format, file);
        }
    }

    /** Saves corrections to the model letter's subject and body (for everyone who fills it later). */
    public void saveText() {
        ModelLetter chosen = letter.get();
        if (chosen == null) {
            return;
        }
        ModelLetterDraft draft = new ModelLetterDraft(chosen.language(), chosen.audience(), chosen.addressee(),
                chosen.title(), subject.get(), body.get());
        executor.run(() -> advocacy.updateLetter(chosen.id(), draft), saved -> {
            errors.clear();
            feedback.notify(localizer.get("advocacy.notify.letterSaved", saved.title()));
            page.loadCampaign();
        }, failure -> {
            if (failure instanceof ValidationException refusal) {
                if (!errors.show(refusal).isEmpty()) {
                    feedback.showError(refusal);
                }
            } else {
                feedback.showError(failure);
            }
        });
    }

    public ObjectProperty<ModelLetter> letterProperty() {
        return letter;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<Organization> memberProperty() {
        return member;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public StringProperty signatoryProperty() {
        return signatory;
    }

    public StringProperty signatoryTitleProperty() {
        return signatoryTitle;
    }

    public StringProperty addresseeProperty() {
        return addressee;
    }

    public StringProperty addresseeTitleProperty() {
        return addresseeTitle;
    }

    public StringProperty addresseeAddressProperty() {
        return addresseeAddress;
    }

    public StringProperty ridingProperty() {
        return riding;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public FieldErrors errors() {
        return errors;
    }
}
