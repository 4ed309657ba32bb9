package ca.ccrweb.office.desktop.mailings;

import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.mailings.Attachment;
import ca.ccrweb.office.core.mailings.Audience;
import ca.ccrweb.office.core.mailings.AudienceKind;
import ca.ccrweb.office.core.mailings.ConsentKind;
import ca.ccrweb.office.core.mailings.ConsentSource;
import ca.ccrweb.office.core.mailings.Delivery;
import ca.ccrweb.office.core.mailings.DeliveryStatus;
import ca.ccrweb.office.core.mailings.ListSummary;
import ca.ccrweb.office.core.mailings.MailText;
import ca.ccrweb.office.core.mailings.Mailing;
import ca.ccrweb.office.core.mailings.MailingDraft;
import ca.ccrweb.office.core.mailings.MailingListService;
import ca.ccrweb.office.core.mailings.MailingService;
import ca.ccrweb.office.core.mailings.Subscriber;
import ca.ccrweb.office.core.mailings.SubscriberDraft;
import ca.ccrweb.office.core.mailings.SubscriberExport;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.desktop.common.ListExport;
import ca.ccrweb.office.core.mailings.Tally;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.mailings.MailingList;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The mailings part of Communications: the subscription lists and their people (search, subscribed or not),
 * the composer (audience, subject and body in both languages, attachments, a preview per language and the exact
 * recipient count) and the archive of mailings with each recipient's fate, cancel and "send again to those who
 * failed". Sending runs in the background with its progress in the status bar.
 */
public final class MailingsViewModel {
    /** Which subscribers the list shows. */
    public enum SubscriberFilter implements Labelled {
        ALL, SUBSCRIBED, UNSUBSCRIBED;

        @Override
        public String labelKey() {
            return "mailings.subscribers.filter." + name();
        }
    }

    /** How a table reaches its file: the office's export, which checks the permission and audits the file. */
    @FunctionalInterface
    public interface Exporter {
        <T> void export(TableExport<T> table, ExportFormat format, Path file, ExportProgress progress)
                throws IOException;
    }

    private final MailingListService lists;
    private Exporter exporter;
    private final MailingService mailings;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final boolean mayManageLists;
    private final boolean maySend;

    private final ObservableList<ListSummary> listRows = FXCollections.observableArrayList();
    private final ObjectProperty<ListSummary> selectedList = new SimpleObjectProperty<>();
    private final ObservableList<Subscriber> subscriberRows = FXCollections.observableArrayList();
    private final FilteredList<Subscriber> shownSubscribers = new FilteredList<>(subscriberRows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SubscriberFilter> filter = new SimpleObjectProperty<>(SubscriberFilter.ALL);
    private final ObjectProperty<Subscriber> selectedSubscriber = new SimpleObjectProperty<>();

    private final ObjectProperty<AudienceKind> audienceKind = new SimpleObjectProperty<>(AudienceKind.MEMBERS);
    private final ObjectProperty<ListSummary> audienceList = new SimpleObjectProperty<>();
    private final ObservableList<Event> audienceEvents = FXCollections.observableArrayList();
    private final ObjectProperty<Event> audienceEvent = new SimpleObjectProperty<>();
    private final ObjectProperty<RegistrationStatus> audienceStatus =
            new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> audienceYear = new SimpleObjectProperty<>();
    private final ObservableList<Integer> audienceYears = FXCollections.observableArrayList();
    private java.util.function.Supplier<List<Event>> events = List::of;
    private final StringProperty subjectFr = new SimpleStringProperty("");
    private final StringProperty subjectEn = new SimpleStringProperty("");
    private final StringProperty bodyFr = new SimpleStringProperty("");
    private final StringProperty bodyEn = new SimpleStringProperty("");
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final IntegerProperty recipientCount = new SimpleIntegerProperty(-1);
    private final StringProperty countText = new SimpleStringProperty("");
    private final ObjectProperty<Language> previewLanguage = new SimpleObjectProperty<>(Language.FR);
    private final StringProperty previewText = new SimpleStringProperty("");
    private final BooleanProperty sending = new SimpleBooleanProperty();

    private final ObservableList<Mailing> mailingRows = FXCollections.observableArrayList();
    private final ObjectProperty<Mailing> selectedMailing = new SimpleObjectProperty<>();
    private final ObservableList<Delivery> deliveryRows = FXCollections.observableArrayList();
    private final StringProperty tallyText = new SimpleStringProperty("");
    private final ObjectProperty<Tally> tally = new SimpleObjectProperty<>();

    public MailingsViewModel(MailingListService lists, MailingService mailings, TaskExecutor executor,
                             UserFeedback feedback, Localizer localizer, boolean mayManageLists, boolean maySend) {
        this.lists = lists;
        this.mailings = mailings;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.mayManageLists = mayManageLists;
        this.maySend = maySend;
        selectedList.subscribe(this::loadSubscribers);
        search.subscribe(text -> refilter());
        filter.subscribe(chosen -> refilter());
        audienceKind.subscribe(kind -> countRecipients());
        audienceList.subscribe(list -> countRecipients());
        audienceEvent.subscribe(event -> countRecipients());
        audienceStatus.subscribe(status -> countRecipients());
        audienceYear.subscribe(year -> countRecipients());
        selectedMailing.subscribe(this::loadDeliveries);
    }

    /**
     * Where the composer finds the events whose registrants it can write to, and the year the fund's applicants are
     * counted from (this year and the two before it, and the next).
     */
    public void chooseAudiencesFrom(java.util.function.Supplier<List<Event>> events,
                                    int thisYear) {
        this.events = events;
        audienceYears.setAll(thisYear + 1, thisYear, thisYear - 1, thisYear - 2);
        if (audienceYear.get() == null) {
            audienceYear.set(thisYear);
        }
    }

    /** Where the subscribers' exports are written through (the office's checked and audited export). */
    public void exportThrough(Exporter exporter) {
        this.exporter = exporter;
    }

    public void load() {
        executor.run(() -> new Loaded(lists.summaries(), mailings.mailings(), events.get()), loaded -> {
            Long eventId = audienceEvent.get() == null ? null : audienceEvent.get().id();
            audienceEvents.setAll(loaded.events());
            audienceEvent.set(loaded.events().stream().filter(row -> eventId != null && row.id() == eventId)
                    .findFirst().orElse(loaded.events().isEmpty() ? null : loaded.events().getFirst()));
            Long listId = selectedList.get() == null ? null : selectedList.get().list().id();
            Long mailingId = selectedMailing.get() == null ? null : selectedMailing.get().id();
            listRows.setAll(loaded.lists());
            mailingRows.setAll(loaded.mailings());
            selectedList.set(loaded.lists().stream().filter(row -> listId != null && row.list().id() == listId)
                    .findFirst().orElse(loaded.lists().isEmpty() ? null : loaded.lists().getFirst()));
            selectedMailing.set(loaded.mailings().stream().filter(row -> mailingId != null && row.id() == mailingId)
                    .findFirst().orElse(null));
            if (audienceList.get() == null && !loaded.lists().isEmpty()) {
                audienceList.set(loaded.lists().getFirst());
            }
            countRecipients();
        }, feedback::showError);
    }

    private record Loaded(List<ListSummary> lists, List<Mailing> mailings,
                          List<Event> events) {
    }

    // ---- lists and subscribers ----

    private void loadSubscribers(ListSummary list) {
        if (list == null) {
            subscriberRows.clear();
            return;
        }
        executor.run(() -> lists.subscribers(list.list().id()), subscriberRows::setAll, feedback::showError);
    }

    private void refilter() {
        String key = Texts.searchKey(search.get() == null ? "" : search.get());
        SubscriberFilter chosen = filter.get();
        shownSubscribers.setPredicate(subscriber -> (chosen == SubscriberFilter.ALL
                || (chosen == SubscriberFilter.SUBSCRIBED) == subscriber.subscribed())
                && (key.isBlank() || Texts.searchKey(String.join(" ", subscriber.fullName(), nonNull(subscriber.email()),
                nonNull(subscriber.organizationName()))).contains(key)));
    }

    /** Adds a person to the selected list; {@code done} runs once saved (the dialog then closes). */
    public void subscribe(SubscriberDraft draft, Runnable done, java.util.function.Consumer<Throwable> refused) {
        ListSummary list = selectedList.get();
        executor.run(() -> lists.subscribe(list.list().id(), draft), added -> {
            feedback.notify(localizer.get("mailings.subscribers.added", added.fullName(),
                    list.list().name(localizer.language())));
            done.run();
            load();
        }, refused);
    }

    public void unsubscribe(String reason) {
        Subscriber subscriber = selectedSubscriber.get();
        executor.run(() -> lists.unsubscribe(subscriber.id(), null, reason), left -> {
            feedback.notify(localizer.get("mailings.subscribers.unsubscribed", left.fullName()));
            load();
        }, feedback::showError);
    }

    /**
     * The subscribers given (those shown, in the table's order) of the list shown, with the table's headers in the
     * language of the screen; the list and the words are fixed now, the file is written later in the background.
     */
    public ListExport subscribersExport(List<Subscriber> rows) {
        MailingList list = selectedList.get().list();
        TableExport<Subscriber> table = SubscriberExport.table(list, List.copyOf(rows), localizer.messages());
        return (format, file, progress) -> exporter.export(table, format, file, new ExportProgress() {
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

    /** The export's file name without date: "abonnes-chronique", "subscribers-12" for a list without code. */
    public String subscribersFileName() {
        MailingList list = selectedList.get().list();
        return localizer.get("mailings.subscribers.export.fileName") + "-" + (list.code() == null
                ? String.valueOf(list.id()) : list.code().toLowerCase(java.util.Locale.ROOT));
    }

    public SubscriberDraft emptyDraft() {
        return new SubscriberDraft("", "", "", localizer.language(), ConsentKind.EXPRESS, null, ConsentSource.EMAIL);
    }

    // ---- composing ----

    private Audience audience() {
        return switch (audienceKind.get()) {
            case LIST -> audienceList.get() == null ? null : Audience.list(audienceList.get().list().id());
            case ADMINISTRATORS -> Audience.administrators();
            case EVENT_REGISTRANTS -> audienceEvent.get() == null ? null
                    : Audience.registrants(audienceEvent.get().id(), audienceStatus.get());
            case FUND_APPLICANTS -> audienceYear.get() == null ? null : Audience.fundApplicants(audienceYear.get());
            default -> Audience.members();
        };
    }

    /** Counts the recipients of the chosen audience now (the count the mailing will freeze). */
    public void countRecipients() {
        Audience audience = audience();
        if (audience == null) {
            recipientCount.set(-1);
            countText.set("");
            return;
        }
        executor.run(() -> mailings.recipients(audience), found -> {
            recipientCount.set(found.size());
            long french = found.stream().filter(r -> r.language() == Language.FR).count();
            long english = found.stream().filter(r -> r.language() == Language.EN).count();
            countText.set(localizer.get("mailings.compose.count", found.size(), french, english,
                    found.size() - french - english));
        }, feedback::showError);
    }

    public void preview() {
        MailingDraft draft = draft();
        Language language = previewLanguage.get();
        executor.run(() -> mailings.preview(draft, language), shown -> previewText.set(
                localizer.get("mailings.compose.previewSubject", shown.subject()) + "\n\n" + shown.text()),
                feedback::showError);
    }

    private MailingDraft draft() {
        return new MailingDraft(audience(), subjectFr.get(), subjectEn.get(), bodyFr.get(), bodyEn.get(),
                new ArrayList<>(attachments));
    }

    public void addAttachment(String fileName, String mediaType, byte[] content) {
        attachments.add(new Attachment(fileName, mediaType, content));
    }

    /** Freezes the recipients, then sends in the background; the archive shows the mailing at once. */
    public void send(java.util.function.Consumer<Throwable> refused) {
        MailingDraft draft = draft();
        sending.set(true);
        executor.run(() -> mailings.queue(draft), queued -> {
            clearComposer();
            mailingRows.addFirst(queued);
            selectedMailing.set(queued);
            sendInBackground(queued.id());
        }, error -> {
            sending.set(false);
            refused.accept(error);
        });
    }

    private void sendInBackground(long mailingId) {
        sending.set(true);
        executor.runWithProgress(localizer.get("mailings.progress.sending"), progress -> mailings.send(mailingId,
                        (done, total) -> progress.update(done, total), progress::isCancelled),
                done -> {
                    sending.set(false);
                    feedback.notify(localizer.get("mailings.archive.sent", done.count(DeliveryStatus.SENT), done.total(),
                            done.failed()));
                    load();
                }, error -> {
                    sending.set(false);
                    if (!(error instanceof java.util.concurrent.CancellationException)) {
                        feedback.showError(error);
                    }
                    load();
                });
    }

    private void clearComposer() {
        subjectFr.set("");
        subjectEn.set("");
        bodyFr.set("");
        bodyEn.set("");
        attachments.clear();
        previewText.set("");
    }

    // ---- the archive ----

    private void loadDeliveries(Mailing mailing) {
        if (mailing == null) {
            deliveryRows.clear();
            tallyText.set("");
            tally.set(null);
            return;
        }
        executor.run(() -> new Sent(mailings.deliveries(mailing.id()), mailings.tally(mailing.id())), sent -> {
            deliveryRows.setAll(sent.deliveries());
            tally.set(sent.tally());
            tallyText.set(localizer.get("mailings.archive.tally", sent.tally().count(DeliveryStatus.SENT),
                    sent.tally().total(), sent.tally().failed(), sent.tally().count(DeliveryStatus.PENDING)));
        }, feedback::showError);
    }

    private record Sent(List<Delivery> deliveries, Tally tally) {
    }

    public void resume() {
        sendInBackground(selectedMailing.get().id());
    }

    public void sendAgainToFailed() {
        long id = selectedMailing.get().id();
        executor.run(() -> mailings.requeueFailed(id), again -> {
            if (again > 0) {
                sendInBackground(id);
            }
        }, feedback::showError);
    }

    public void cancel() {
        long id = selectedMailing.get().id();
        executor.run(() -> mailings.cancel(id), done -> load(), feedback::showError);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    public List<String> mergeFields() {
        return MailText.fields();
    }

    public ObservableList<ListSummary> listRows() { return listRows; }
    public ObjectProperty<ListSummary> selectedListProperty() { return selectedList; }
    public FilteredList<Subscriber> shownSubscribers() { return shownSubscribers; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<SubscriberFilter> filterProperty() { return filter; }
    public ObjectProperty<Subscriber> selectedSubscriberProperty() { return selectedSubscriber; }
    public ObjectProperty<AudienceKind> audienceKindProperty() { return audienceKind; }
    public ObjectProperty<ListSummary> audienceListProperty() { return audienceList; }
    public ObservableList<Event> audienceEvents() { return audienceEvents; }
    public ObjectProperty<Event> audienceEventProperty() { return audienceEvent; }
    public ObjectProperty<RegistrationStatus> audienceStatusProperty() { return audienceStatus; }
    public ObservableList<Integer> audienceYears() { return audienceYears; }
    public ObjectProperty<Integer> audienceYearProperty() { return audienceYear; }
    public StringProperty subjectFrProperty() { return subjectFr; }
    public StringProperty subjectEnProperty() { return subjectEn; }
    public StringProperty bodyFrProperty() { return bodyFr; }
    public StringProperty bodyEnProperty() { return bodyEn; }
    public ObservableList<Attachment> attachments() { return attachments; }
    public IntegerProperty recipientCountProperty() { return recipientCount; }
    public StringProperty countTextProperty() { return countText; }
    public ObjectProperty<Language> previewLanguageProperty() { return previewLanguage; }
    public StringProperty previewTextProperty() { return previewText; }
    public BooleanProperty sendingProperty() { return sending; }
    public ObservableList<Mailing> mailingRows() { return mailingRows; }
    public ObjectProperty<Mailing> selectedMailingProperty() { return selectedMailing; }
    public ObservableList<Delivery> deliveryRows() { return deliveryRows; }
    public StringProperty tallyTextProperty() { return tallyText; }
    public ObjectProperty<Tally> tallyProperty() { return tally; }
    public boolean mayManageLists() { return mayManageLists; }
    public boolean maySend() { return maySend; }
}
