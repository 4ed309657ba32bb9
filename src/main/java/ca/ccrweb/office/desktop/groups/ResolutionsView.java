package ca.ccrweb.office.desktop.groups;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.governance.Resolution;
import ca.ccrweb.office.core.governance.ResolutionStatus;
import ca.ccrweb.office.core.governance.ResolutionTheme;
import ca.ccrweb.office.core.groups.Group;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import ca.ccrweb.office.desktop.events.FormDialog;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/** The resolutions register: search and filters, the table, the resolution selected with its text. */
final class ResolutionsView {
    private final ResolutionsViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final ExportFlow exports;
    private final VBox root = new VBox(10);
    private final CustomTextField search = new CustomTextField();
    private final VBox detail = new VBox(6);
    private final MenuButton export;

    ResolutionsView(ResolutionsViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.exports = exports;
        root.setId("resolutionsTab");
        root.setPadding(new Insets(10, 0, 0, 0));

        search.setId("resolutionSearchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("resolutions.search.prompt"));
        search.setPrefWidth(220);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Choices.Choice<ResolutionTheme>> theme = Choices.filter(localizer, List.of(ResolutionTheme.values()),
                viewModel.themeProperty(), "resolutions.filter.allThemes");
        theme.setId("resolutionThemeFilter");
        theme.setPrefWidth(215);
        ComboBox<Choices.Choice<ResolutionStatus>> status = Choices.filter(localizer,
                List.of(ResolutionStatus.values()), viewModel.statusProperty(), "resolutions.filter.allStatuses");
        status.setId("resolutionStatusFilter");
        status.setPrefWidth(165);
        ComboBox<Integer> year = new ComboBox<>(viewModel.years());
        year.setId("resolutionYearFilter");
        year.setPrefWidth(165);
        year.promptTextProperty().bind(localizer.text("resolutions.filter.allYears"));
        year.valueProperty().bindBidirectional(viewModel.yearProperty());
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.setId("clearResolutionFilters");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setOnAction(event -> viewModel.clearFilters());
        Label count = new Label();
        count.setId("resolutionCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button add = Buttons.accent(localizer, "newResolutionButton", "resolutions.action.new", Feather.PLUS);
        add.setOnAction(event -> createNew());
        Button edit = Buttons.outlined(localizer, "editResolutionButton", "resolutions.action.edit", Feather.EDIT_2);
        edit.disableProperty().bind(viewModel.selectedProperty().isNull());
        edit.setOnAction(event -> {
            if (viewModel.editSelected()) {
                showForm(localizer.get("resolutions.title.edit"));
            }
        });
        for (Button button : List.of(add, edit)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
            button.setVisible(viewModel.canManage());
            button.setManaged(viewModel.canManage());
        }
        export = exportMenu();

        TableView<Resolution> table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("resolutionsTable");
        TableColumn<Resolution, String> number = Tables.text(localizer, "resolution.column.number", Resolution::code);
        number.setPrefWidth(82);
        number.setMinWidth(82);
        TableColumn<Resolution, String> title = Tables.text(localizer, "resolution.column.title",
                r -> r.title(localizer.language()));
        title.setPrefWidth(300);
        title.setMinWidth(180);
        TableColumn<Resolution, ResolutionStatus> statusColumn = Tables.label(localizer, "resolution.column.status",
                Resolution::status);
        statusColumn.setPrefWidth(100);
        statusColumn.setMinWidth(95);
        TableColumn<Resolution, String> sponsor = Tables.text(localizer, "resolution.column.sponsor",
                r -> r.sponsor(localizer.language()));
        sponsor.setPrefWidth(200);
        sponsor.setMinWidth(120);
        table.getColumns().addAll(List.of(number, title, statusColumn, sponsor));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(Tables.placeholder(Feather.FILE_TEXT, localizer.text("resolutions.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(resolution -> {
            if (resolution != null && table.getSelectionModel().getSelectedItem() != resolution) {
                table.getSelectionModel().select(resolution);
            }
            showDetail(resolution);
        });
        LanguageSwitches.followNow(localizer, detail, messages -> showDetail(viewModel.selectedProperty().get()));

        detail.setId("resolutionDetail");
        detail.setPadding(new Insets(12));
        detail.getStyleClass().add(StyleClasses.DETAIL);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(PageLayout.toolbar(search, theme, status, year, clear, PageLayout.spacer(), count),
                PageLayout.toolbar(PageLayout.spacer(), edit, export, add), split);
    }

    private MenuButton exportMenu() {
        MenuButton menu = exports.menuButton(format -> () -> exports.export(format, "resolutions.file.register",
                viewModel.shown().size(), viewModel::export));
        menu.getItems().add(new SeparatorMenuItem());
        for (Language language : Language.values()) {
            MenuItem book = new MenuItem();
            book.setId("exportBook-" + language.code());
            book.textProperty().bind(localizer.text(() -> localizer.get("resolutions.export.book",
                    String.valueOf(viewModel.bookYear()), localizer.label(language)), viewModel.yearProperty(),
                    viewModel.years()));
            book.setOnAction(event -> exports.exportNamed(ExportFormat.PDF, localizer.get("resolutions.file.book",
                    String.valueOf(viewModel.bookYear()), language.code()), 1,
                    (format, file, progress) -> viewModel.writeBook(language, file)));
            menu.getItems().add(book);
        }
        return menu;
    }

    private void showDetail(Resolution resolution) {
        detail.getChildren().clear();
        if (resolution == null) {
            detail.getChildren().add(PageLayout.emptyState(Feather.FILE_TEXT, localizer.text("resolutions.detail.none"),
                    localizer.text("resolutions.detail.noneHint")));
            return;
        }
        Label code = new Label(localizer.get("resolution.book.heading", resolution.code()));
        code.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label(resolution.title(localizer.language()));
        title.setId("resolutionTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        detail.getChildren().addAll(code, title);
        fact("resolution.column.status", localizer.label(resolution.status()));
        fact("resolution.column.sponsor", resolution.sponsor(localizer.language()));
        fact("resolution.column.adoptedAt", resolution.adoptedAt(localizer.language()));
        fact("resolution.column.themes", viewModel.themesText(resolution));
        fact("resolution.column.related", viewModel.relatedText(resolution));
        String text = resolution.text(localizer.language());
        Label body = new Label(text == null ? localizer.get("resolution.book.noText") : text);
        body.setId("resolutionText");
        body.setWrapText(true);
        body.setPadding(new Insets(8, 0, 0, 0));
        detail.getChildren().add(body);
    }

    private void fact(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Label fact = new Label(localizer.get("resolution.book.factLabel", localizer.get(labelKey)) + " " + value);
        fact.setWrapText(true);
        detail.getChildren().add(fact);
    }

    void createNew() {
        if (!viewModel.canManage()) {
            return;
        }
        viewModel.startNew();
        showForm(localizer.get("resolutions.title.new"));
    }

    private void showForm(String header) {
        GridPane grid = FormDialog.twoColumns();
        var yearField = FormDialog.textField("resolutionYearField", viewModel.formYearProperty());
        grid.add(field("year", "field.year", yearField), 0, 0);
        var numberField = FormDialog.textField("resolutionNumberField", viewModel.formNumberProperty());
        numberField.promptTextProperty().bind(localizer.text("resolutions.prompt.number"));
        grid.add(field("number", "field.number", numberField), 1, 0);
        grid.add(field("sponsor", "field.sponsor", Picks.of(localizer, "sponsorField", viewModel.groups(),
                viewModel.sponsorProperty(), (Group g) -> g.name(localizer.language()),
                "resolutions.prompt.sponsor")), 0, 1);
        ComboBox<ResolutionStatus> status = Choices.of(localizer, List.of(ResolutionStatus.values()),
                viewModel.formStatusProperty(), "resolutions.prompt.status");
        status.setId("resolutionStatusField");
        grid.add(field("status", "field.status", status), 1, 1);
        grid.add(field("sponsorOrganization", "resolutions.field.sponsorOrganization", Picks.of(localizer,
                "sponsorOrganizationField", viewModel.memberOrganizations(), viewModel.sponsorOrganizationProperty(),
                Organization::name, "resolutions.prompt.sponsorOrganization")), 0, 5);
        grid.add(field("adoptedAt", "resolutions.field.adoptedAt", Picks.of(localizer, "adoptedAtField",
                FXCollections.observableArrayList(viewModel.consultations()), viewModel.adoptedAtProperty(),
                (Event e) -> e.title(localizer.language()), "resolutions.prompt.adoptedAt")), 1, 5);
        ListView<Resolution> relatedList = new ListView<>(FXCollections.observableArrayList(viewModel.relatable()));
        relatedList.setId("relatedField");
        relatedList.setPrefHeight(120);
        relatedList.setCellFactory(CheckBoxListCell.forListView(resolution -> {
            BooleanProperty chosen = new SimpleBooleanProperty(viewModel.related().contains(resolution.id()));
            chosen.subscribe(on -> {
                if (on) {
                    viewModel.related().add(resolution.id());
                } else {
                    viewModel.related().remove(resolution.id());
                }
            });
            return chosen;
        }, new StringConverter<>() {
            @Override
            public String toString(Resolution resolution) {
                return resolution.code() + "  " + resolution.title(localizer.language());
            }

            @Override
            public Resolution fromString(String text) {
                throw new UnsupportedOperationException();
            }
        }));
        grid.add(field("related", "resolutions.field.related", relatedList), 0, 6, 2, 1);
        grid.add(field("titleFr", "field.titleFr", FormDialog.textField("resolutionTitleFrField",
                viewModel.titleFrProperty())), 0, 2, 2, 1);
        grid.add(field("titleEn", "field.titleEn", FormDialog.textField("resolutionTitleEnField",
                viewModel.titleEnProperty())), 0, 3, 2, 1);
        grid.add(field("textFr", "field.textFr", area("resolutionTextFrField", viewModel.textFrProperty())), 0, 4);
        grid.add(field("textEn", "field.textEn", area("resolutionTextEnField", viewModel.textEnProperty())), 1, 4);
        FlowPane themes = new FlowPane(10, 6);
        themes.setId("resolutionThemesField");
        for (ResolutionTheme theme : ResolutionTheme.values()) {
            CheckBox box = new CheckBox(localizer.label(theme));
            box.setSelected(viewModel.themes().contains(theme));
            box.selectedProperty().subscribe(chosen -> {
                if (chosen) {
                    viewModel.themes().add(theme);
                } else {
                    viewModel.themes().remove(theme);
                }
            });
            themes.getChildren().add(box);
        }
        Label themesLabel = new Label(localizer.get("resolution.column.themes"));
        VBox all = new VBox(10, grid, themesLabel, themes);
        FormDialog.show(dialogs, "resolutionDialog", header, localizer.get("resolutions.action.save"), Feather.SAVE,
                all, 820, viewModel.savingProperty(), viewModel::save, yearField);
    }

    private static TextArea area(String id, StringProperty bound) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.textProperty().bindBidirectional(bound);
        return area;
    }

    private Node field(String name, String labelKey, Control control) {
        return FormDialog.field(localizer, labelKey, control, viewModel.errors().text(name));
    }

    void focusSearch() {
        search.requestFocus();
    }

    void export() {
        export.show();
    }

    Node view() {
        return root;
    }
}
