package ca.ccrweb.office.desktop.groups;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.groups.Group;
import ca.ccrweb.office.core.groups.ProposalStatus;
import ca.ccrweb.office.core.groups.WorkshopProposal;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.ReasonDialog;
import ca.ccrweb.office.desktop.common.Tables;
import ca.ccrweb.office.desktop.events.FormDialog;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The workshop proposals: by consultation, with the group's decision. Accepting asks for the day, time, room and
 * places, and the workshop is then in the consultation's programme.
 */
final class ProposalsView {
    private final ProposalsViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final VBox root = new VBox(10);
    private final Label detail = new Label();
    private final ComboBox<Event> consultation;

    ProposalsView(ProposalsViewModel viewModel, Localizer localizer, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        root.setId("proposalsTab");
        root.setPadding(new Insets(10, 0, 0, 0));

        consultation = Picks.of(localizer, "proposalConsultationFilter", FXCollections.observableArrayList(),
                viewModel.consultationProperty(), event -> event.title(localizer.language()),
                "proposals.filter.allConsultations");
        consultation.setPrefWidth(340);
        consultation.setMaxWidth(340);
        consultation.setOnShowing(event -> consultation.getItems().setAll(viewModel.consultations()));
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setOnAction(event -> viewModel.consultationProperty().set(null));

        Button add = Buttons.accent(localizer, "newProposalButton", "proposals.action.new", Feather.PLUS);
        add.setOnAction(event -> createNew());
        var undecided = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() == null
                || viewModel.selectedProperty().get().status() != ProposalStatus.PROPOSED, viewModel.selectedProperty());
        Button correct = Buttons.outlined(localizer, "editProposalButton", "proposals.action.edit", Feather.EDIT_2);
        correct.disableProperty().bind(undecided);
        correct.setOnAction(event -> {
            if (viewModel.startEdit()) {
                showForm(localizer.get("proposals.title.edit"));
            }
        });
        Button accept = Buttons.outlined(localizer, "acceptProposalButton", "proposals.action.accept",
                Feather.CHECK_CIRCLE);
        accept.disableProperty().bind(undecided);
        accept.setOnAction(event -> showAccept());
        Button decline = Buttons.outlined(localizer, "declineProposalButton", "proposals.action.decline",
                Feather.X_CIRCLE);
        decline.disableProperty().bind(undecided);
        decline.setOnAction(event -> ReasonDialog.ask(dialogs, localizer.get("proposals.confirm.decline"),
                localizer.get("proposals.confirm.reason"), localizer.get("proposals.action.decline"),
                ReasonDialog.Reason.REQUIRED, true).ifPresent(viewModel::decline));
        Button withdraw = Buttons.outlined(localizer, "withdrawProposalButton", "proposals.action.withdraw",
                Feather.CORNER_UP_LEFT);
        withdraw.disableProperty().bind(undecided);
        withdraw.setOnAction(event -> ReasonDialog.ask(dialogs, localizer.get("proposals.confirm.withdraw"),
                localizer.get("proposals.confirm.reason"), localizer.get("proposals.action.withdraw"),
                ReasonDialog.Reason.REQUIRED, false).ifPresent(viewModel::withdraw));
        for (Button button : List.of(add, correct, accept, decline, withdraw)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
            button.setVisible(viewModel.canManage());
            button.setManaged(viewModel.canManage());
        }

        TableView<WorkshopProposal> table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("proposalsTable");
        TableColumn<WorkshopProposal, String> event = Tables.text(localizer, "proposals.column.consultation",
                p -> p.eventTitle(localizer.language()));
        event.setPrefWidth(230);
        TableColumn<WorkshopProposal, String> title = Tables.text(localizer, "proposals.column.title",
                p -> p.title(localizer.language()));
        title.setPrefWidth(280);
        TableColumn<WorkshopProposal, String> group = Tables.text(localizer, "proposals.column.group",
                viewModel::groupName);
        group.setPrefWidth(190);
        TableColumn<WorkshopProposal, String> organizer = Tables.text(localizer, "proposals.column.organizer",
                WorkshopProposal::organizerName);
        organizer.setPrefWidth(220);
        TableColumn<WorkshopProposal, ProposalStatus> status = Tables.label(localizer, "proposals.column.status",
                WorkshopProposal::status);
        status.setPrefWidth(90);
        TableColumn<WorkshopProposal, LocalDate> proposedOn = Tables.date(localizer, "proposals.column.proposedOn",
                WorkshopProposal::proposedOn);
        proposedOn.setMinWidth(110);
        status.setMinWidth(90);
        title.setMinWidth(180);
        table.getColumns().addAll(List.of(event, title, group, organizer, status, proposedOn));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(Tables.placeholder(Feather.CLIPBOARD, localizer.text("proposals.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(proposal -> {
            if (proposal != null && table.getSelectionModel().getSelectedItem() != proposal) {
                table.getSelectionModel().select(proposal);
            }
            showDetail(proposal);
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        detail.setId("proposalDetail");
        detail.setWrapText(true);
        detail.setMinHeight(Label.USE_PREF_SIZE);
        root.getChildren().addAll(PageLayout.toolbar(consultation, clear, PageLayout.spacer(), correct, decline,
                withdraw, accept, add), table, detail);
    }

    private void showDetail(WorkshopProposal proposal) {
        if (proposal == null) {
            detail.setText("");
            return;
        }
        StringBuilder text = new StringBuilder(proposal.description() == null ? "" : proposal.description());
        if (proposal.decisionNote() != null) {
            text.append(text.isEmpty() ? "" : "\n").append(localizer.get("proposals.detail.decision",
                    localizer.label(proposal.status()), proposal.decisionNote()));
        }
        if (proposal.sessionId() != null) {
            text.append(text.isEmpty() ? "" : "\n").append(localizer.get("proposals.detail.inProgramme"));
        }
        detail.setText(text.toString());
    }

    void createNew() {
        if (!viewModel.canManage()) {
            return;
        }
        viewModel.startNew();
        showForm(localizer.get("proposals.title.new"));
    }

    private void showForm(String header) {
        GridPane grid = FormDialog.twoColumns();
        ComboBox<Event> event = Picks.of(localizer, "proposalEventField",
                FXCollections.observableArrayList(viewModel.consultations()), viewModel.formEventProperty(),
                e -> e.title(localizer.language()), "proposals.prompt.consultation");
        grid.add(field("event", "field.event", event), 0, 0, 2, 1);
        grid.add(field("group", "field.group", Picks.of(localizer, "proposalGroupField", viewModel.workingGroups(),
                viewModel.groupProperty(), (Group g) -> g.name(localizer.language()), "proposals.prompt.group")), 0, 1);
        grid.add(field("organizer", "field.organizer", Picks.of(localizer, "proposalOrganizerField",
                viewModel.memberOrganizations(), viewModel.organizerProperty(), Organization::name,
                "groups.prompt.organization")), 1, 1);
        grid.add(field("titleFr", "field.titleFr", FormDialog.textField("proposalTitleFrField",
                viewModel.titleFrProperty())), 0, 2, 2, 1);
        grid.add(field("titleEn", "field.titleEn", FormDialog.textField("proposalTitleEnField",
                viewModel.titleEnProperty())), 0, 3, 2, 1);
        TextArea description = new TextArea();
        description.setId("proposalDescriptionField");
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        grid.add(field("description", "field.description", description), 0, 4, 2, 1);
        FormDialog.show(dialogs, "proposalDialog", header,
                localizer.get("proposals.action.save"), Feather.SAVE, grid, 680, viewModel.savingProperty(),
                viewModel::saveNew, event);
    }

    private void showAccept() {
        if (!viewModel.startAccept()) {
            return;
        }
        WorkshopProposal proposal = viewModel.selectedProperty().get();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(localizer.messages().locale());
        ComboBox<LocalDate> day = Picks.of(localizer, "workshopDayField",
                FXCollections.observableArrayList(viewModel.days()), viewModel.dayProperty(), format::format,
                "proposals.prompt.day");
        GridPane grid = FormDialog.twoColumns();
        grid.add(field("day", "field.day", day), 0, 0);
        grid.add(field("room", "field.room", FormDialog.textField("workshopRoomField", viewModel.roomProperty())), 1, 0);
        grid.add(field("startsAt", "field.startsAt", FormDialog.textField("workshopStartsAtField",
                viewModel.startsAtProperty())), 0, 1);
        grid.add(field("endsAt", "events.session.field.endsAt", FormDialog.textField("workshopEndsAtField",
                viewModel.endsAtProperty())), 1, 1);
        grid.add(field("capacity", "field.capacity", FormDialog.textField("workshopCapacityField",
                viewModel.capacityProperty())), 0, 2);
        Label explanation = new Label(localizer.get("proposals.accept.explanation", proposal.eventTitle(
                localizer.language())));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        FormDialog.show(dialogs, "acceptProposalDialog", localizer.get("proposals.title.accept",
                proposal.title(localizer.language())), localizer.get("proposals.action.acceptInto"),
                Feather.CHECK_CIRCLE, new VBox(12, explanation, grid), 620, viewModel.savingProperty(),
                viewModel::accept, day);
    }

    private Node field(String name, String labelKey, Control control) {
        return FormDialog.field(localizer, labelKey, control, viewModel.errors().text(name));
    }

    Node view() {
        return root;
    }
}
