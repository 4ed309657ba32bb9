package ca.ccrweb.office.core.directory;

import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.core.membership.ServiceOffered;

import java.util.Set;

/**
 * What the directory is searched by, in any combination: an organization must match every criterion given
 * (each service and each clientele chosen, the region, the province and every word typed). Null or empty:
 * any.
 */
public record DirectoryQuery(Region region, Province province, Set<ServiceOffered> services,
                             Set<Clientele> clienteles, String words) {

    public DirectoryQuery {
        services = services == null ? Set.of() : Set.copyOf(services);
        clienteles = clienteles == null ? Set.of() : Set.copyOf(clienteles);
    }

    public static DirectoryQuery everyone() {
        return new DirectoryQuery(null, null, Set.of(), Set.of(), null);
    }
}
