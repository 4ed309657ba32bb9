package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * For the kill test: commits applications (and approvals, two tables and an account each) as fast as it
 * can and prints each organization's id once its transaction has committed, until it is killed.
 */
public final class ContinuousWriter {
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(Path.of(args[0])), Actor.named("writer"));
        String run = args[1];
        for (int i = 0; ; i++) {
            String email = "run" + run + "-" + i + "@example.org";
            long id = office.membership().apply(new OrganizationDraft("Organisme n° " + i + " — essai " + run, null,
                    email, null, null, null, "Québec", null, Province.QC, Language.FR,
                    Set.of(ServiceOffered.SETTLEMENT), Set.of(Clientele.WOMEN), null)).id();
            if (i % 2 == 0) {
                office.membership().approve(id, null);
            }
            out.println(id + (i % 2 == 0 ? " approved" : " applied"));
        }
    }
}
