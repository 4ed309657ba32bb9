package ca.ccrweb.office.core.security;

import ca.ccrweb.office.core.common.Actor;

/** The person signed in on this workstation: the actor every service records and checks. */
public record SignedIn(StaffUser user) implements Actor {
    @Override
    public String name() {
        return user.username();
    }

    @Override
    public Role role() {
        return user.role();
    }

    @Override
    public boolean handlesCases() {
        return user.role() == Role.CASEWORKER || user.role() == Role.ADMINISTRATOR && user.handlesCases();
    }
}
