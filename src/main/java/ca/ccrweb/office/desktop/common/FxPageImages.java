package ca.ccrweb.office.desktop.common;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A {@link PageImage} as a JavaFX image, for the views. */
public final class FxPageImages {
    private FxPageImages() {
    }

    public static Image of(PageImage page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }
}
