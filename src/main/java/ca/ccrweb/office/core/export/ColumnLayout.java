package ca.ccrweb.office.core.export;

import java.util.Arrays;

/**
 * Column widths chosen from what the columns hold, as a person laying out the table would (ADR 0017). Each
 * column is measured: its header's longest word, its cells' widths and their words. A column never gets less
 * than its header's longest word and its cells' longest ordinary word (so no short word is cut); a column
 * whose every cell fits on one line gets that width; the space left goes where it saves the most height over
 * the rows (a sample of them for long tables), which lets long text columns share it and wrap between words.
 * Only a single word wider than the whole column is cut.
 *
 * <p>The same is done for a portrait and a landscape page, each also with only short words kept whole, and
 * the one that needs fewer pages wins: portrait before landscape, whole words before cut ones, when they
 * need the same.
 */
final class ColumnLayout {
    /** A word this long or longer (an email address, a web address) may be cut rather than widen its column. */
    static final int LONG_WORD = 17;
    /** Words this short are never cut, even when the page is too narrow for the longer ones. */
    static final int SHORT_WORD = 8;
    private static final int SAMPLE_ROWS = 120;
    private static final float ROUNDING = 0.25f;
    private static final float STEP = 3;
    /** How many steps further a column is tried: a wider column often saves lines only past a threshold. */
    private static final int LOOK_AHEAD = 12;
    private static final int MOST_LINES = 12;
    /** The weight of each cell's own line count beside the row heights: lets the search climb off plateaus. */
    private static final float CELL_LINES_WEIGHT = 0.01f;

    private ColumnLayout() {
    }

    /** The measured contents of one column: text widths in points, without the cell padding. */
    static final class Measured {
        final float headerWord;
        final float[] headerPieces;
        /** The widest word shorter than {@link #LONG_WORD}, and the widest of at most {@link #SHORT_WORD} letters. */
        float longestWord;
        float longestShortWord;
        float widest;
        /** For the sampled rows, each cell's pieces between break opportunities (null for an empty cell). */
        final float[][] sampledWords;

        Measured(float headerWord, float[] headerPieces, int sampleSize) {
            this.headerWord = headerWord;
            this.headerPieces = headerPieces;
            this.sampledWords = new float[sampleSize][];
        }

        /** With a little to spare: widths summed in another order must not come out a hair too narrow. */
        float least() {
            return Math.max(headerWord, longestWord) + ROUNDING;
        }

        /** When the page cannot give every column its {@link #least()}: only short words stay whole. */
        float leastOnANarrowPage() {
            return Math.max(headerWord, longestShortWord) + ROUNDING;
        }

        float most() {
            return Math.max(least(), widest + ROUNDING);
        }
    }

    /** Which rows are sampled to estimate heights: all of a short table, evenly spread ones of a long one. */
    static int sampleSize(int rows) {
        return Math.min(rows, SAMPLE_ROWS);
    }

    static int sampledIndex(int sample, int sampleSize, int rows) {
        return (int) ((long) sample * rows / sampleSize);
    }

    /** The text width of each column, summing to {@code available}; and the estimated height of the rows. */
    record Widths(float[] text, int[] linesOfEachRow) {
        float estimatedLines() {
            float total = 0;
            for (int lines : linesOfEachRow) {
                total += lines;
            }
            return total;
        }

        /** The header's lines (in its bold face, slightly wider: one more line at most). */
        int headerLines(Measured[] columns, float boldSpaceWidth) {
            int most = 1;
            for (int c = 0; c < columns.length; c++) {
                most = Math.max(most, lines(columns[c].headerPieces, text[c], boldSpaceWidth));
            }
            return most;
        }
    }

    /**
     * @param shortWordsOnly keep only words of at most {@link #SHORT_WORD} letters whole (and the headers' words):
     *                       for pages too narrow to keep every ordinary word whole at a reasonable height
     */
    static Widths widths(Measured[] columns, float available, float spaceWidth, boolean shortWordsOnly) {
        int count = columns.length;
        float[] least = new float[count];
        float[] most = new float[count];
        float leastTotal = 0;
        float mostTotal = 0;
        for (int c = 0; c < count; c++) {
            least[c] = shortWordsOnly ? columns[c].leastOnANarrowPage() : columns[c].least();
            most[c] = columns[c].most();
            leastTotal += least[c];
            mostTotal += most[c];
        }
        if (mostTotal <= available) {
            float[] widths = spread(most, mostTotal, available);
            return new Widths(widths, new Estimate(columns, spaceWidth, widths).linesOfEachRow());
        }
        if (leastTotal >= available) {
            float[] widths = spread(least, leastTotal, available);
            return new Widths(widths, new Estimate(columns, spaceWidth, widths).linesOfEachRow());
        }
        Widths fromLeast = grow(columns, least.clone(), most, available, spaceWidth);
        int tallest = 1;
        while (tallest < MOST_LINES && sum(balanced(columns, least, most, tallest, spaceWidth)) > available) {
            tallest++;
        }
        float[] start = balanced(columns, least, most, tallest, spaceWidth);
        if (sum(start) > available) {
            return fromLeast;
        }
        Widths fromBalanced = grow(columns, start, most, available, spaceWidth);
        return fromBalanced.estimatedLines() < fromLeast.estimatedLines() ? fromBalanced : fromLeast;
    }

    /** Each column as narrow as it can be with none of its sampled cells taller than {@code lines}. */
    private static float[] balanced(Measured[] columns, float[] least, float[] most, int lines, float spaceWidth) {
        float[] widths = new float[columns.length];
        for (int c = 0; c < columns.length; c++) {
            float low = least[c];
            float high = most[c];
            if (tallestCell(columns[c], low, spaceWidth) > lines) {
                for (int i = 0; i < 16 && high - low > 0.5f; i++) {
                    float middle = (low + high) / 2;
                    if (tallestCell(columns[c], middle, spaceWidth) > lines) {
                        low = middle;
                    } else {
                        high = middle;
                    }
                }
                low = high;
            }
            widths[c] = low;
        }
        return widths;
    }

    private static int tallestCell(Measured column, float width, float spaceWidth) {
        int tallest = 1;
        for (float[] pieces : column.sampledWords) {
            tallest = Math.max(tallest, lines(pieces, width, spaceWidth));
        }
        return tallest;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }

    /** Gives the space left, step by step, to the column where it saves the most height. */
    private static Widths grow(Measured[] columns, float[] widths, float[] most, float available, float spaceWidth) {
        int count = columns.length;
        Estimate estimate = new Estimate(columns, spaceWidth, widths);
        float left = available - sum(widths);
        float stepSize = Math.max(STEP, available / 100);
        while (left >= STEP) {
            int best = -1;
            float bestGain = 0;
            float bestStep = 0;
            float cost = estimate.cost();
            for (int c = 0; c < count; c++) {
                for (int k = 1; k <= LOOK_AHEAD; k++) {
                    float step = Math.min(Math.min(left, k * stepSize), most[c] - widths[c]);
                    if (step <= 0) {
                        break;
                    }
                    float perPoint = (cost - estimate.costWith(c, widths[c] + step)) / step;
                    if (perPoint > bestGain) {
                        best = c;
                        bestGain = perPoint;
                        bestStep = step;
                    }
                    if (step < k * stepSize) {
                        break;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            widths[best] += bestStep;
            estimate.set(best, widths[best]);
            left -= bestStep;
        }
        float[] stillShort = new float[count];
        float shortTotal = 0;
        for (int c = 0; c < count; c++) {
            stillShort[c] = Math.max(0, most[c] - widths[c]);
            shortTotal += stillShort[c];
        }
        for (int c = 0; c < count; c++) {
            widths[c] += shortTotal > 0 ? left * stillShort[c] / shortTotal : left / count;
        }
        return new Widths(widths, new Estimate(columns, spaceWidth, widths).linesOfEachRow());
    }

    /** The widths scaled to fill the available width. */
    private static float[] spread(float[] widths, float total, float available) {
        float[] spread = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            spread[c] = total > 0 ? widths[c] * available / total : available / widths.length;
        }
        return spread;
    }

    /**
     * Lines a cell needs at a width, wrapping its pieces greedily as the writer does. A piece is a word, or
     * the part of a hyphenated word after a hyphen (given negative: it follows without a space).
     */
    static int lines(float[] pieces, float width, float spaceWidth) {
        if (pieces == null || pieces.length == 0) {
            return 1;
        }
        int lines = 1;
        float line = -1;
        for (float piece : pieces) {
            float gap = piece < 0 ? 0 : spaceWidth;
            float pieceWidth = Math.abs(piece);
            if (line < 0) {
                line = pieceWidth;
            } else if (line + gap + pieceWidth <= width) {
                line += gap + pieceWidth;
            } else {
                lines++;
                line = pieceWidth;
            }
            if (line > width) {
                lines += (int) (line / width);
                line = line % width;
            }
        }
        return lines;
    }

    /** Row heights in lines over the sampled rows at given widths, updated one column at a time. */
    private static final class Estimate {
        private final Measured[] columns;
        private final float spaceWidth;
        private final int[][] lines;
        private final int rows;

        Estimate(Measured[] columns, float spaceWidth, float[] widths) {
            this.columns = columns;
            this.spaceWidth = spaceWidth;
            this.rows = columns.length == 0 ? 0 : columns[0].sampledWords.length;
            this.lines = new int[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                lines[c] = linesAt(c, widths[c]);
            }
        }

        private int[] linesAt(int column, float width) {
            int[] counts = new int[rows];
            float[][] words = columns[column].sampledWords;
            for (int r = 0; r < rows; r++) {
                counts[r] = lines(words[r], width, spaceWidth);
            }
            return counts;
        }

        void set(int column, float width) {
            lines[column] = linesAt(column, width);
        }

        float cost() {
            return costOf(lines);
        }

        float costWith(int column, float width) {
            int[][] trial = lines.clone();
            trial[column] = linesAt(column, width);
            return costOf(trial);
        }

        private float costOf(int[][] counts) {
            float total = 0;
            for (int r = 0; r < rows; r++) {
                int most = 1;
                int sum = 0;
                for (int[] column : counts) {
                    most = Math.max(most, column[r]);
                    sum += column[r];
                }
                total += most + CELL_LINES_WEIGHT * sum;
            }
            return total;
        }

        int[] linesOfEachRow() {
            int[] rowLines = new int[rows];
            for (int r = 0; r < rows; r++) {
                int most = 1;
                for (int[] column : lines) {
                    most = Math.max(most, column[r]);
                }
                rowLines[r] = most;
            }
            return rowLines;
        }
    }

    /** The columns that have a value in at least one row; all of them when none has (an empty table). */
    static int[] keptColumns(boolean[] filled) {
        int[] kept = new int[filled.length];
        int count = 0;
        for (int c = 0; c < filled.length; c++) {
            if (filled[c]) {
                kept[count++] = c;
            }
        }
        if (count == 0) {
            for (int c = 0; c < filled.length; c++) {
                kept[c] = c;
            }
            return kept;
        }
        return Arrays.copyOf(kept, count);
    }
}
