package ca.ccrweb.office.desktop.communications;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.communications.KeyFigure;
import ca.ccrweb.office.core.communications.Paper;
import ca.ccrweb.office.core.communications.QuarterlyUpdate;
import ca.ccrweb.office.core.communications.QuarterlyUpdateDraft;
import ca.ccrweb.office.core.communications.QuarterlyUpdateRenderer;
import ca.ccrweb.office.core.communications.QuarterlyUpdateService;
import ca.ccrweb.office.core.communications.UpdateImage;
import ca.ccrweb.office.core.communications.UpdateSection;
import ca.ccrweb.office.core.office.LogoImages;
import ca.ccrweb.office.desktop.common.BackgroundTask;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.OneAtATime;
import ca.ccrweb.office.desktop.common.PageImage;
import ca.ccrweb.office.desktop.common.PdfPageImages;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The editor of one edition of the quarterly update: title, date, paper, sections (added, removed, moved,
 * placed on page 1 or 2), the picture, the key figures (recomputed, corrected); a live preview of the PDF
 * with how much of each page is used and a warning before text overflows; save, publish, revise. A published
 * edition is shown read-only, its preview the PDF kept at publication.
 */
public final class QuarterlyUpdateEditorViewModel {
    public static final List<String> FIELDS = List.of("title", "issueDate", "image", "imageCaption");

    /** One section as edited. */
    public static final class SectionItem {
        private final IntegerProperty page = new SimpleIntegerProperty(UpdateSection.FIRST_PAGE);
        private final StringProperty heading = new SimpleStringProperty("");
        private final StringProperty body = new SimpleStringProperty("");

        SectionItem(UpdateSection section) {
            page.set(section.page());
            heading.set(section.heading());
            body.set(section.body());
        }

        public IntegerProperty pageProperty() {
            return page;
        }

        public StringProperty headingProperty() {
            return heading;
        }

        public StringProperty bodyProperty() {
            return body;
        }

        UpdateSection toSection() {
            return new UpdateSection(page.get(), heading.get(), body.get());
        }

        Observable[] observables() {
            return new Observable[]{page, heading, body};
        }
    }

    /** One key figure as edited; it counts as edited once its label or value differs from what was computed. */
    public static final class FigureItem {
        private final String source;
        private final StringProperty label = new SimpleStringProperty("");
        private final StringProperty value = new SimpleStringProperty("");
        private final boolean editedBefore;
        private final String computedLabel;
        private final String computedValue;

        FigureItem(KeyFigure figure) {
            this.source = figure.source();
            this.editedBefore = figure.edited();
            this.computedLabel = figure.label();
            this.computedValue = figure.value();
            label.set(figure.label());
            value.set(figure.value());
        }

        public StringProperty labelProperty() {
            return label;
        }

        public StringProperty valueProperty() {
            return value;
        }

        public boolean computed() {
            return source != null;
        }

        KeyFigure toFigure() {
            boolean edited = source == null || editedBefore || !label.get().equals(computedLabel)
                    || !value.get().equals(computedValue);
            return new KeyFigure(source, label.get(), value.get(), edited);
        }

        Observable[] observables() {
            return new Observable[]{label, value};
        }
    }

    private record Preview(QuarterlyUpdateRenderer.Rendering rendering, List<PageImage> pages) {
    }

    private final QuarterlyUpdateService updates;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final boolean mayPublish;

    private final ReadOnlyObjectWrapper<QuarterlyUpdate> update = new ReadOnlyObjectWrapper<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issueDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.LETTER);
    private final ObservableList<SectionItem> sections =
            FXCollections.observableArrayList(SectionItem::observables);
    private final ObjectProperty<SectionItem> selectedSection = new SimpleObjectProperty<>();
    private final ObservableList<FigureItem> figures = FXCollections.observableArrayList(FigureItem::observables);
    private final ObjectProperty<byte[]> imageBytes = new SimpleObjectProperty<>();
    private final StringProperty imageCaption = new SimpleStringProperty("");
    private final IntegerProperty imagePage = new SimpleIntegerProperty(UpdateSection.SECOND_PAGE);

    private final ObservableList<PageImage> preview = FXCollections.observableArrayList();
    private final IntegerProperty firstPageFit = new SimpleIntegerProperty();
    private final IntegerProperty secondPageFit = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper overflowing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final BooleanProperty firstPageOnly = new SimpleBooleanProperty(false);
    private final FieldErrors errors;
    private final BooleanBinding editable;
    private final StringBinding overflowWarning;

    private byte[] previewPdf;
    private boolean loading;
    private final OneAtATime previews = new OneAtATime();
    private int previewsMade;
    private Consumer<QuarterlyUpdate> onChanged = changed -> { };

    public QuarterlyUpdateEditorViewModel(QuarterlyUpdateService updates, TaskExecutor executor,
                                          UserFeedback feedback, Localizer localizer, boolean mayPublish) {
        this.updates = updates;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.mayPublish = mayPublish;
        this.errors = new FieldErrors(localizer, FIELDS);
        this.editable = Bindings.createBooleanBinding(() -> mayPublish && update.get() != null
                && !update.get().published(), update);
        this.overflowWarning = localizer.text(() -> !overflowing.get() ? ""
                : localizer.get("quarterly.editor.overflow", firstPageFit.get() > 100 ? 1 : 2),
                overflowing, firstPageFit, secondPageFit);
        Observable[] content = {title, issueDate, paper, sections, figures, imageBytes, imageCaption, imagePage};
        for (Observable observable : content) {
            observable.addListener(changed -> contentChanged());
        }
    }

    /** What the list does when an edition is saved, published or revised. */
    public void setOnChanged(Consumer<QuarterlyUpdate> onChanged) {
        this.onChanged = onChanged;
    }

    public void open(long id) {
        executor.run(() -> updates.find(id).orElseThrow(), this::load, feedback::showError);
    }

    public void load(QuarterlyUpdate edition) {
        loading = true;
        try {
            update.set(edition);
            title.set(edition.title());
            issueDate.set(edition.issueDate());
            paper.set(edition.paper());
            sections.setAll(edition.sections().stream().map(SectionItem::new).toList());
            figures.setAll(edition.figures().stream().map(FigureItem::new).toList());
            imageBytes.set(edition.image() == null ? null : edition.image().bytes());
            imageCaption.set(edition.image() == null || edition.image().caption() == null ? ""
                    : edition.image().caption());
            imagePage.set(edition.image() == null ? UpdateSection.SECOND_PAGE : edition.image().page());
            selectedSection.set(sections.isEmpty() ? null : sections.getFirst());
            errors.clear();
            formMessage.set("");
        } finally {
            loading = false;
        }
        dirty.set(false);
        refreshPreview();
    }

    private void contentChanged() {
        if (loading) {
            return;
        }
        dirty.set(true);
        refreshPreview();
    }

    /** The content as it stands in the editor, saved or not. */
    public QuarterlyUpdateDraft draft() {
        QuarterlyUpdate edition = update.get();
        UpdateImage image = imageBytes.get() == null ? null
                : new UpdateImage(imageBytes.get(), imageCaption.get(), imagePage.get());
        return new QuarterlyUpdateDraft(edition.year(), edition.quarter(), edition.language(), title.get(),
                issueDate.get(), paper.get(), sections.stream().map(SectionItem::toSection).toList(), image,
                figures.stream().map(FigureItem::toFigure).toList());
    }

    /**
     * Renders the PDF and draws its pages in the background; while one rendering runs, further edits ask for
     * one more, made with the content as it stands when that one ends.
     */
    public void refreshPreview() {
        if (update.get() == null) {
            return;
        }
        previews.request(this::previewTask, executor);
    }

    private BackgroundTask<Preview> previewTask() {
        QuarterlyUpdate edition = update.get();
        if (edition == null) {
            return null;
        }
        QuarterlyUpdateDraft content = draft();
        boolean asPublished = edition.published();
        return BackgroundTask.of(() -> {
            QuarterlyUpdateRenderer.Rendering made = asPublished ? updates.pdf(edition, null, false)
                    : updates.render(content, false);
            return new Preview(made, PdfPageImages.render(made.pdf(), PdfPageImages.PREVIEW_DPI));
        }).onSuccess(made -> {
            previewPdf = made.rendering().pdf();
            preview.setAll(made.pages());
            firstPageFit.set(made.rendering().first().percent());
            secondPageFit.set(made.rendering().second() == null ? 0 : made.rendering().second().percent());
            overflowing.set(made.rendering().overflows());
            previewsMade++;
        }).onFailure(feedback::showError);
    }

    public void addSection() {
        SectionItem selected = selectedSection.get();
        int page = selected == null ? UpdateSection.FIRST_PAGE : selected.pageProperty().get();
        SectionItem added = new SectionItem(new UpdateSection(page, localizer.get("quarterly.editor.newSection"), ""));
        int at = selected == null ? sections.size() : sections.indexOf(selected) + 1;
        sections.add(at, added);
        selectedSection.set(added);
    }

    public void removeSection() {
        SectionItem selected = selectedSection.get();
        if (selected != null) {
            int at = sections.indexOf(selected);
            sections.remove(selected);
            selectedSection.set(sections.isEmpty() ? null : sections.get(Math.min(at, sections.size() - 1)));
        }
    }

    public void moveSection(int by) {
        SectionItem selected = selectedSection.get();
        if (selected == null) {
            return;
        }
        int from = sections.indexOf(selected);
        int to = Math.max(0, Math.min(sections.size() - 1, from + by));
        if (from != to) {
            sections.remove(from);
            sections.add(to, selected);
            selectedSection.set(selected);
        }
    }

    /** Replaces the computed figures by today's values; figures staff added stay after them. */
    public void recomputeFigures() {
        QuarterlyUpdate edition = update.get();
        executor.run(() -> updates.computeFigures(edition.year(), edition.quarter(), edition.language()), computed -> {
            List<FigureItem> kept = figures.stream().filter(figure -> !figure.computed()).toList();
            List<FigureItem> all = new ArrayList<>(computed.stream().map(FigureItem::new).toList());
            all.addAll(kept);
            figures.setAll(all);
            feedback.notify(localizer.get("quarterly.notify.recomputed"));
        }, feedback::showError);
    }

    public void addFigure() {
        figures.add(new FigureItem(new KeyFigure(null, localizer.get("quarterly.editor.newFigure"), "0", true)));
    }

    public void removeFigure(FigureItem figure) {
        figures.remove(figure);
    }

    /** A picture chosen from a file: PNG or JPEG only, refused beside the field otherwise. */
    public void setImage(byte[] bytes) {
        if (!LogoImages.isPngOrJpeg(bytes)) {
            errors.show(ValidationException.of("image", "quarterly.error.imageFormat"));
            return;
        }
        errors.clear();
        imageBytes.set(bytes.clone());
    }

    public void removeImage() {
        imageBytes.set(null);
        imageCaption.set("");
    }

    public void save() {
        save(saved -> feedback.notify(localizer.get("quarterly.notify.saved")));
    }

    private void save(Consumer<QuarterlyUpdate> then) {
        QuarterlyUpdate edition = update.get();
        if (edition == null || busy.get()) {
            return;
        }
        QuarterlyUpdateDraft content = draft();
        busy.set(true);
        executor.run(() -> updates.save(edition.id(), edition.version(), content), saved -> {
            busy.set(false);
            load(saved);
            onChanged.accept(saved);
            then.accept(saved);
        }, this::refused);
    }

    /** Saves the edits, then publishes: the edition is frozen with its PDF. */
    public void publish() {
        save(saved -> {
            busy.set(true);
            executor.run(() -> updates.publish(saved.id()), published -> {
                busy.set(false);
                load(published);
                onChanged.accept(published);
                feedback.notify(localizer.get("quarterly.notify.published"));
            }, this::refused);
        });
    }

    /** A new draft from the published edition shown; the editor opens it. */
    public void revise() {
        QuarterlyUpdate edition = update.get();
        busy.set(true);
        executor.run(() -> updates.revise(edition.id()), revision -> {
            busy.set(false);
            load(revision);
            onChanged.accept(revision);
            feedback.notify(localizer.get("quarterly.notify.revised", revision.revision()));
        }, this::refused);
    }

    /** The PDF as it would print now: the published one, or the draft as shown in the preview. */
    public void pdf(boolean pageOneOnly, Consumer<byte[]> then) {
        QuarterlyUpdate edition = update.get();
        QuarterlyUpdateDraft content = edition.published() ? null : draft();
        executor.run(() -> content == null ? updates.pdf(edition, null, pageOneOnly).pdf()
                : updates.render(content, pageOneOnly).pdf(), then, feedback::showError);
    }

    /** The file name's first part: "quarterly-update-2026-Q4-fr". */
    public String fileBaseName() {
        QuarterlyUpdate edition = update.get();
        return localizer.get("quarterly.file.baseName", String.valueOf(edition.year()), edition.quarter(),
                edition.language().code());
    }

    private void refused(Throwable failure) {
        busy.set(false);
        if (failure instanceof ValidationException refusal) {
            List<FieldError> elsewhere = errors.show(refusal);
            formMessage.set(elsewhere.stream().map(error -> localizer.get("quarterly.editor.fieldError",
                    fieldName(error.field()), error.localizedMessage(localizer.messages())))
                    .collect(Collectors.joining("\n")));
        } else {
            feedback.showError(failure);
        }
    }

    /** "Section 2, heading" for "sections[1].heading". */
    private String fieldName(String field) {
        Matcher matcher = Pattern.compile("(sections|figures)\\[(\\d+)]\\.(\\w+)")
                .matcher(field);
        if (matcher.matches()) {
            return localizer.get("quarterly.field." + matcher.group(1) + "." + matcher.group(3),
                    Integer.parseInt(matcher.group(2)) + 1);
        }
        return localizer.get("quarterly.field." + field);
    }

    public ReadOnlyObjectProperty<QuarterlyUpdate> updateProperty() {
        return update.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> issueDateProperty() {
        return issueDate;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public ObservableList<SectionItem> sections() {
        return sections;
    }

    public ObjectProperty<SectionItem> selectedSectionProperty() {
        return selectedSection;
    }

    public ObservableList<FigureItem> figures() {
        return figures;
    }

    public ObjectProperty<byte[]> imageBytesProperty() {
        return imageBytes;
    }

    public StringProperty imageCaptionProperty() {
        return imageCaption;
    }

    public IntegerProperty imagePageProperty() {
        return imagePage;
    }

    public ObservableList<PageImage> preview() {
        return preview;
    }

    public IntegerProperty firstPageFitProperty() {
        return firstPageFit;
    }

    public IntegerProperty secondPageFitProperty() {
        return secondPageFit;
    }

    public ReadOnlyBooleanProperty overflowingProperty() {
        return overflowing.getReadOnlyProperty();
    }

    public StringBinding overflowWarningProperty() {
        return overflowWarning;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    public BooleanProperty firstPageOnlyProperty() {
        return firstPageOnly;
    }

    public BooleanBinding editableProperty() {
        return editable;
    }

    public boolean mayPublish() {
        return mayPublish;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** How many previews were drawn since the editor was made: the screen test waits on it. */
    public int previewsMade() {
        return previewsMade;
    }

    /** The PDF of the preview shown. */
    public byte[] previewPdf() {
        return previewPdf == null ? null : previewPdf.clone();
    }
}
