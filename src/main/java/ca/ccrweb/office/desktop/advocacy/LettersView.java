package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.core.advocacy.LetterFormat;
import ca.ccrweb.office.core.advocacy.MergeField;
import ca.ccrweb.office.core.advocacy.ModelLetter;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The letters tab: choose a model letter, fill its fields, save it as PDF or Word; staff may correct its text. */
final class LettersView {
    private final HBox root;
    private final LettersViewModel viewModel;

    LettersView(LettersViewModel viewModel, AdvocacyViewModel page, Localizer localizer, ExportFlow exports,
                Permissions permissions) {
        this.viewModel = viewModel;
        ComboBox<ModelLetter> letter = Combos.of(localizer, "modelLetter", page.letters(),
                one -> one.title() + " (" + one.language().code().toUpperCase(Locale.ROOT) + ")");
        letter.valueProperty().bindBidirectional(viewModel.letterProperty());
        TextField subject = text("letterSubject", viewModel.subjectProperty());
        TextArea body = new TextArea();
        body.setId("letterBody");
        body.setWrapText(true);
        body.setPrefRowCount(12);
        body.textProperty().bindBidirectional(viewModel.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);
        Label fields = new Label();
        fields.setWrapText(true);
        fields.textProperty().bind(localizer.text(() -> localizer.get("advocacy.letters.fields",
                Arrays.stream(MergeField.values()).map(field -> "{{" + field.english() + "}}")
                        .collect(Collectors.joining(" ")))));
        fields.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        Button saveText = Buttons.outlined(localizer, "saveLetterTextButton", "advocacy.action.saveLetter",
                Feather.SAVE);
        saveText.setOnAction(event -> viewModel.saveText());
        permissions.showOnlyIf(Permission.MANAGE_CAMPAIGNS, saveText);
        VBox text = new VBox(8, field(localizer, "advocacy.letters.letter", letter, "title"),
                field(localizer, "advocacy.letters.subject", subject, "subject"),
                field(localizer, "advocacy.letters.body", body, "body"), fields, saveText);
        if (!permissions.can(Permission.MANAGE_CAMPAIGNS)) {
            subject.setEditable(false);
            body.setEditable(false);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setPrefWidth(560);

        ComboBox<Organization> member = Combos.of(localizer, "letterMember", page.members(), Organization::name);
        member.valueProperty().bindBidirectional(viewModel.memberProperty());
        member.promptTextProperty().bind(localizer.text("advocacy.form.memberPrompt"));
        TextArea address = new TextArea();
        address.setId("letterAddress");
        address.setPrefRowCount(2);
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        ComboBox<Province> province = Choices.of(localizer, List.of(Province.values()), viewModel.provinceProperty(),
                "advocacy.form.choose");
        province.setId("letterProvince");
        TextArea addresseeAddress = new TextArea();
        addresseeAddress.setId("letterAddresseeAddress");
        addresseeAddress.setPrefRowCount(2);
        addresseeAddress.textProperty().bindBidirectional(viewModel.addresseeAddressProperty());
        addresseeAddress.promptTextProperty().bind(localizer.text("advocacy.letters.addresseeAddressPrompt"));

        Button pdf = Buttons.accent(localizer, "saveLetterPdfButton", "advocacy.action.letterPdf", Feather.FILE_TEXT);
        pdf.setOnAction(event -> {
            if (viewModel.readyToWrite()) {
                exports.exportNamed(ExportFormat.PDF, localizer.get("advocacy.file.letter"), 1,
                        (format, file, progress) -> viewModel.write(LetterFormat.PDF, file));
            }
        });
        Button docx = Buttons.outlined(localizer, "saveLetterDocxButton", "advocacy.action.letterDocx", Feather.EDIT);
        docx.setOnAction(event -> {
            if (viewModel.readyToWrite()) {
                exports.exportFile(localizer.get("advocacy.file.letter"), "docx", localizer.get("advocacy.file.docxKind"),
                        (format, file, progress) -> viewModel.write(LetterFormat.DOCX, file));
            }
        });
        permissions.showOnlyIf(Permission.FILL_MODEL_LETTERS, pdf, docx);
        VBox form = new VBox(6, PageLayout.sectionTitle(localizer.text("advocacy.letters.fill")),
                field(localizer, "advocacy.form.member", member, "organization"),
                field(localizer, "advocacy.letters.organization", text("letterOrganization",
                        viewModel.organizationProperty()), "organization"),
                field(localizer, "advocacy.letters.address", address, "address"),
                pair(field(localizer, "advocacy.form.province", province, "province"),
                        field(localizer, "advocacy.letters.date", DateFields.picker(localizer, "letterDate",
                                viewModel.dateProperty()), "date")),
                pair(field(localizer, "advocacy.letters.signatory", text("letterSignatory",
                                viewModel.signatoryProperty()), "signatory"),
                        field(localizer, "advocacy.letters.signatoryTitle", text("letterSignatoryTitle",
                                viewModel.signatoryTitleProperty()), "signatoryTitle")),
                pair(field(localizer, "advocacy.letters.addressee", text("letterAddressee",
                                viewModel.addresseeProperty()), "addressee"),
                        field(localizer, "advocacy.letters.riding", text("letterRiding", viewModel.ridingProperty()),
                                "riding")),
                field(localizer, "advocacy.letters.addresseeTitle", text("letterAddresseeTitle",
                        viewModel.addresseeTitleProperty()), "addresseeTitle"),
                field(localizer, "advocacy.letters.addresseeAddress", addresseeAddress, "addresseeAddress"));
        form.setPadding(new Insets(0, 8, 8, 4));
        DateFields.guard(pdf, form);
        DateFields.guard(docx, form);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setPrefWidth(420);
        formScroll.setMinWidth(380);
        // The buttons stay below the scrolled form, in sight whatever messages the form shows.
        HBox buttons = new HBox(8, pdf, docx);
        buttons.setPadding(new Insets(0, 8, 0, 4));
        VBox.setVgrow(formScroll, Priority.ALWAYS);
        root = new HBox(16, text, new VBox(8, formScroll, buttons));
        root.setPadding(new Insets(12, 0, 0, 0));
        root.setId("advocacyLetters");
    }

    private static HBox pair(Node left, Node right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        ((VBox) left).setPrefWidth(200);
        ((VBox) right).setPrefWidth(200);
        return new HBox(8, left, right);
    }

    private static TextField text(String id, StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    private FormField field(Localizer localizer, String labelKey, Control control, String name) {
        return new FormField(localizer.text(labelKey), control, viewModel.errors().text(name));
    }

    Node view() {
        return root;
    }
}
