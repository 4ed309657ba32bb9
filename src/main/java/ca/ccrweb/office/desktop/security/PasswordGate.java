package ca.ccrweb.office.desktop.security;

import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.core.security.StaffService;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import javafx.scene.Parent;

import java.util.function.Consumer;

/**
 * Between the door and the main window: a person whose password is temporary (made or reset by an
 * administrator) chooses their own first; everyone else goes straight through.
 */
public final class PasswordGate {
    private final StaffService staff;
    private final TaskExecutor executor;
    private final Localizer localizer;
    private final Consumer<Parent> show;

    /** @param show puts a screen in the window (the card where the password is chosen) */
    public PasswordGate(StaffService staff, TaskExecutor executor, Localizer localizer, Consumer<Parent> show) {
        this.staff = staff;
        this.executor = executor;
        this.localizer = localizer;
        this.show = show;
    }

    /**
     * @param proceed what follows once nothing is left to change (the main window)
     * @param back    what "Back to sign-in" does (the door again)
     */
    public void pass(SignedIn signedIn, Consumer<SignedIn> proceed, Runnable back) {
        if (!signedIn.user().mustChangePassword()) {
            proceed.accept(signedIn);
            return;
        }
        ChoosePasswordViewModel viewModel = new ChoosePasswordViewModel(staff, signedIn, executor, localizer, proceed);
        show.accept(new ChoosePasswordView(viewModel, localizer, back).root());
    }
}
