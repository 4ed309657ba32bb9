package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/**
 * A document's pages as they will print, with Print… (the system's dialog), Save as PDF… and "page 1 only".
 * The pages are drawn before the dialog opens (off the FX thread, by the caller).
 */
public final class PrintPreviewDialog {
    private PrintPreviewDialog() {
    }

    public static void show(PrintFlow printing, Dialogs dialogs, String title, byte[] pdf, List<PageImage> pages,
                            String fileBaseName) {
        Localizer localizer = printing.localizer();
        Dialog<Void> dialog = dialogs.prepare(new Dialog<>(), title);
        dialog.getDialogPane().setId("printPreviewDialog");
        VBox sheets = new VBox(16);
        sheets.setAlignment(Pos.TOP_CENTER);
        sheets.setPadding(new Insets(16));
        sheets.setStyle("-fx-background-color: #e8eaed;");
        for (PageImage page : pages) {
            ImageView view = new ImageView(FxPageImages.of(page));
            view.setFitWidth(520);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setEffect(new DropShadow(8, Color.gray(0, 0.3)));
            sheets.getChildren().add(view);
        }
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(600, 640);
        CheckBox firstPageOnly = new CheckBox(localizer.get("print.firstPageOnly"));
        firstPageOnly.setId("printFirstPageOnly");
        firstPageOnly.setDisable(pages.size() < 2);
        Button print = Buttons.accent(localizer, "printButton", "print.action.print", Feather.PRINTER);
        print.setOnAction(event -> printing.print(pdf, firstPageOnly.isSelected(), title));
        Button save = Buttons.outlined(localizer, "savePdfButton", "print.action.savePdf", Feather.DOWNLOAD);
        save.setOnAction(event -> printing.saveAsPdf(pdf, fileBaseName, pages.size()));
        VBox content = new VBox(10, scroll, PageLayout.toolbar(firstPageOnly, PageLayout.spacer(), save, print));
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(localizer.get("print.action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).getStyleClass().add(Styles.FLAT);
        dialog.show();
    }
}
