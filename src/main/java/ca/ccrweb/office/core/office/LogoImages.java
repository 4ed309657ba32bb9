package ca.ccrweb.office.core.office;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Recognizes the images the office prints: PNG and JPEG, by their first bytes, and readable as images. */
public final class LogoImages {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private LogoImages() {
    }

    /** The media type of PNG or JPEG bytes, or null for anything else. */
    public static String mediaType(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return PNG;
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return JPEG;
        }
        return null;
    }

    public static boolean isPngOrJpeg(byte[] bytes) {
        return mediaType(bytes) != null;
    }

    /** True when the bytes decode into a picture with a width and a height. */
    public static boolean readable(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image != null && image.getWidth() > 0 && image.getHeight() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
