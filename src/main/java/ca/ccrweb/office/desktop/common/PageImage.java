package ca.ccrweb.office.desktop.common;

/**
 * One page of a PDF drawn as pixels (ARGB, row by row), free of any toolkit so view models can hold and
 * compare them; the views turn them into JavaFX images.
 */
public record PageImage(int width, int height, int[] argb) {

    /** How many pixels differ from another image of the same size (all of them when sizes differ). */
    public long pixelsDifferentFrom(PageImage other) {
        if (other == null || other.width != width || other.height != height) {
            return (long) width * height;
        }
        long different = 0;
        for (int i = 0; i < argb.length; i++) {
            if (argb[i] != other.argb[i]) {
                different++;
            }
        }
        return different;
    }
}
