package ca.ccrweb.office.core.advocacy;

/** The files a filled model letter is written to: a PDF to print, or a Word file to edit. */
public enum LetterFormat {
    PDF("pdf"), DOCX("docx");

    private final String extension;

    LetterFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
