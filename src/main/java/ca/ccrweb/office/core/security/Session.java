package ca.ccrweb.office.core.security;

import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;

import java.util.Optional;

/**
 * The desktop's actor: nobody until someone signs in, then that person until they sign out or the
 * application locks. Services asked to act while nobody is signed in refuse.
 */
public final class Session implements Actor {
    private volatile SignedIn current;

    public void start(SignedIn signedIn) {
        this.current = signedIn;
    }

    public void end() {
        this.current = null;
    }

    public Optional<SignedIn> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public String name() {
        SignedIn signedIn = current;
        return signedIn == null ? "(signed out)" : signedIn.name();
    }

    @Override
    public Role role() {
        SignedIn signedIn = current;
        if (signedIn == null) {
            throw new OfficeException("security.error.signedOut");
        }
        return signedIn.role();
    }

    @Override
    public boolean handlesCases() {
        SignedIn signedIn = current;
        return signedIn != null && signedIn.handlesCases();
    }
}
