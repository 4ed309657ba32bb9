package ca.ccrweb.office.desktop.dashboard;

import ca.ccrweb.office.core.dashboard.Dashboard;
import ca.ccrweb.office.core.dashboard.DashboardService;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** The start page: the dashboard's figures, loaded in the background each time the page is shown. */
public final class DashboardViewModel {
    private final DashboardService dashboard;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Consumer<DashboardTile> opener;
    private final Supplier<String> whoIsWorking;
    private final ReadOnlyObjectWrapper<Dashboard> figures = new ReadOnlyObjectWrapper<>();

    /**
     * @param opener       opens the list behind a tile
     * @param whoIsWorking the name of the person the page greets
     */
    public DashboardViewModel(DashboardService dashboard, TaskExecutor executor, UserFeedback feedback,
                              Consumer<DashboardTile> opener, Supplier<String> whoIsWorking) {
        this.whoIsWorking = whoIsWorking;
        this.dashboard = dashboard;
        this.executor = executor;
        this.feedback = feedback;
        this.opener = opener;
    }

    public void load() {
        executor.run(dashboard::load, figures::set, feedback::showError);
    }

    public void open(DashboardTile tile) {
        opener.accept(tile);
    }

    public String whoIsWorking() {
        return whoIsWorking.get();
    }

    public ReadOnlyObjectProperty<Dashboard> figuresProperty() {
        return figures.getReadOnlyProperty();
    }
}
