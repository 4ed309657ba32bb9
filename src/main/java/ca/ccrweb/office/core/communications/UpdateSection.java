package ca.ccrweb.office.core.communications;

/** One section of an update: on page 1 (what matters most, read alone) or page 2; its text in {@link Markup}. */
public record UpdateSection(int page, String heading, String body) {
    public static final int FIRST_PAGE = 1;
    public static final int SECOND_PAGE = 2;
}
