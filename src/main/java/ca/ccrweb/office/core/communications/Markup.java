package ca.ccrweb.office.core.communications;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The small markup of an update's sections, read by hand: paragraphs separated by a blank line, bullet lists
 * whose lines start with "- ", and within a line **bold**, *italics* and links [text](url). A backslash keeps
 * the next marker as it is (\* prints a star). A marker that is never closed prints as typed: what staff type
 * is never lost.
 */
public final class Markup {

    /** A run of text with one style; {@code link} is null when it links nowhere. */
    public record Span(String text, boolean bold, boolean italic, String link) {
    }

    public sealed interface Block permits Paragraph, Bullets {
    }

    public record Paragraph(List<Span> spans) implements Block {
    }

    public record Bullets(List<List<Span>> items) implements Block {
    }

    private static final String ESCAPABLE = "*[]()\\-";

    private Markup() {
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        StringBuilder paragraph = new StringBuilder();
        List<List<Span>> items = new ArrayList<>();
        for (String rawLine : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = rawLine.strip();
            if (line.startsWith("- ") || line.equals("-")) {
                flushParagraph(paragraph, blocks);
                items.add(inline(line.substring(1).strip()));
            } else if (line.isEmpty()) {
                flushParagraph(paragraph, blocks);
                flushBullets(items, blocks);
            } else {
                flushBullets(items, blocks);
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flushParagraph(paragraph, blocks);
        flushBullets(items, blocks);
        return blocks;
    }

    /** The text as a reader sees it, markers removed: for searching and for tests. */
    public static String plainText(String text) {
        StringBuilder plain = new StringBuilder();
        for (Block block : parse(text)) {
            if (!plain.isEmpty()) {
                plain.append('\n');
            }
            switch (block) {
                case Paragraph paragraph -> paragraph.spans().forEach(span -> plain.append(span.text()));
                case Bullets bullets -> {
                    for (int i = 0; i < bullets.items().size(); i++) {
                        if (i > 0) {
                            plain.append('\n');
                        }
                        plain.append("• ");
                        bullets.items().get(i).forEach(span -> plain.append(span.text()));
                    }
                }
            }
        }
        return plain.toString();
    }

    /** The spans of one line of text. */
    public static List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        inline(text, false, false, null, spans);
        return merged(spans);
    }

    private static void inline(String text, boolean bold, boolean italic, String link, List<Span> spans) {
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                plain.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (text.startsWith("**", i)) {
                int close = text.indexOf("**", i + 2);
                if (close > i + 2) {
                    flush(plain, bold, italic, link, spans);
                    inline(text.substring(i + 2, close), true, italic, link, spans);
                    i = close + 2;
                    continue;
                }
            } else if (c == '*') {
                int close = closingStar(text, i + 1);
                if (close > i + 1) {
                    flush(plain, bold, italic, link, spans);
                    inline(text.substring(i + 1, close), bold, true, link, spans);
                    i = close + 1;
                    continue;
                }
            } else if (c == '[' && link == null) {
                int middle = text.indexOf("](", i + 1);
                int close = middle < 0 ? -1 : text.indexOf(')', middle + 2);
                if (middle > i + 1 && close > middle + 2) {
                    String url = text.substring(middle + 2, close).strip();
                    if (!url.isEmpty() && url.chars().noneMatch(Character::isWhitespace)) {
                        flush(plain, bold, italic, link, spans);
                        inline(text.substring(i + 1, middle), bold, italic, url, spans);
                        i = close + 1;
                        continue;
                    }
                }
            }
            plain.append(c);
            i++;
        }
        flush(plain, bold, italic, link, spans);
    }

    /** The next single star, stepping over doubled ones (bold inside italics). */
    private static int closingStar(String text, int from) {
        int j = from;
        while (j < text.length()) {
            if (text.charAt(j) == '\\') {
                j += 2;
            } else if (text.startsWith("**", j)) {
                int close = text.indexOf("**", j + 2);
                j = close < 0 ? j + 2 : close + 2;
            } else if (text.charAt(j) == '*') {
                return j;
            } else {
                j++;
            }
        }
        return -1;
    }

    private static void flush(StringBuilder plain, boolean bold, boolean italic, String link, List<Span> spans) {
        if (!plain.isEmpty()) {
            spans.add(new Span(plain.toString(), bold, italic, link));
            plain.setLength(0);
        }
    }

    private static List<Span> merged(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            if (!merged.isEmpty()) {
                Span last = merged.getLast();
                if (last.bold() == span.bold() && last.italic() == span.italic()
                        && Objects.equals(last.link(), span.link())) {
                    merged.set(merged.size() - 1, new Span(last.text() + span.text(), span.bold(), span.italic(),
                            span.link()));
                    continue;
                }
            }
            merged.add(span);
        }
        return List.copyOf(merged);
    }

    private static void flushParagraph(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(inline(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    private static void flushBullets(List<List<Span>> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Bullets(List.copyOf(items)));
            items.clear();
        }
    }
}
