package ca.ccrweb.office.core.communications;

/** The update's one optional picture (PNG or JPEG bytes), its caption and the page it goes on. */
public record UpdateImage(byte[] bytes, String caption, int page) {
    public UpdateImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    int size() {
        return bytes.length;
    }
}
