package ca.ccrweb.office.desktop;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.accounts.IssuedAccountDisplay;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.RecordingFeedback;
import ca.ccrweb.office.desktop.common.SynchronousTaskExecutor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a view-model test needs: the real services on a fresh SQLite file, on the tests' fixed clock, and
 * recorders for what is shown.
 */
public final class ViewModelTesting implements AutoCloseable {
    public final OfficeServices office;
    public final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    public final RecordingFeedback feedback = new RecordingFeedback();
    public final Localizer localizer = new Localizer(Language.EN);
    public final List<IssuedAccount> issuedAccounts = new ArrayList<>();
    public final IssuedAccountDisplay issuedAccountDisplay = (issued, organization) -> issuedAccounts.add(issued);

    public ViewModelTesting(Path folder) {
        this.office = FxTesting.openOffice(folder);
    }

    @Override
    public void close() throws Exception {
        office.close();
    }

    public Organization apply(String name, String email, String city, Province province) {
        return office.membership().apply(SampleOffice.draft(name, null, email, city, province, Language.FR));
    }

    public Organization member(String name, String email, String city, Province province) {
        return office.membership().approve(apply(name, email, city, province).id(), null).organization();
    }
}
