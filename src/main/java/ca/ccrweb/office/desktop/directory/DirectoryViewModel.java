package ca.ccrweb.office.desktop.directory;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.directory.DirectoryExport;
import ca.ccrweb.office.core.directory.DirectoryQuery;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.core.membership.ServiceOffered;
import ca.ccrweb.office.desktop.common.BackgroundTask;
import ca.ccrweb.office.desktop.common.LatestRequest;
import ca.ccrweb.office.desktop.common.ListExport;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The member directory: the filters (region, province, a service offered, a clientele served, words), the
 * active members matching all of them as the core finds them, and the card of the one selected with its
 * people (the organization's accounts).
 */
public final class DirectoryViewModel {
    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final ObjectProperty<ServiceOffered> service = new SimpleObjectProperty<>();
    private final ObjectProperty<Clientele> clientele = new SimpleObjectProperty<>();
    private final ObservableList<Organization> found = FXCollections.observableArrayList();
    private final ObjectProperty<Organization> selected = new SimpleObjectProperty<>();
    private final ObservableList<Account> people = FXCollections.observableArrayList();
    private final StringBinding countText;
    private boolean loaded;
    private final LatestRequest<DirectoryQuery> searches = new LatestRequest<>();
    private final LatestRequest<Long> peopleLoads = new LatestRequest<>();

    public DirectoryViewModel(OfficeServices office, TaskExecutor executor, UserFeedback feedback,
                              Localizer localizer) {
        this.office = office;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        countText = localizer.text(() -> localizer.plural("directory.count", found.size(), found.size()), found);
        search.addListener((observable, before, after) -> searchAgain());
        region.addListener((observable, before, after) -> searchAgain());
        province.addListener((observable, before, after) -> searchAgain());
        service.addListener((observable, before, after) -> searchAgain());
        clientele.addListener((observable, before, after) -> searchAgain());
        selected.addListener((observable, before, after) -> showPeopleOf(after));
    }

    /** Searches with the filters as they are now (the page is shown: members may have changed). */
    public void load() {
        loaded = true;
        searchAgain();
    }

    public DirectoryQuery query() {
        return new DirectoryQuery(region.get(), province.get(),
                service.get() == null ? Set.of() : Set.of(service.get()),
                clientele.get() == null ? Set.of() : Set.of(clientele.get()), search.get());
    }

    private void searchAgain() {
        if (!loaded) {
            return;
        }
        DirectoryQuery query = query();
        searches.run(query, BackgroundTask.of(() -> office.directory().search(query)).onSuccess(result -> {
            Organization before = selected.get();
            found.setAll(result);
            selected.set(before == null ? null : result.stream().filter(o -> o.id() == before.id()).findFirst()
                    .orElse(null));
        }).onFailure(feedback::showError), executor);
    }

    private void showPeopleOf(Organization organization) {
        people.clear();
        if (organization == null) {
            peopleLoads.forget();
            return;
        }
        peopleLoads.run(organization.id(), BackgroundTask.of(() -> office.accounts().forOrganization(organization.id()))
                .onSuccess(people::setAll).onFailure(feedback::showError), executor);
    }

    public void clearFilters() {
        search.set("");
        region.set(null);
        province.set(null);
        service.set(null);
        clientele.set(null);
    }

    /** The list as found: a table for xlsx and CSV, the printed directory grouped by region for PDF. */
    public ListExport export(List<Organization> rows) {
        return (format, file, progress) -> {
            if (format == ExportFormat.PDF) {
                office.exportDocument("member directory", rows.size(), file, output -> DirectoryExport.print(rows,
                        localizer.messages(), LocalDate.now(office.clock()), output));
            } else {
                office.export(DirectoryExport.table(rows, localizer.messages()), format, file, new ExportProgress() {
                    @Override
                    public void update(long rowsDone, long rowsTotal) {
                        progress.update(rowsDone, rowsTotal);
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                });
            }
        };
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public ObjectProperty<ServiceOffered> serviceProperty() {
        return service;
    }

    public ObjectProperty<Clientele> clienteleProperty() {
        return clientele;
    }

    public ObservableList<Organization> found() {
        return found;
    }

    public ObjectProperty<Organization> selectedProperty() {
        return selected;
    }

    public ObservableList<Account> people() {
        return people;
    }

    public StringBinding countTextProperty() {
        return countText;
    }
}
