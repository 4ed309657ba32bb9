package ca.ccrweb.office.core.common;

/** A value shown to people under a translated label: its key in the message bundles. */
public interface Labelled {
    String labelKey();
}
