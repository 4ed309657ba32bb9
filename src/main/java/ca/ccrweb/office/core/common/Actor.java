package ca.ccrweb.office.core.common;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who is acting, as recorded beside every change. Until staff sign in, the workstation's user. */
@FunctionalInterface
public interface Actor {
    String name();

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
