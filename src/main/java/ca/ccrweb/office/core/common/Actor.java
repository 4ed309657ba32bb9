package ca.ccrweb.office.core.common;

import ca.ccrweb.office.core.security.Role;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who is acting, as recorded beside every change, and with which role the services check. A person signed
 * in to the desktop acts with their own role; the command line acts as the workstation's user with the
 * administrator's role (whoever can run it can read the database file anyway).
 */
@FunctionalInterface
public interface Actor {
    String name();

    default Role role() {
        return Role.ADMINISTRATOR;
    }

    /** Whether this actor works on case interventions: caseworkers by role, administrators when marked so. */
    default boolean handlesCases() {
        return role() == Role.CASEWORKER;
    }

    static Actor named(String name) {
        return () -> name;
    }

    static Actor workstationUser() {
        String user = System.getProperty("user.name", "unknown");
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String name = user + "@" + host;
        return () -> name;
    }
}
