package ca.ccrweb.office.desktop.mailings;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.mailings.AudienceKind;
import ca.ccrweb.office.core.mailings.ConsentKind;
import ca.ccrweb.office.core.mailings.ConsentSource;
import ca.ccrweb.office.core.mailings.Delivery;
import ca.ccrweb.office.core.mailings.DeliveryStatus;
import ca.ccrweb.office.core.mailings.ListSummary;
import ca.ccrweb.office.core.mailings.Mailing;
import ca.ccrweb.office.core.mailings.MailingStatus;
import ca.ccrweb.office.core.mailings.Subscriber;
import ca.ccrweb.office.core.mailings.SubscriberDraft;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.ReasonDialog;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The two mailing tabs of Communications: the subscription lists, and the mailings (composer and archive). */
public final class MailingsView {
    private final MailingsViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final ExportFlow exports;
    private javafx.scene.control.MenuButton exportButton;
    private final Node listsTab;
    private final Node mailingsTab;

    public MailingsView(MailingsViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.exports = exports;
        this.listsTab = lists();
        this.mailingsTab = mailings();
    }

    public Node listsView() {
        return listsTab;
    }

    public Node mailingsView() {
        return mailingsTab;
    }

    /** Ctrl+E on the Lists tab: the subscribers' Export menu. */
    public void export() {
        if (exportButton.isVisible() && !exportButton.isDisabled()) {
            exportButton.show();
        }
    }

    // ---- lists ----

    private Node lists() {
        TableView<ListSummary> lists = Tables.sortable(viewModel.listRows(), localizer);
        lists.setId("mailingListsTable");
        TableColumn<ListSummary, String> name = Tables.text(localizer, "mailings.lists.column.name",
                row -> row.list().name(localizer.language()));
        name.setPrefWidth(260);
        TableColumn<ListSummary, String> subscribed = Tables.text(localizer, "mailings.lists.column.subscribed",
                row -> localizer.number(row.subscribed()));
        TableColumn<ListSummary, String> unsubscribed = Tables.text(localizer, "mailings.lists.column.unsubscribed",
                row -> localizer.number(row.unsubscribed()));
        Tables.fitHeaders(lists);
        lists.getColumns().addAll(List.of(name, subscribed, unsubscribed));
        lists.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (row != null) {
                viewModel.selectedListProperty().set(row);
            }
        });
        viewModel.selectedListProperty().subscribe(row -> {
            if (row != null && lists.getSelectionModel().getSelectedItem() != row) {
                lists.getSelectionModel().select(row);
            }
        });

        TextField search = new TextField();
        search.setId("subscriberSearch");
        search.promptTextProperty().bind(localizer.text("mailings.subscribers.search"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<MailingsViewModel.SubscriberFilter> filter = Choices.of(localizer,
                List.of(MailingsViewModel.SubscriberFilter.values()), viewModel.filterProperty(),
                "mailings.subscribers.filter.ALL");
        filter.setId("subscriberFilter");
        Button add = Buttons.accent(localizer, "addSubscriberButton", "mailings.subscribers.add", Feather.USER_PLUS);
        add.setOnAction(event -> askForSubscriber());
        add.disableProperty().bind(viewModel.selectedListProperty().isNull());
        add.setVisible(viewModel.mayManageLists());
        add.setManaged(viewModel.mayManageLists());
        Button unsubscribe = Buttons.outlined(localizer, "unsubscribeButton", "mailings.subscribers.unsubscribe",
                Feather.USER_X);
        unsubscribe.setOnAction(event -> ReasonDialog.ask(dialogs, localizer.get("mailings.subscribers.unsubscribeHeader",
                        viewModel.selectedSubscriberProperty().get().fullName()),
                localizer.get("mailings.subscribers.unsubscribeExplanation"),
                localizer.get("mailings.subscribers.unsubscribe"), ReasonDialog.Reason.OPTIONAL, true)
                .ifPresent(viewModel::unsubscribe));
        unsubscribe.disableProperty().bind(Bindings.createBooleanBinding(() ->
                viewModel.selectedSubscriberProperty().get() == null
                        || !viewModel.selectedSubscriberProperty().get().subscribed(),
                viewModel.selectedSubscriberProperty()));
        unsubscribe.setVisible(viewModel.mayManageLists());
        unsubscribe.setManaged(viewModel.mayManageLists());
        Label count = new Label();
        count.setId("subscriberCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> localizer.get("mailings.subscribers.count",
                viewModel.shownSubscribers().size()), viewModel.shownSubscribers(), localizer.messagesProperty()));

        TableView<Subscriber> people = Tables.sortable(viewModel.shownSubscribers(), localizer);
        people.setId("subscribersTable");
        TableColumn<Subscriber, String> person = Tables.text(localizer, "mailings.subscribers.column.name",
                Subscriber::fullName);
        person.setPrefWidth(190);
        TableColumn<Subscriber, String> email = Tables.text(localizer, "mailings.subscribers.column.email",
                Subscriber::email);
        email.setPrefWidth(210);
        TableColumn<Subscriber, String> organization = Tables.text(localizer, "mailings.subscribers.column.organization",
                Subscriber::organizationName);
        organization.setPrefWidth(170);
        TableColumn<Subscriber, String> language = Tables.text(localizer, "mailings.subscribers.column.language",
                row -> row.language() == null ? localizer.get("mailings.language.both") : row.language().code());
        TableColumn<Subscriber, String> consent = Tables.text(localizer, "mailings.subscribers.column.consent",
                row -> localizer.get("mailings.subscribers.consentText", localizer.label(row.consentKind()),
                        localizer.date(row.consentOn()), localizer.label(row.consentSource())));
        consent.setPrefWidth(230);
        TableColumn<Subscriber, String> left = Tables.text(localizer, "mailings.subscribers.column.unsubscribed",
                row -> row.unsubscribedOn() == null ? "" : localizer.date(row.unsubscribedOn())
                        + (row.unsubscribeReason() == null ? "" : " — " + row.unsubscribeReason()));
        left.setPrefWidth(180);
        Tables.fitHeaders(people);
        people.getColumns().addAll(List.of(person, email, organization, language, consent, left));
        people.setPlaceholder(Tables.placeholder(Feather.USERS, localizer.text("mailings.subscribers.empty")));
        people.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedSubscriberProperty()::set);

        // What the table shows, in its order: the search, the filter and the sorting staff chose.
        exportButton = exports.menuButton(format -> () -> exports.exportNamed(format,
                viewModel.subscribersFileName(), people.getItems().size(),
                viewModel.subscribersExport(List.copyOf(people.getItems()))));
        exportButton.setId("exportSubscribersButton");
        exportButton.disableProperty().bind(viewModel.selectedListProperty().isNull());
        exportButton.setMinWidth(Region.USE_PREF_SIZE);

        BorderPane right = new BorderPane(people);
        // In half a 1280-pixel window the search field gives way; the filter, the buttons and the count keep
        // their words whole.
        search.setMinWidth(110);
        for (Region whole : List.<Region>of(filter, add, unsubscribe, count)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        right.setTop(PageLayout.toolbar(search, filter, add, unsubscribe, PageLayout.spacer(), count));
        BorderPane.setMargin(right.getTop(), new Insets(0, 0, 8, 0));
        // The lists above, their people below at the window's whole width: six columns of names, addresses and
        // consents do not read in the right two thirds of a 1280-pixel window.
        SplitPane split = new SplitPane(lists, right);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        VBox page = new VBox(12, PageLayout.header(localizer.text("mailings.lists.title"),
                localizer.text("mailings.lists.subtitle"), exportButton), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        page.setPadding(new Insets(16));
        page.setId("mailingListsPage");
        return page;
    }

    private void askForSubscriber() {
        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), localizer.get("mailings.subscribers.addTitle",
                viewModel.selectedListProperty().get().list().name(localizer.language())));
        dialog.getDialogPane().setId("subscriberDialog");
        SubscriberDraft empty = viewModel.emptyDraft();
        TextField name = field("subscriberNameField");
        TextField email = field("subscriberEmailField");
        TextField organization = field("subscriberOrganizationField");
        SimpleObjectProperty<Language> language = new SimpleObjectProperty<>(empty.language());
        SimpleObjectProperty<ConsentKind> kind = new SimpleObjectProperty<>(empty.consentKind());
        SimpleObjectProperty<ConsentSource> source = new SimpleObjectProperty<>(empty.consentSource());
        ComboBox<Language> languageField = Choices.of(localizer, List.of(Language.values()), language, "field.language");
        ComboBox<ConsentKind> kindField = Choices.of(localizer, List.of(ConsentKind.values()), kind,
                "mailings.subscribers.field.consentKind");
        ComboBox<ConsentSource> sourceField = Choices.of(localizer, List.of(ConsentSource.values()), source,
                "mailings.subscribers.field.consentSource");
        Label problem = new Label();
        problem.setId("subscriberProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        GridPane grid = new GridPane(12, 8);
        grid.addRow(0, label("mailings.subscribers.column.name"), name);
        grid.addRow(1, label("mailings.subscribers.column.email"), email);
        grid.addRow(2, label("mailings.subscribers.column.organization"), organization);
        grid.addRow(3, label("mailings.subscribers.column.language"), languageField);
        grid.addRow(4, label("mailings.subscribers.field.consentKind"), kindField);
        grid.addRow(5, label("mailings.subscribers.field.consentSource"), sourceField);
        grid.add(problem, 0, 6, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(localizer.get("mailings.subscribers.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveSubscriberButton");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.subscribe(new SubscriberDraft(name.getText(), email.getText(), organization.getText(),
                    language.get(), kind.get(), null, source.get()), dialog::close, error -> {
                if (error instanceof ValidationException invalid) {
                    problem.setText(invalid.localizedMessage(localizer.messages()));
                } else {
                    problem.setText(error instanceof ca.ccrweb.office.core.common.OfficeException refusal
                            ? refusal.localizedMessage(localizer.messages()) : String.valueOf(error.getMessage()));
                }
            });
        });
        dialog.show();
    }

    // ---- mailings: composer and archive ----

    private Node mailings() {
        ComboBox<AudienceKind> audience = Choices.of(localizer, List.of(AudienceKind.MEMBERS, AudienceKind.ADMINISTRATORS,
                AudienceKind.LIST, AudienceKind.EVENT_REGISTRANTS, AudienceKind.FUND_APPLICANTS),
                viewModel.audienceKindProperty(), "mailings.compose.audience");
        audience.setId("audienceField");
        ComboBox<ListSummary> list = new ComboBox<>(viewModel.listRows());
        list.setId("audienceListField");
        list.valueProperty().bindBidirectional(viewModel.audienceListProperty());
        list.setCellFactory(view -> listCell());
        list.setButtonCell(listCell());
        list.visibleProperty().bind(viewModel.audienceKindProperty().isEqualTo(AudienceKind.LIST));
        list.managedProperty().bind(list.visibleProperty());
        ComboBox<ca.ccrweb.office.core.events.Event> audienceEvent = new ComboBox<>(viewModel.audienceEvents());
        audienceEvent.setId("audienceEventField");
        audienceEvent.valueProperty().bindBidirectional(viewModel.audienceEventProperty());
        audienceEvent.setCellFactory(view -> eventCell());
        audienceEvent.setButtonCell(eventCell());
        audienceEvent.setMaxWidth(320);
        ComboBox<Choices.Choice<ca.ccrweb.office.core.events.RegistrationStatus>> audienceStatus = Choices.filter(
                localizer, List.of(ca.ccrweb.office.core.events.RegistrationStatus.values()),
                viewModel.audienceStatusProperty(), "mailings.compose.allStatuses");
        audienceStatus.setId("audienceStatusField");
        for (Node shown : List.<Node>of(audienceEvent, audienceStatus)) {
            shown.visibleProperty().bind(viewModel.audienceKindProperty().isEqualTo(AudienceKind.EVENT_REGISTRANTS));
            shown.managedProperty().bind(shown.visibleProperty());
        }
        ComboBox<Integer> year = new ComboBox<>(viewModel.audienceYears());
        year.setId("audienceYearField");
        year.valueProperty().bindBidirectional(viewModel.audienceYearProperty());
        year.visibleProperty().bind(viewModel.audienceKindProperty().isEqualTo(AudienceKind.FUND_APPLICANTS));
        year.managedProperty().bind(year.visibleProperty());
        Label count = new Label();
        count.setId("recipientCount");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(viewModel.countTextProperty());
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);

        TextField subjectFr = field("subjectFrField");
        subjectFr.textProperty().bindBidirectional(viewModel.subjectFrProperty());
        TextField subjectEn = field("subjectEnField");
        subjectEn.textProperty().bindBidirectional(viewModel.subjectEnProperty());
        TextArea bodyFr = area("bodyFrField");
        bodyFr.textProperty().bindBidirectional(viewModel.bodyFrProperty());
        TextArea bodyEn = area("bodyEnField");
        bodyEn.textProperty().bindBidirectional(viewModel.bodyEnProperty());
        Label fields = new Label();
        fields.textProperty().bind(localizer.text("mailings.compose.fields", String.join("  ", viewModel.mergeFields())));
        fields.getStyleClass().add(Styles.TEXT_MUTED);
        fields.setWrapText(true);
        fields.setMinHeight(Region.USE_PREF_SIZE);
        Label attached = new Label();
        attached.setId("attachmentsLabel");
        attached.textProperty().bind(Bindings.createStringBinding(() -> viewModel.attachments().isEmpty()
                ? localizer.get("mailings.compose.noAttachment") : String.join(", ", viewModel.attachments().stream()
                .map(ca.ccrweb.office.core.mailings.Attachment::fileName).toList()), viewModel.attachments()));
        Button attach = Buttons.outlined(localizer, "attachButton", "mailings.compose.attach", Feather.PAPERCLIP);
        attach.setOnAction(event -> attach());
        ComboBox<Language> previewLanguage = Choices.of(localizer, List.of(Language.values()),
                viewModel.previewLanguageProperty(), "field.language");
        previewLanguage.setId("previewLanguageField");
        previewLanguage.setMinWidth(Region.USE_PREF_SIZE);
        Button preview = Buttons.outlined(localizer, "previewButton", "mailings.compose.preview", Feather.EYE);
        preview.setOnAction(event -> viewModel.preview());
        Button send = Buttons.accent(localizer, "sendMailingButton", "mailings.compose.send", Feather.SEND);
        send.setOnAction(event -> confirmAndSend());
        send.disableProperty().bind(viewModel.sendingProperty().or(viewModel.recipientCountProperty().lessThan(1)));
        send.setVisible(viewModel.maySend());
        send.setManaged(viewModel.maySend());
        TextArea previewArea = new TextArea();
        previewArea.setId("previewArea");
        previewArea.setEditable(false);
        previewArea.setWrapText(true);
        previewArea.textProperty().bind(viewModel.previewTextProperty());

        GridPane form = new GridPane(10, 8);
        form.addRow(0, label("mailings.compose.audience"), new HBox(8, audience, list, audienceEvent, audienceStatus,
                year));
        form.add(count, 0, 1, 2, 1);
        form.addRow(2, label("mailings.compose.subjectFr"), subjectFr);
        form.addRow(3, label("mailings.compose.bodyFr"), bodyFr);
        form.addRow(4, label("mailings.compose.subjectEn"), subjectEn);
        form.addRow(5, label("mailings.compose.bodyEn"), bodyEn);
        form.add(fields, 1, 6);
        form.addRow(7, label("mailings.compose.attachments"), new HBox(8, attach, attached));
        form.add(new HBox(8, previewLanguage, preview, PageLayout.spacer(), send), 1, 8);
        GridPane.setHgrow(subjectFr, Priority.ALWAYS);
        VBox composer = new VBox(10, PageLayout.sectionTitle(localizer.text("mailings.compose.title")), form,
                previewArea);
        VBox.setVgrow(previewArea, Priority.ALWAYS);
        composer.setPadding(new Insets(0, 8, 0, 0));

        TableView<Mailing> archive = Tables.sortable(viewModel.mailingRows(), localizer);
        archive.setId("mailingsTable");
        // The date alone and the status second: in half a 1280-pixel window the subject may shorten, the state not.
        TableColumn<Mailing, String> created = Tables.text(localizer, "mailings.archive.column.created",
                row -> localizer.date(LocalDate.ofInstant(row.createdAt(), ZoneId.systemDefault())));
        created.setPrefWidth(95);
        TableColumn<Mailing, String> subject = Tables.text(localizer, "mailings.archive.column.subject",
                row -> row.subject(localizer.language()));
        subject.setPrefWidth(125);
        TableColumn<Mailing, String> who = Tables.text(localizer, "mailings.archive.column.audience",
                row -> localizer.label(row.audience().kind()));
        who.setPrefWidth(95);
        TableColumn<Mailing, MailingStatus> status = Tables.label(localizer, "mailings.archive.column.status",
                Mailing::status);
        status.setPrefWidth(140);
        Tables.fitHeaders(archive);
        archive.getColumns().addAll(List.of(created, status, subject, who));
        archive.setPlaceholder(Tables.placeholder(Feather.INBOX, localizer.text("mailings.archive.empty")));
        archive.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (row != null) {
                viewModel.selectedMailingProperty().set(row);
            }
        });
        viewModel.selectedMailingProperty().subscribe(row -> {
            if (row != null && archive.getSelectionModel().getSelectedItem() != row) {
                archive.getSelectionModel().select(row);
            }
        });
        TableView<Delivery> deliveries = Tables.sortable(viewModel.deliveryRows(), localizer);
        deliveries.setId("deliveriesTable");
        TableColumn<Delivery, String> address = Tables.text(localizer, "mailings.subscribers.column.email",
                Delivery::email);
        address.setPrefWidth(250);
        TableColumn<Delivery, DeliveryStatus> state = Tables.label(localizer, "mailings.archive.column.status",
                Delivery::status);
        state.setPrefWidth(105);
        TableColumn<Delivery, String> reply = Tables.text(localizer, "mailings.archive.column.reply",
                Delivery::serverReply);
        reply.setPrefWidth(160);
        Tables.fitHeaders(deliveries);
        deliveries.getColumns().addAll(List.of(address, state, reply));
        deliveries.setPlaceholder(Tables.placeholder(Feather.MAIL, localizer.text("mailings.deliveries.empty")));
        Label tally = new Label();
        tally.setId("mailingTally");
        tally.textProperty().bind(viewModel.tallyTextProperty());
        tally.setWrapText(true);
        Button again = Buttons.outlined(localizer, "sendAgainButton", "mailings.archive.sendAgain", Feather.REFRESH_CW);
        again.setOnAction(event -> viewModel.sendAgainToFailed());
        again.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.tallyProperty().get() == null
                || viewModel.tallyProperty().get().failed() == 0, viewModel.tallyProperty()).or(viewModel.sendingProperty()));
        Button resume = Buttons.outlined(localizer, "resumeButton", "mailings.archive.resume", Feather.PLAY);
        resume.setOnAction(event -> viewModel.resume());
        Button cancelSending = Buttons.outlined(localizer, "cancelMailingButton", "mailings.archive.cancel", Feather.X);
        cancelSending.setOnAction(event -> {
            if (dialogs.confirm(localizer.get("mailings.archive.cancelHeader"),
                    localizer.get("mailings.archive.cancelExplanation"), localizer.get("mailings.archive.cancel"), true)) {
                viewModel.cancel();
            }
        });
        var waiting = Bindings.createBooleanBinding(() -> viewModel.selectedMailingProperty().get() == null
                || viewModel.selectedMailingProperty().get().status() != MailingStatus.SENDING,
                viewModel.selectedMailingProperty());
        resume.disableProperty().bind(waiting.or(viewModel.sendingProperty()));
        cancelSending.disableProperty().bind(waiting);
        for (Button button : List.of(again, resume, cancelSending)) {
            button.setVisible(viewModel.maySend());
            button.setManaged(viewModel.maySend());
        }
        VBox archivePane = new VBox(8, PageLayout.sectionTitle(localizer.text("mailings.archive.title")), archive,
                buttons(again, resume, cancelSending), tally, deliveries);
        VBox.setVgrow(archive, Priority.ALWAYS);
        VBox.setVgrow(deliveries, Priority.ALWAYS);
        archivePane.setPadding(new Insets(0, 0, 0, 8));

        SplitPane split = new SplitPane(composer, archivePane);
        split.setDividerPositions(0.5);
        VBox page = new VBox(12, PageLayout.header(localizer.text("mailings.title"),
                localizer.text("mailings.subtitle")), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        page.setPadding(new Insets(16));
        page.setId("mailingsPage");
        return page;
    }

    private void confirmAndSend() {
        if (dialogs.confirm(localizer.get("mailings.compose.confirmHeader", viewModel.recipientCountProperty().get()),
                viewModel.countTextProperty().get(), localizer.get("mailings.compose.send"), false)) {
            viewModel.send(error -> dialogs.error(localizer.get("mailings.compose.notSent"),
                    error instanceof ca.ccrweb.office.core.common.OfficeException refusal
                            ? refusal.localizedMessage(localizer.messages()) : String.valueOf(error.getMessage())));
        }
    }

    private void attach() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(localizer.get("mailings.compose.attach"));
        File file = chooser.showOpenDialog(dialogs.owner());
        if (file == null) {
            return;
        }
        try {
            String type = Files.probeContentType(file.toPath());
            if (type == null) {
                type = file.getName().toLowerCase(Locale.ROOT).endsWith(".pdf") ? "application/pdf"
                        : "application/octet-stream";
            }
            viewModel.addAttachment(file.getName(), type, Files.readAllBytes(file.toPath()));
        } catch (IOException e) {
            dialogs.error(localizer.get("mailings.compose.attachFailed", file.getName()), e.getMessage());
        }
    }

    /** The archive's actions, wrapping to a second line rather than cutting their words when the pane is narrow. */
    private static javafx.scene.layout.FlowPane buttons(Button... actions) {
        javafx.scene.layout.FlowPane pane = new javafx.scene.layout.FlowPane(8, 8, actions);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return pane;
    }

    private ListCell<ca.ccrweb.office.core.events.Event> eventCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ca.ccrweb.office.core.events.Event item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title(localizer.language()));
            }
        };
    }

    private ListCell<ListSummary> listCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ListSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.list().name(localizer.language()));
            }
        };
    }

    private TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }

    private TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        return area;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(localizer.text(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
