package ca.ccrweb.office.desktop.communications;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.communications.Paper;
import ca.ccrweb.office.core.communications.QuarterlyUpdate;
import ca.ccrweb.office.core.communications.UpdateSection;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.FxPageImages;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageImage;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.PrintFlow;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.communications.QuarterlyUpdateEditorViewModel.FigureItem;
import ca.ccrweb.office.desktop.communications.QuarterlyUpdateEditorViewModel.SectionItem;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;

/**
 * The editor of one edition: the form on the left (title, date, paper, sections, picture, key figures), the
 * live preview of both pages on the right with how full each page is, and Save, Publish, Revise, Print… and
 * Save as PDF… below.
 */
public final class QuarterlyUpdateEditorView {
    private final QuarterlyUpdateEditorViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final PrintFlow printing;
    private final BorderPane root = new BorderPane();
    private final VBox pages = new VBox(14);
    private final VBox figureRows = new VBox(6);
    private final TextField heading = new TextField();
    private final TextArea body = new TextArea();
    private final DatePicker issueDate;
    private final ComboBox<Integer> sectionPage = new ComboBox<>(FXCollections.observableArrayList(
            UpdateSection.FIRST_PAGE, UpdateSection.SECOND_PAGE));
    private Runnable onBack = () -> { };
    private Function<FileChooser, File> openDialog;
    private SectionItem bound;

    public QuarterlyUpdateEditorView(QuarterlyUpdateEditorViewModel viewModel, Localizer localizer, Dialogs dialogs,
                                     PrintFlow printing) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.printing = printing;
        this.openDialog = chooser -> chooser.showOpenDialog(dialogs.owner());
        root.setId("quarterlyEditor");
        root.getStyleClass().add(StyleClasses.PAGE);

        Button back = new Button(null, Icons.of(Feather.ARROW_LEFT));
        back.setId("backToUpdatesButton");
        back.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        back.setOnAction(event -> back());
        Label status = new Label();
        status.setId("editionStatus");
        status.getStyleClass().add(StyleClasses.BADGE);
        viewModel.updateProperty().subscribe(edition -> {
            status.getStyleClass().removeAll(StyleClasses.BADGE_SUCCESS, StyleClasses.BADGE_NEUTRAL);
            status.getStyleClass().add(edition != null && edition.published() ? StyleClasses.BADGE_SUCCESS
                    : StyleClasses.BADGE_NEUTRAL);
        });
        status.textProperty().bind(localizer.text(() -> viewModel.updateProperty().get() == null ? ""
                : localizer.label(viewModel.updateProperty().get().status()), viewModel.updateProperty()));
        HBox top = new HBox(8, back, PageLayout.header(localizer.text(this::title, viewModel.updateProperty()),
                localizer.text(this::subtitle, viewModel.updateProperty())), PageLayout.spacer(), status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);

        issueDate = DateFields.picker(localizer, "issueDateField", viewModel.issueDateProperty());
        SplitPane split = new SplitPane(form(), preview());
        split.setDividerPositions(0.5);
        root.setCenter(split);
        root.setBottom(actions());
    }

    private String title() {
        QuarterlyUpdate edition = viewModel.updateProperty().get();
        return edition == null ? "" : localizer.get("quarterly.editor.title", edition.quarter(),
                String.valueOf(edition.year()), localizer.label(edition.language()));
    }

    private String subtitle() {
        QuarterlyUpdate edition = viewModel.updateProperty().get();
        if (edition == null) {
            return "";
        }
        if (edition.published()) {
            return localizer.get("quarterly.editor.subtitle.published", edition.revision(),
                    localizer.dateTime(edition.publishedAt()), edition.publishedBy());
        }
        return localizer.get(viewModel.mayPublish() ? "quarterly.editor.subtitle.draft"
                : "quarterly.editor.subtitle.readOnly", edition.revision());
    }

    private Node form() {
        TextField title = new TextField();
        title.setId("updateTitleField");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        DatePicker date = issueDate;
        ComboBox<Paper> paper = Choices.of(localizer, List.of(Paper.values()), viewModel.paperProperty(),
                "quarterly.field.paper");
        paper.setId("paperField");
        GridPane basics = new GridPane(12, 8);
        basics.add(new FormField(localizer.text("quarterly.field.title"), title,
                viewModel.errors().text("title")), 0, 0, 2, 1);
        basics.add(new FormField(localizer.text("quarterly.field.issueDate"), date,
                viewModel.errors().text("issueDate")), 0, 1);
        basics.add(new FormField(localizer.text("quarterly.field.paper"), paper, localizer.text(() -> "")), 1, 1);
        growFirstColumn(basics);

        VBox form = new VBox(14, basics, sections(), picture(), figures());
        form.setPadding(new Insets(4, 14, 14, 2));
        form.disableProperty().bind(viewModel.editableProperty().not());
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(380);
        return scroll;
    }

    private Node sections() {
        ListView<SectionItem> list = new ListView<>(viewModel.sections());
        list.setId("sectionsList");
        list.setPrefHeight(170);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SectionItem item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    textProperty().bind(Bindings.createStringBinding(() -> localizer.get(
                            "quarterly.editor.sectionLine", item.pageProperty().get(), item.headingProperty().get()),
                            item.pageProperty(), item.headingProperty(), localizer.messagesProperty()));
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().subscribe(selected -> {
            if (selected != null) {
                viewModel.selectedSectionProperty().set(selected);
            }
        });
        viewModel.selectedSectionProperty().subscribe(selected -> {
            if (list.getSelectionModel().getSelectedItem() != selected) {
                list.getSelectionModel().select(selected);
            }
            bindSection(selected);
        });
        Button add = iconButton("addSectionButton", Feather.PLUS, "quarterly.action.addSection",
                viewModel::addSection);
        Button remove = iconButton("removeSectionButton", Feather.TRASH_2, "quarterly.action.removeSection",
                viewModel::removeSection);
        Button up = iconButton("moveSectionUpButton", Feather.ARROW_UP, "quarterly.action.moveUp",
                () -> viewModel.moveSection(-1));
        Button down = iconButton("moveSectionDownButton", Feather.ARROW_DOWN, "quarterly.action.moveDown",
                () -> viewModel.moveSection(1));

        heading.setId("sectionHeadingField");
        body.setId("sectionBodyField");
        body.setWrapText(true);
        body.setPrefRowCount(9);
        sectionPage.setId("sectionPageField");
        sectionPage.setButtonCell(pageCell());
        sectionPage.setCellFactory(view -> pageCell());
        Label hint = new Label();
        hint.textProperty().bind(localizer.text("quarterly.editor.markupHint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        GridPane editor = new GridPane(12, 6);
        editor.add(new FormField(localizer.text("quarterly.field.heading"), heading, localizer.text(() -> "")), 0, 0);
        editor.add(new FormField(localizer.text("quarterly.field.page"), sectionPage, localizer.text(() -> "")), 1, 0);
        editor.add(new FormField(localizer.text("quarterly.field.body"), body, localizer.text(() -> "")), 0, 1, 2, 1);
        editor.add(hint, 0, 2, 2, 1);
        growFirstColumn(editor);
        editor.disableProperty().bind(viewModel.selectedSectionProperty().isNull());

        HBox.setHgrow(list, Priority.ALWAYS);
        return new VBox(8, PageLayout.sectionTitle(localizer.text("quarterly.editor.sections")),
                new HBox(8, list, new VBox(4, add, remove, up, down)), editor);
    }

    /** The first column takes the width left; the second (page, paper) keeps its own. */
    private static void growFirstColumn(GridPane grid) {
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setFillWidth(true);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setHgrow(Priority.NEVER);
        grid.getColumnConstraints().setAll(wide, narrow);
    }

    private ListCell<Integer> pageCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : localizer.get("quarterly.editor.page", page));
            }
        };
    }

    private void bindSection(SectionItem selected) {
        if (bound != null) {
            heading.textProperty().unbindBidirectional(bound.headingProperty());
            body.textProperty().unbindBidirectional(bound.bodyProperty());
        }
        bound = selected;
        if (selected == null) {
            heading.setText("");
            body.setText("");
            return;
        }
        heading.textProperty().bindBidirectional(selected.headingProperty());
        body.textProperty().bindBidirectional(selected.bodyProperty());
        sectionPage.setValue(selected.pageProperty().get());
        sectionPage.setOnAction(event -> {
            if (bound != null && sectionPage.getValue() != null) {
                bound.pageProperty().set(sectionPage.getValue());
            }
        });
    }

    private Node picture() {
        Label chosen = new Label();
        chosen.setId("pictureChosen");
        chosen.textProperty().bind(localizer.text(() -> viewModel.imageBytesProperty().get() == null
                ? localizer.get("quarterly.editor.noPicture")
                : localizer.get("quarterly.editor.picture", viewModel.imageBytesProperty().get().length / 1024),
                viewModel.imageBytesProperty()));
        Button choose = Buttons.outlined(localizer, "choosePictureButton", "quarterly.action.choosePicture",
                Feather.IMAGE);
        choose.setOnAction(event -> choosePicture());
        Button remove = Buttons.outlined(localizer, "removePictureButton", "quarterly.action.removePicture",
                Feather.X);
        remove.setOnAction(event -> viewModel.removeImage());
        remove.disableProperty().bind(viewModel.imageBytesProperty().isNull());
        TextField caption = new TextField();
        caption.setId("pictureCaptionField");
        caption.textProperty().bindBidirectional(viewModel.imageCaptionProperty());
        ComboBox<Integer> page = new ComboBox<>(FXCollections.observableArrayList(1, 2));
        page.setId("picturePageField");
        page.setButtonCell(pageCell());
        page.setCellFactory(view -> pageCell());
        page.setValue(viewModel.imagePageProperty().get());
        page.setOnAction(event -> viewModel.imagePageProperty().set(page.getValue()));
        viewModel.imagePageProperty().subscribe(value -> page.setValue(value.intValue()));
        GridPane grid = new GridPane(12, 6);
        grid.add(new FormField(localizer.text("quarterly.field.imageCaption"), caption,
                viewModel.errors().text("imageCaption")), 0, 0);
        grid.add(new FormField(localizer.text("quarterly.field.page"), page, localizer.text(() -> "")), 1, 0);
        growFirstColumn(grid);
        Label error = new Label();
        error.textProperty().bind(viewModel.errors().text("image"));
        error.getStyleClass().add(StyleClasses.FIELD_ERROR);
        HBox buttons = new HBox(8, choose, remove, chosen);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, PageLayout.sectionTitle(localizer.text("quarterly.editor.pictureTitle")), buttons, error,
                grid);
    }

    private void choosePicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(localizer.get("quarterly.action.choosePicture"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(localizer.get("quarterly.editor.images"),
                "*.png", "*.jpg", "*.jpeg"));
        File file = openDialog.apply(chooser);
        if (file != null) {
            try {
                viewModel.setImage(Files.readAllBytes(file.toPath()));
            } catch (IOException e) {
                dialogs.error(localizer.get("quarterly.error.pictureUnreadable"), e.getMessage());
            }
        }
    }

    private Node figures() {
        viewModel.figures().addListener((ListChangeListener<FigureItem>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                showFigures();
            }
        });
        showFigures();
        Button recompute = Buttons.outlined(localizer, "recomputeFiguresButton", "quarterly.action.recompute",
                Feather.REFRESH_CW);
        recompute.setOnAction(event -> viewModel.recomputeFigures());
        Button add = Buttons.outlined(localizer, "addFigureButton", "quarterly.action.addFigure", Feather.PLUS);
        add.setOnAction(event -> viewModel.addFigure());
        Label hint = new Label();
        hint.textProperty().bind(localizer.text("quarterly.editor.figuresHint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        return new VBox(8, PageLayout.sectionTitle(localizer.text("quarterly.editor.figures")), hint, figureRows,
                new HBox(8, recompute, add));
    }

    private void showFigures() {
        figureRows.getChildren().clear();
        int index = 0;
        for (FigureItem figure : viewModel.figures()) {
            TextField value = new TextField();
            value.setId("figureValue" + index);
            value.setPrefColumnCount(6);
            value.textProperty().bindBidirectional(figure.valueProperty());
            TextField label = new TextField();
            label.setId("figureLabel" + index);
            label.textProperty().bindBidirectional(figure.labelProperty());
            HBox.setHgrow(label, Priority.ALWAYS);
            Button remove = iconButton("removeFigure" + index, Feather.X, "quarterly.action.removeFigure",
                    () -> viewModel.removeFigure(figure));
            HBox row = new HBox(6, value, label, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            figureRows.getChildren().add(row);
            index++;
        }
    }

    private Node preview() {
        VBox fits = new VBox(4, fit(1, viewModel.firstPageFitProperty()), fit(2, viewModel.secondPageFitProperty()));
        Label overflow = new Label();
        overflow.setId("overflowWarning");
        overflow.textProperty().bind(viewModel.overflowWarningProperty());
        overflow.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        overflow.getStyleClass().add(Styles.DANGER);
        overflow.setWrapText(true);
        overflow.visibleProperty().bind(viewModel.overflowingProperty());
        overflow.managedProperty().bind(overflow.visibleProperty());

        pages.setId("previewPages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(14));
        pages.setStyle("-fx-background-color: #e8eaed;");
        viewModel.preview().addListener((ListChangeListener<PageImage>) change -> showPages());
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(8, PageLayout.sectionTitle(localizer.text("quarterly.editor.preview")), fits, overflow,
                scroll);
        box.setPadding(new Insets(4, 2, 4, 14));
        box.setMinWidth(360);
        return box;
    }

    private Node fit(int page, IntegerProperty percent) {
        ProgressBar bar = new ProgressBar();
        bar.setId("fitPage" + page);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> Math.min(1, percent.get() / 100.0), percent));
        bar.setPrefWidth(160);
        percent.subscribe(value -> {
            bar.pseudoClassStateChanged(Styles.STATE_DANGER, value.intValue() > 100);
            bar.pseudoClassStateChanged(Styles.STATE_WARNING, value.intValue() > 90 && value.intValue() <= 100);
        });
        Label text = new Label();
        text.setId("fitPage" + page + "Text");
        text.textProperty().bind(localizer.text(() -> localizer.get("quarterly.editor.fit", page, percent.get()),
                percent));
        HBox row = new HBox(10, bar, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(Bindings.size(viewModel.preview()).greaterThan(page - 1));
        return row;
    }

    private void showPages() {
        pages.getChildren().clear();
        for (PageImage page : viewModel.preview()) {
            ImageView view = new ImageView(FxPageImages.of(page));
            view.setFitWidth(460);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setEffect(new DropShadow(8, Color.gray(0, 0.3)));
            pages.getChildren().add(view);
        }
    }

    private Node actions() {
        Button save = Buttons.outlined(localizer, "saveUpdateButton", "quarterly.action.save", Feather.SAVE);
        save.setOnAction(event -> viewModel.save());
        DateFields.guard(save, issueDate);
        save.disableProperty().bind(viewModel.editableProperty().not().or(viewModel.busyProperty()));
        Button publish = Buttons.accent(localizer, "publishUpdateButton", "quarterly.action.publish", Feather.SEND);
        publish.setOnAction(event -> publish());
        DateFields.guard(publish, issueDate);
        publish.disableProperty().bind(viewModel.editableProperty().not().or(viewModel.busyProperty())
                .or(viewModel.overflowingProperty()));
        Button revise = Buttons.outlined(localizer, "reviseUpdateButton", "quarterly.action.revise", Feather.EDIT);
        revise.setOnAction(event -> viewModel.revise());
        revise.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.mayPublish()
                && viewModel.updateProperty().get() != null && viewModel.updateProperty().get().published(),
                viewModel.updateProperty()));
        revise.managedProperty().bind(revise.visibleProperty());
        save.visibleProperty().bind(revise.visibleProperty().not().and(
                Bindings.createBooleanBinding(viewModel::mayPublish)));
        save.managedProperty().bind(save.visibleProperty());
        publish.visibleProperty().bind(save.visibleProperty());
        publish.managedProperty().bind(publish.visibleProperty());
        CheckBox firstPageOnly = new CheckBox();
        firstPageOnly.setId("firstPageOnlyCheck");
        firstPageOnly.textProperty().bind(localizer.text("print.firstPageOnly"));
        firstPageOnly.selectedProperty().bindBidirectional(viewModel.firstPageOnlyProperty());
        Button print = Buttons.outlined(localizer, "printUpdateButton", "print.action.print", Feather.PRINTER);
        print.setOnAction(event -> viewModel.pdf(viewModel.firstPageOnlyProperty().get(),
                pdf -> printing.print(pdf, false, title())));
        DateFields.guard(print, issueDate);
        Button savePdf = Buttons.outlined(localizer, "savePdfButton", "print.action.savePdf", Feather.DOWNLOAD);
        savePdf.setOnAction(event -> viewModel.pdf(viewModel.firstPageOnlyProperty().get(),
                pdf -> printing.saveAsPdf(pdf, viewModel.fileBaseName()
                        + (viewModel.firstPageOnlyProperty().get() ? localizer.get("quarterly.file.page1") : ""),
                        viewModel.firstPageOnlyProperty().get() ? 1 : 2)));
        DateFields.guard(savePdf, issueDate);
        Label message = new Label();
        message.setId("updateFormMessage");
        message.textProperty().bind(viewModel.formMessageProperty());
        message.getStyleClass().add(StyleClasses.FIELD_ERROR);
        message.setWrapText(true);
        HBox bar = PageLayout.toolbar(firstPageOnly, print, savePdf, PageLayout.spacer(), message, revise, save,
                publish);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    private void publish() {
        if (dialogs.confirm(localizer.get("quarterly.confirm.publish.header"),
                localizer.get("quarterly.confirm.publish.text"), localizer.get("quarterly.action.publish"), false)) {
            viewModel.publish();
        }
    }

    private Button iconButton(String id, Ikon icon, String tipKey, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(localizer.text(tipKey));
        button.setTooltip(tip);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void back() {
        if (!viewModel.dirtyProperty().get() || !viewModel.editableProperty().get() || dialogs.confirmDiscard()) {
            onBack.run();
        }
    }

    /** Whether the editor may be left: asks first when it holds unsaved edits. */
    public boolean confirmLeave() {
        return !viewModel.dirtyProperty().get() || !viewModel.editableProperty().get() || dialogs.confirmDiscard();
    }

    public void setOnBack(Runnable onBack) {
        this.onBack = onBack;
    }

    /** How the picture file is chosen; the screen tests answer in place of the system's dialog. */
    public void setOpenDialog(Function<FileChooser, File> openDialog) {
        this.openDialog = openDialog;
    }

    public Node view() {
        return root;
    }
}
