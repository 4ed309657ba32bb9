package ca.ccrweb.office.desktop.dues;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.membership.DuesAssessment;
import ca.ccrweb.office.core.membership.DuesExport;
import ca.ccrweb.office.core.membership.DuesLetters;
import ca.ccrweb.office.core.membership.DuesLine;
import ca.ccrweb.office.core.membership.DuesSchedule;
import ca.ccrweb.office.core.membership.DuesService;
import ca.ccrweb.office.core.membership.LapseCandidate;
import ca.ccrweb.office.core.membership.VotingMember;
import ca.ccrweb.office.desktop.common.ListExport;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Money;
import ca.ccrweb.office.desktop.common.ProgressReporter;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Dues section, one part per tab: the renewal list, the yearly assessment, lapsing unpaid memberships,
 * the members in good standing at a date, and the brackets' amounts with the grace period (administrators).
 */
public final class DuesViewModel {
    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final Renewals renewals;
    private final Assessment assessment;
    private final Lapse lapse;
    private final GoodStanding goodStanding;
    private final Rates rates;

    public DuesViewModel(OfficeServices office, TaskExecutor executor, UserFeedback feedback, Localizer localizer) {
        this.office = office;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        // Made once the office is known: their first year and day come from its clock.
        this.renewals = new Renewals();
        this.assessment = new Assessment();
        this.lapse = new Lapse();
        this.goodStanding = new GoodStanding();
        this.rates = new Rates();
    }

    /** The page is shown: the renewal list and the settings as they are now. */
    public void load() {
        renewals.load();
        lapse.loadGraceDays();
        rates.load();
    }

    public Renewals renewals() {
        return renewals;
    }

    public Assessment assessment() {
        return assessment;
    }

    public Lapse lapse() {
        return lapse;
    }

    public GoodStanding goodStanding() {
        return goodStanding;
    }

    public Rates rates() {
        return rates;
    }

    /** A refusal of what was typed says what is wrong with it, not only that something is. */
    private void refused(Throwable failure) {
        if (failure instanceof ValidationException refusal) {
            FieldError first = refusal.errors().getFirst();
            feedback.showError(new OfficeException(first.key(), first.arguments()));
        } else {
            feedback.showError(failure);
        }
    }

    /** Today, by the office's clock. */
    public LocalDate today() {
        return LocalDate.now(office.clock());
    }

    /** A typed whole number, or the message for its field. */
    private static int wholeNumber(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new OfficeException("dues.error.wholeNumber", typed == null ? "" : typed.strip());
        }
    }

    private <T> ListExport table(Supplier<TableExport<T>> table) {
        return (format, file, progress) -> office.export(table.get(), format, file, watched(progress));
    }

    private static ExportProgress watched(ProgressReporter progress) {
        return new ExportProgress() {
            @Override
            public void update(long rowsDone, long rowsTotal) {
                progress.update(rowsDone, rowsTotal);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    /** Unpaid dues of active members due within a number of days, or overdue. */
    public final class Renewals {
        private final StringProperty withinDays = new SimpleStringProperty("30");
        private final ObservableList<DuesLine> lines = FXCollections.observableArrayList();

        public void load() {
            String typed = withinDays.get();
            executor.run(() -> office.dues().renewals(Math.max(0, wholeNumber(typed))), lines::setAll,
                    DuesViewModel.this::refused);
        }

        public long overdue() {
            LocalDate today = today();
            return lines.stream().filter(line -> line.overdueOn(today)).count();
        }

        public ListExport export(List<DuesLine> rows) {
            LocalDate today = today();
            return table(() -> DuesExport.lines(localizer.get("dues.renewals.exportTitle"), rows, today,
                    localizer.messages()));
        }

        public StringProperty withinDaysProperty() {
            return withinDays;
        }

        public ObservableList<DuesLine> lines() {
            return lines;
        }
    }

    /** The yearly assessment: a preview of every active member's dues, then creating them. */
    public final class Assessment {
        private final StringProperty year = new SimpleStringProperty(String.valueOf(today().getYear()));
        private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>(
                DuesService.defaultDueDate(today().getYear()));
        private final ObjectProperty<DuesAssessment> preview = new SimpleObjectProperty<>();
        private final ObservableList<DuesAssessment.Line> lines = FXCollections.observableArrayList();

        public Assessment() {
            year.addListener((observable, before, typed) -> {
                preview.set(null);
                lines.clear();
                try {
                    dueOn.set(DuesService.defaultDueDate(Integer.parseInt(typed.strip())));
                } catch (NumberFormatException | DateTimeException notAYear) {
                    // The preview says what is wrong with the year when asked.
                }
            });
            dueOn.addListener((observable, before, after) -> preview.set(null));
        }

        public void preview() {
            String typed = year.get();
            LocalDate due = dueOn.get();
            executor.run(() -> office.dues().previewAssessment(wholeNumber(typed), requireDate(due)), shown -> {
                lines.setAll(shown.lines());
                preview.set(shown);
            }, DuesViewModel.this::refused);
        }

        /** Creates the dues previewed; a second time for the same year creates nothing more. */
        public void assess() {
            DuesAssessment previewed = preview.get();
            if (previewed == null) {
                return;
            }
            executor.run(() -> office.dues().assessYear(previewed.year(), previewed.dueOn()), made -> {
                feedback.notify(localizer.get("dues.notify.assessed", made.lines().size(),
                        String.valueOf(made.year()), localizer.money(made.totalCents())));
                preview();
                renewals.load();
            }, DuesViewModel.this::refused);
        }

        public StringProperty yearProperty() {
            return year;
        }

        public ObjectProperty<LocalDate> dueOnProperty() {
            return dueOn;
        }

        public ObjectProperty<DuesAssessment> previewProperty() {
            return preview;
        }

        public ObservableList<DuesAssessment.Line> lines() {
            return lines;
        }
    }

    private static LocalDate requireDate(LocalDate date) {
        if (date == null) {
            throw ValidationException.of("dueOn", "validation.required");
        }
        return date;
    }

    /** Who would lapse after the grace period, then lapsing them (their accounts lose access). */
    public final class Lapse {
        private final StringProperty graceDays = new SimpleStringProperty("");
        private final ObservableList<LapseCandidate> candidates = FXCollections.observableArrayList();
        private final BooleanProperty previewed = new SimpleBooleanProperty(false);

        public Lapse() {
            graceDays.addListener((observable, before, after) -> {
                previewed.set(false);
                candidates.clear();
            });
        }

        void loadGraceDays() {
            executor.run(() -> office.dues().graceDays(), days -> graceDays.set(String.valueOf(days)),
                    DuesViewModel.this::refused);
        }

        public void preview() {
            String typed = graceDays.get();
            executor.run(() -> office.dues().lapsePreview(wholeNumber(typed)), found -> {
                candidates.setAll(found);
                previewed.set(true);
            }, DuesViewModel.this::refused);
        }

        public void lapse() {
            if (!previewed.get()) {
                return;
            }
            String typed = graceDays.get();
            executor.run(() -> office.dues().lapseOverdueMembers(wholeNumber(typed)), lapsed -> {
                feedback.notify(localizer.get("dues.notify.lapsed", lapsed.size()));
                preview();
                renewals.load();
            }, DuesViewModel.this::refused);
        }

        public StringProperty graceDaysProperty() {
            return graceDays;
        }

        public ObservableList<LapseCandidate> candidates() {
            return candidates;
        }

        public BooleanProperty previewedProperty() {
            return previewed;
        }
    }

    /** The members who vote at a general assembly held on a day, with their delegates. */
    public final class GoodStanding {
        private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(today());
        private final ObservableList<VotingMember> members = FXCollections.observableArrayList();

        public void load() {
            LocalDate on = day.get();
            executor.run(() -> office.dues().goodStandingOn(requireDate(on)), members::setAll, DuesViewModel.this::refused);
        }

        public ListExport export(List<VotingMember> rows) {
            LocalDate on = day.get();
            return table(() -> DuesExport.goodStanding(on, rows, localizer.messages()));
        }

        public ListExport signInSheet(List<VotingMember> rows) {
            LocalDate on = day.get();
            return (format, file, progress) -> office.exportDocument("sign-in sheet", rows.size(), file,
                    output -> DuesLetters.signInSheet(on, rows, localizer.messages(), output));
        }

        public ObjectProperty<LocalDate> dayProperty() {
            return day;
        }

        public ObservableList<VotingMember> members() {
            return members;
        }
    }

    /** The brackets' amounts of a year, and the grace period: administrators set them. */
    public final class Rates {
        private final StringProperty year = new SimpleStringProperty(String.valueOf(today().getYear()));
        private final ObservableList<DuesSchedule.Rate> rows = FXCollections.observableArrayList();
        private final Map<Long, StringProperty> typedFees = new HashMap<>();
        private final BooleanProperty placeholder = new SimpleBooleanProperty(true);
        private final StringProperty graceDays = new SimpleStringProperty("");

        public void load() {
            String typed = year.get();
            executor.run(() -> new Loaded(office.dues().schedule(wholeNumber(typed)), office.dues().graceDays()),
                    loaded -> {
                        for (DuesSchedule.Rate rate : loaded.schedule().rates()) {
                            fee(rate.bracket().id()).set(Money.typed(rate.feeCents(), localizer.messages().locale()));
                        }
                        rows.setAll(loaded.schedule().rates());
                        placeholder.set(loaded.schedule().placeholder());
                        graceDays.set(String.valueOf(loaded.graceDays()));
                    }, DuesViewModel.this::refused);
        }

        private record Loaded(DuesSchedule schedule, int graceDays) {
        }

        public void save() {
            String typedYear = year.get();
            Map<Long, String> typed = new LinkedHashMap<>();
            rows.forEach(rate -> typed.put(rate.bracket().id(), fee(rate.bracket().id()).get()));
            Locale locale = localizer.messages().locale();
            executor.run(() -> {
                Map<Long, Long> fees = new LinkedHashMap<>();
                for (Map.Entry<Long, String> entry : typed.entrySet()) {
                    Money.Reading reading = Money.read("bracket-" + entry.getKey(), entry.getValue(), locale);
                    if (!reading.isValid() || reading.cents() == null) {
                        throw new ValidationException(List.of(reading.isValid()
                                ? new FieldError("bracket-" + entry.getKey(), "validation.required") : reading.error()));
                    }
                    fees.put(entry.getKey(), reading.cents());
                }
                return office.dues().setSchedule(wholeNumber(typedYear), fees);
            }, saved -> {
                placeholder.set(saved.placeholder());
                feedback.notify(localizer.get("dues.notify.ratesSaved", String.valueOf(saved.year())));
            }, DuesViewModel.this::refused);
        }

        public void saveGraceDays() {
            String typed = graceDays.get();
            executor.run(() -> office.dues().setGraceDays(wholeNumber(typed)), days -> {
                feedback.notify(localizer.get("dues.notify.graceSaved", days));
                lapse.graceDaysProperty().set(String.valueOf(days));
            }, DuesViewModel.this::refused);
        }

        public StringProperty fee(long bracketId) {
            return typedFees.computeIfAbsent(bracketId, id -> new SimpleStringProperty(""));
        }

        public StringProperty yearProperty() {
            return year;
        }

        public ObservableList<DuesSchedule.Rate> rows() {
            return rows;
        }

        public BooleanProperty placeholderProperty() {
            return placeholder;
        }

        public StringProperty graceDaysProperty() {
            return graceDays;
        }
    }
}
