package ca.ccrweb.office.core.contacts;

/** A feature whose rows point at contacts, told to move them when two contacts are merged. */
@FunctionalInterface
public interface ContactReferences {
    void moveContact(long fromContactId, long toContactId);
}
