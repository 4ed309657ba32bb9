package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Search-as-you-type over an event's registration list: each row's name, email and organization are made
 * into one accent-free lower-case key once, so each keystroke is a plain substring test per row. The
 * other criteria are optional (null: any).
 */
public final class RegistrationFilter {
    private final List<Registration> rows;
    private final String[] keys;
    private final String[] organizationKeys;

    public RegistrationFilter(List<Registration> rows) {
        this.rows = List.copyOf(rows);
        this.keys = new String[this.rows.size()];
        this.organizationKeys = new String[this.rows.size()];
        for (int i = 0; i < keys.length; i++) {
            organizationKeys[i] = Texts.searchKey(this.rows.get(i).organizationName());
            keys[i] = key(this.rows.get(i));
        }
    }

    private RegistrationFilter(List<Registration> rows, String[] keys, String[] organizationKeys) {
        this.rows = rows;
        this.keys = keys;
        this.organizationKeys = organizationKeys;
    }

    /**
     * The same list with one row changed (same id) or added at the end; only that row's key is made again, so
     * a payment or a check-in on a list of thousands costs no more than the row itself.
     */
    public RegistrationFilter with(Registration changed) {
        List<Registration> changedRows = new ArrayList<>(rows);
        int index = indexOf(changed.id());
        if (index < 0) {
            changedRows.add(changed);
            index = keys.length;
        } else {
            changedRows.set(index, changed);
        }
        String[] changedKeys = Arrays.copyOf(keys, changedRows.size());
        String[] changedOrganizationKeys = Arrays.copyOf(organizationKeys, changedRows.size());
        changedKeys[index] = key(changed);
        changedOrganizationKeys[index] = Texts.searchKey(changed.organizationName());
        return new RegistrationFilter(Collections.unmodifiableList(changedRows), changedKeys, changedOrganizationKeys);
    }

    private int indexOf(long registrationId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == registrationId) {
                return i;
            }
        }
        return -1;
    }

    private static String key(Registration row) {
        return Texts.searchKey(row.fullName() + " " + nullToEmpty(row.email()) + " "
                + nullToEmpty(row.organizationName()));
    }

    public record Criteria(String text, RegistrationStatus status, RateKind rateKind, PaymentStatus paymentStatus,
                           String organization) {
        public static Criteria text(String text) {
            return new Criteria(text, null, null, null, null);
        }
    }

    public List<Registration> rows() {
        return rows;
    }

    public List<Registration> matching(Criteria criteria) {
        String text = Texts.searchKey(criteria.text()).strip();
        String organization = criteria.organization() == null ? null : Texts.searchKey(criteria.organization());
        List<Registration> matching = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            Registration row = rows.get(i);
            if ((text.isEmpty() || keys[i].contains(text))
                    && (criteria.status() == null || row.status() == criteria.status())
                    && (criteria.rateKind() == null || row.rateKind() == criteria.rateKind())
                    && (criteria.paymentStatus() == null || row.paymentStatus() == criteria.paymentStatus())
                    && (organization == null || organizationKeys[i].equals(organization))) {
                matching.add(row);
            }
        }
        return matching;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
