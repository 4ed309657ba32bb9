package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.common.Labelled;
import com.itextpdf.kernel.geom.PageSize;

import java.util.Locale;
import java.util.Optional;

/** The sheet the update is laid out on: North American offices print on Letter, some partners on A4. */
public enum Paper implements Labelled {
    LETTER(PageSize.LETTER), A4(PageSize.A4);

    private final PageSize size;

    Paper(PageSize size) {
        this.size = size;
    }

    PageSize size() {
        return size;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Paper> parse(String word) {
        for (Paper paper : values()) {
            if (paper.word().equalsIgnoreCase(word.strip())) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }

    @Override
    public String labelKey() {
        return "quarterly.paper." + name();
    }
}
