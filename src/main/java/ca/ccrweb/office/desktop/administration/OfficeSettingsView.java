package ca.ccrweb.office.desktop.administration;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Function;

/** The Office settings tab: the logo with its preview, the address and contact fields, Save. */
final class OfficeSettingsView extends ScrollPane {
    private final OfficeSettingsViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private Function<FileChooser, File> openDialog;

    OfficeSettingsView(OfficeSettingsViewModel viewModel, Localizer localizer, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.openDialog = chooser -> chooser.showOpenDialog(dialogs.owner());
        setId("officeSettingsTab");
        setFitToWidth(true);
        VBox content = new VBox(12);
        content.setPadding(new Insets(16, 0, 16, 0));
        content.setMaxWidth(560);
        Label intro = new Label();
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.textProperty().bind(localizer.text("office.settings.intro"));

        ImageView preview = new ImageView();
        preview.setId("officeLogoPreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(240);
        preview.setFitHeight(80);
        Label noLogo = new Label();
        noLogo.setId("officeNoLogo");
        noLogo.setWrapText(true);
        noLogo.getStyleClass().add(Styles.TEXT_MUTED);
        noLogo.textProperty().bind(viewModel.logoNote());
        StackPane logoBox = new StackPane(preview, noLogo);
        logoBox.setAlignment(Pos.CENTER_LEFT);
        logoBox.setMinHeight(80);
        viewModel.logoProperty().subscribe(bytes -> {
            Image image = bytes == null ? null : new Image(new ByteArrayInputStream(bytes));
            boolean shown = image != null && !image.isError();
            preview.setImage(shown ? image : null);
            noLogo.setVisible(!shown);
        });
        Button choose = Buttons.outlined(localizer, "chooseLogoButton", "office.settings.chooseLogo", Feather.IMAGE);
        choose.setOnAction(event -> chooseLogo());
        Button remove = Buttons.outlined(localizer, "removeLogoButton", "office.settings.removeLogo", Feather.X);
        remove.disableProperty().bind(viewModel.logoProperty().isNull());
        remove.setOnAction(event -> viewModel.removeLogo());
        HBox logoButtons = new HBox(8, choose, remove);
        logoButtons.setAlignment(Pos.CENTER_LEFT);
        Label logoError = new Label();
        logoError.setId("officeLogoError");
        logoError.setWrapText(true);
        logoError.textProperty().bind(viewModel.errors().text("logo"));
        logoError.getStyleClass().add(StyleClasses.FIELD_ERROR);

        TextArea address = new TextArea();
        address.setId("officeAddressLines");
        address.setPrefRowCount(3);
        address.setWrapText(true);
        address.textProperty().bindBidirectional(viewModel.addressLinesProperty());
        TextField phone = field("officePhone", viewModel.phoneProperty());
        TextField email = field("officeEmail", viewModel.emailProperty());
        TextField website = field("officeWebsite", viewModel.websiteProperty());
        Button save = Buttons.accent(localizer, "saveOfficeSettingsButton", "office.settings.save", Feather.SAVE);
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(event -> viewModel.save());

        content.getChildren().addAll(PageLayout.sectionTitle(localizer.text("administration.tab.office")), intro,
                PageLayout.sectionTitle(localizer.text("office.settings.logo")), logoBox, logoButtons, logoError,
                new FormField(localizer.text("office.settings.addressLines"), address,
                        viewModel.errors().text("addressLines")),
                new FormField(localizer.text("office.settings.phone"), phone, viewModel.errors().text("phone")),
                new FormField(localizer.text("office.settings.email"), email, viewModel.errors().text("email")),
                new FormField(localizer.text("office.settings.website"), website,
                        viewModel.errors().text("website")),
                save);
        setContent(content);
    }

    private static TextField field(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(localizer.get("office.settings.logoChooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(localizer.get("office.settings.logoFiles"),
                "*.png", "*.jpg", "*.jpeg", "*.svg"));
        File file = openDialog.apply(chooser);
        if (file != null) {
            try {
                viewModel.setLogo(Files.readAllBytes(file.toPath()));
            } catch (IOException e) {
                dialogs.error(localizer.get("office.settings.error.logoFile"), e.getMessage());
            }
        }
    }

    /** For tests: answers the file chooser without a window. */
    void setOpenDialog(Function<FileChooser, File> openDialog) {
        this.openDialog = openDialog;
    }
}
