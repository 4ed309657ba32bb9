package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.office.LogoImages;
import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.office.OfficeSettingsService;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * The Office settings tab: the council's logo (chosen from a file, shown, removed) and the address, phone,
 * email and website that every workstation prints on letters; saved for all at once.
 */
public final class OfficeSettingsViewModel {
    private final OfficeSettingsService settings;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();
    private final StringProperty addressLines = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final FieldErrors errors;

    public OfficeSettingsViewModel(OfficeSettingsService settings, TaskExecutor executor, UserFeedback feedback,
                                   Localizer localizer) {
        this.settings = settings;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = new FieldErrors(localizer, List.of("logo", "addressLines", "phone", "email", "website"));
    }

    public void load() {
        executor.run(settings::current, this::show, feedback::showError);
    }

    /** The logo chosen from a file; checked when saved. */
    public void setLogo(byte[] bytes) {
        errors.clear();
        logo.set(bytes);
    }

    public void removeLogo() {
        errors.clear();
        logo.set(null);
    }

    public void save() {
        errors.clear();
        OfficeSettings wanted = new OfficeSettings(logo.get(), null, addressLines.get(), phone.get(), email.get(),
                website.get());
        saving.set(true);
        executor.run(() -> settings.save(wanted), saved -> {
            saving.set(false);
            show(saved);
            feedback.notify(localizer.get("office.settings.saved"));
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException refusal) {
                if (!errors.show(refusal).isEmpty()) {
                    feedback.showError(refusal);
                }
            } else {
                feedback.showError(failure);
            }
        });
    }

    private void show(OfficeSettings current) {
        logo.set(current.hasLogo() ? current.logo() : null);
        addressLines.set(orEmpty(current.addressLines()));
        phone.set(orEmpty(current.phone()));
        email.set(orEmpty(current.email()));
        website.set(orEmpty(current.website()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** What stands where the preview would be: the screen cannot draw an SVG logo, the letters do. */
    public StringBinding logoNote() {
        return localizer.text(() -> localizer.get(LogoImages.SVG.equals(LogoImages.mediaType(logo.get()))
                ? "office.settings.svgLogo" : "office.settings.noLogo"), logo);
    }

    public ObjectProperty<byte[]> logoProperty() {
        return logo;
    }

    public StringProperty addressLinesProperty() {
        return addressLines;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }
}
