package ca.ccrweb.office.desktop.groups;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.groups.ChairSeat;
import ca.ccrweb.office.core.groups.ChairTerm;
import ca.ccrweb.office.core.groups.GroupKind;
import ca.ccrweb.office.core.groups.GroupMeeting;
import ca.ccrweb.office.core.groups.GroupMember;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import ca.ccrweb.office.desktop.events.FormDialog;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The groups tab: the list of groups and, for the one selected, its seats' terms, members and meetings. */
final class GroupListView {
    private final GroupListViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final VBox root = new VBox(10);
    private final Label name = new Label();
    private final Label facts = new Label();
    private final Label purpose = new Label();

    GroupListView(GroupListViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        root.setId("groupsTab");
        root.setPadding(new Insets(10, 0, 0, 0));

        TableView<GroupListViewModel.GroupRow> table = Tables.sortable(viewModel.rows(), localizer);
        table.setId("groupsTable");
        TableColumn<GroupListViewModel.GroupRow, String> nameColumn = Tables.text(localizer, "group.column.group",
                row -> row.group().name(localizer.language()));
        nameColumn.setPrefWidth(230);
        nameColumn.setMinWidth(190);
        TableColumn<GroupListViewModel.GroupRow, GroupKind> kind = Tables.label(localizer, "groups.column.kind",
                row -> row.group().kind());
        kind.setPrefWidth(130);
        TableColumn<GroupListViewModel.GroupRow, String> chairs = Tables.text(localizer, "groups.column.chairs",
                viewModel::chairsText);
        chairs.setPrefWidth(200);
        TableColumn<GroupListViewModel.GroupRow, Integer> count = new TableColumn<>();
        count.textProperty().bind(localizer.text("groups.column.members"));
        count.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                row.getValue().currentMembers()));
        count.setPrefWidth(90);
        count.setMinWidth(90);
        count.setMaxWidth(90);
        table.getColumns().addAll(List.of(nameColumn, kind, chairs, count));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.showWhenWiderThan(table, kind, 560);
        Tables.showWhenWiderThan(table, chairs, 420);
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(row -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
            showHeading(row);
        });
        LanguageSwitches.followNow(localizer, root, messages -> showHeading(viewModel.selectedProperty().get()));

        name.getStyleClass().add(Styles.TITLE_3);
        name.setId("groupName");
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.setWrapText(true);
        purpose.setWrapText(true);

        TableView<ChairTerm> terms = Tables.sortable(viewModel.terms(), localizer);
        terms.setId("chairTermsTable");
        TableColumn<ChairTerm, ChairSeat> seat = Tables.label(localizer, "groups.column.seat", ChairTerm::seat);
        seat.setPrefWidth(130);
        seat.setMinWidth(142);
        TableColumn<ChairTerm, String> holder = Tables.text(localizer, "group.column.name", ChairTerm::fullName);
        holder.setPrefWidth(150);
        holder.setMinWidth(110);
        TableColumn<ChairTerm, String> from = Tables.text(localizer, "group.column.organization",
                ChairTerm::organizationName);
        from.setPrefWidth(190);
        terms.getColumns().addAll(List.of(seat, holder, from, dated(Tables.date(localizer, "group.column.from",
                ChairTerm::startsOn)), dated(Tables.date(localizer, "group.column.until", ChairTerm::endsOn))));
        terms.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        terms.setPrefHeight(170);
        terms.setPlaceholder(Tables.placeholder(Feather.AWARD, localizer.text("groups.terms.empty")));

        TableView<GroupMember> members = Tables.sortable(viewModel.members(), localizer);
        members.setId("groupMembersTable");
        TableColumn<GroupMember, String> member = Tables.text(localizer, "group.column.name", GroupMember::fullName);
        member.setPrefWidth(160);
        member.setMinWidth(120);
        TableColumn<GroupMember, String> memberFrom = Tables.text(localizer, "group.column.organization",
                GroupMember::organizationName);
        memberFrom.setPrefWidth(230);
        members.getColumns().addAll(List.of(member, memberFrom, dated(Tables.date(localizer, "group.column.from",
                GroupMember::sinceOn)), dated(Tables.date(localizer, "group.column.until", GroupMember::untilOn))));
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        members.setPrefHeight(220);
        members.setPlaceholder(Tables.placeholder(Feather.USERS, localizer.text("groups.members.empty")));

        TableView<GroupMeeting> meetings = Tables.sortable(viewModel.meetings(), localizer);
        meetings.setId("groupMeetingsTable");
        TableColumn<GroupMeeting, String> meeting = Tables.text(localizer, "groups.column.meeting",
                m -> m.title(localizer.language()));
        meeting.setPrefWidth(330);
        meetings.getColumns().addAll(List.of(dated(Tables.date(localizer, "groups.column.day", GroupMeeting::day)),
                meeting,
                Tables.text(localizer, "groups.column.city", GroupMeeting::city)));
        meetings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        meetings.setPrefHeight(170);
        meetings.setPlaceholder(Tables.placeholder(Feather.CALENDAR, localizer.text("groups.meetings.empty")));

        Button giveSeat = Buttons.outlined(localizer, "addChairTermButton", "groups.action.addTerm", Feather.AWARD);
        giveSeat.disableProperty().bind(viewModel.selectedProperty().isNull());
        giveSeat.setOnAction(event -> showTermForm());
        Button endTerm = Buttons.outlined(localizer, "endChairTermButton", "groups.action.endTerm", Feather.CALENDAR);
        endTerm.disableProperty().bind(terms.getSelectionModel().selectedItemProperty().isNull());
        endTerm.setOnAction(event -> askDate("groups.confirm.endTerm")
                .ifPresent(day -> viewModel.endTerm(terms.getSelectionModel().getSelectedItem(), day)));
        Button addMember = Buttons.outlined(localizer, "addGroupMemberButton", "groups.action.addMember",
                Feather.USER_PLUS);
        addMember.disableProperty().bind(viewModel.selectedProperty().isNull());
        addMember.setOnAction(event -> showMemberForm());
        Button memberLeft = Buttons.outlined(localizer, "memberLeftButton", "groups.action.memberLeft",
                Feather.USER_MINUS);
        memberLeft.disableProperty().bind(members.getSelectionModel().selectedItemProperty().isNull());
        memberLeft.setOnAction(event -> askDate("groups.confirm.memberLeft")
                .ifPresent(day -> viewModel.endMembership(members.getSelectionModel().getSelectedItem(), day)));
        for (Button button : List.of(giveSeat, endTerm, addMember, memberLeft)) {
            button.setVisible(viewModel.canManage());
            button.setManaged(viewModel.canManage());
        }

        VBox detail = new VBox(8, name, facts, purpose,
                heading("groups.section.chairs", giveSeat, endTerm), terms,
                heading("groups.section.members", addMember, memberLeft), members,
                PageLayout.sectionTitle(localizer.text("groups.section.meetings")), meetings);
        detail.setPadding(new Insets(12));
        detail.getStyleClass().add(StyleClasses.DETAIL);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setDividerPositions(0.36);
        VBox.setVgrow(split, Priority.ALWAYS);
        var export = exports.menuButton(format -> () -> exports.export(format, "groups.file.roster",
                viewModel.rows().size(), viewModel::export));
        export.textProperty().unbind();
        export.textProperty().bind(localizer.text("groups.action.exportRoster"));
        Button newGroup = Buttons.accent(localizer, "newGroupButton", "groups.action.newGroup", Feather.PLUS);
        newGroup.setOnAction(event -> showGroupForm(false));
        Button editGroup = Buttons.outlined(localizer, "editGroupButton", "groups.action.editGroup", Feather.EDIT_2);
        editGroup.disableProperty().bind(viewModel.selectedProperty().isNull());
        editGroup.setOnAction(event -> showGroupForm(true));
        for (Button button : List.of(newGroup, editGroup)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
            button.setVisible(viewModel.canManage());
            button.setManaged(viewModel.canManage());
        }
        root.getChildren().addAll(PageLayout.toolbar(PageLayout.spacer(), editGroup, export, newGroup), split);
    }

    private static <S> TableColumn<S, LocalDate> dated(TableColumn<S, LocalDate> column) {
        column.setMinWidth(110);
        column.setPrefWidth(110);
        return column;
    }

    private Node heading(String titleKey, Button... actions) {
        Label title = PageLayout.sectionTitle(localizer.text(titleKey));
        title.setMinWidth(Label.USE_PREF_SIZE);
        for (Button action : actions) {
            action.setMinWidth(Button.USE_PREF_SIZE);
        }
        if (!viewModel.canManage()) {
            return title;
        }
        return new VBox(6, title, PageLayout.toolbar(actions));
    }

    private void showHeading(GroupListViewModel.GroupRow row) {
        if (row == null) {
            name.setText("");
            facts.setText("");
            purpose.setText("");
            return;
        }
        name.setText(row.group().name(localizer.language()));
        String liaison = row.group().staffLiaison() == null ? localizer.get("groups.detail.noLiaison")
                : localizer.get("groups.detail.liaison", row.group().staffLiaison());
        facts.setText(localizer.label(row.group().kind()) + " · " + liaison);
        String text = localizer.language() == Language.FR ? row.group().purposeFr()
                : row.group().purposeEn();
        purpose.setText(text == null ? "" : text);
    }

    private Optional<LocalDate> askDate(String headerKey) {
        ObjectProperty<LocalDate> day =
                new SimpleObjectProperty<>(viewModel.today());
        var picker = DateFields.picker(localizer, "endDateField", day);
        boolean[] chosen = {false};
        FormDialog.show(dialogs, "endDateDialog", localizer.get(headerKey), localizer.get("groups.action.record"),
                Feather.CHECK, new VBox(8, new Label(localizer.get("groups.field.on")), picker), 380,
                new SimpleBooleanProperty(false), close -> {
                    chosen[0] = day.get() != null;
                    close.run();
                }, picker);
        return chosen[0] ? Optional.of(day.get()) : Optional.empty();
    }

    private void showGroupForm(boolean forSelected) {
        viewModel.startGroupForm(forSelected);
        List<GroupKind> kinds = forSelected && viewModel.kindProperty().get() == GroupKind.WORKING_GROUP
                ? List.of(GroupKind.WORKING_GROUP) : List.of(GroupKind.YOUTH_NETWORK, GroupKind.COMMITTEE, GroupKind.OTHER);
        ComboBox<GroupKind> kind = Choices.of(localizer, kinds, viewModel.kindProperty(), "groups.prompt.kind");
        kind.setId("groupKindField");
        GridPane grid = FormDialog.twoColumns();
        grid.add(field("kind", "field.kind", kind), 0, 0);
        grid.add(field("staffLiaison", "field.staffLiaison", FormDialog.textField("staffLiaisonField",
                viewModel.staffLiaisonProperty())), 1, 0);
        var nameFr = FormDialog.textField("groupNameFrField", viewModel.nameFrProperty());
        grid.add(field("nameFr", "field.nameFr", nameFr), 0, 1);
        grid.add(field("nameEn", "field.nameEn", FormDialog.textField("groupNameEnField",
                viewModel.nameEnProperty())), 1, 1);
        grid.add(field("purposeFr", "field.purposeFr", FormDialog.textField("groupPurposeFrField",
                viewModel.purposeFrProperty())), 0, 2, 2, 1);
        grid.add(field("purposeEn", "field.purposeEn", FormDialog.textField("groupPurposeEnField",
                viewModel.purposeEnProperty())), 0, 3, 2, 1);
        FormDialog.show(dialogs, "groupDialog", localizer.get(forSelected ? "groups.title.editGroup"
                        : "groups.title.newGroup"), localizer.get("groups.action.saveGroup"), Feather.SAVE, grid, 640,
                viewModel.savingProperty(), viewModel::saveGroup, nameFr);
    }

    private void showTermForm() {
        viewModel.startForm();
        ComboBox<ChairSeat> seat = Choices.of(localizer, List.of(ChairSeat.values()), viewModel.seatProperty(),
                "groups.prompt.seat");
        seat.setId("seatField");
        GridPane grid = personGrid(seat, "seat", "field.seat");
        grid.add(field("startsOn", "field.startsOn", DateFields.picker(localizer, "startsOnField",
                viewModel.startsOnProperty())), 0, 3);
        grid.add(field("endsOn", "field.endsOn", DateFields.picker(localizer, "endsOnField",
                viewModel.endsOnProperty())), 1, 3);
        FormDialog.show(dialogs, "chairTermDialog", localizer.get("groups.title.addTerm"),
                localizer.get("groups.action.saveTerm"), Feather.SAVE, grid, 620, viewModel.savingProperty(),
                viewModel::saveChairTerm, seat);
    }

    private void showMemberForm() {
        viewModel.startForm();
        var since = DateFields.picker(localizer, "sinceOnField", viewModel.startsOnProperty());
        GridPane grid = personGrid(since, "sinceOn", "field.sinceOn");
        FormDialog.show(dialogs, "groupMemberDialog", localizer.get("groups.title.addMember"),
                localizer.get("groups.action.saveMember"), Feather.SAVE, grid, 620, viewModel.savingProperty(),
                viewModel::saveMember, grid.getChildren().get(1));
    }

    private GridPane personGrid(Control first, String firstField, String firstLabel) {
        GridPane grid = FormDialog.twoColumns();
        grid.add(field(firstField, firstLabel, first), 0, 0);
        grid.add(field("fullName", "field.fullName", FormDialog.textField("fullNameField",
                viewModel.fullNameProperty())), 0, 1);
        grid.add(field("email", "field.email", FormDialog.textField("emailField", viewModel.emailProperty())), 1, 1);
        ComboBox<Organization> organization = Picks.of(localizer, "organizationField",
                viewModel.memberOrganizations(), viewModel.organizationProperty(), Organization::name,
                "groups.prompt.organization");
        grid.add(field("organization", "groups.field.organization", organization), 0, 2, 2, 1);
        return grid;
    }

    private Node field(String name, String labelKey, Control control) {
        return FormDialog.field(localizer, labelKey, control, viewModel.errors().text(name));
    }

    Node view() {
        return root;
    }
}
