package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The organizations list as exported to xlsx, PDF and CSV, with headers and labels in the chosen language. */
public final class OrganizationExport {
    private OrganizationExport() {
    }

    public static TableExport<Organization> table(List<Organization> organizations, Messages messages) {
        List<Column<Organization>> columns = List.of(
                Column.text(messages.get("field.name"), 34, Organization::name),
                Column.text(messages.get("field.nameOtherLanguage"), 28, Organization::nameOtherLanguage),
                Column.text(messages.get("export.organizations.status"), 16, o -> messages.get(o.status().labelKey())),
                Column.text(messages.get("field.province"), 18, o -> messages.get(o.province().labelKey())),
                Column.text(messages.get("export.organizations.region"), 14, o -> messages.get(o.region().labelKey())),
                Column.text(messages.get("field.city"), 14, Organization::city),
                Column.text(messages.get("field.email"), 28, Organization::email),
                Column.text(messages.get("field.phone"), 14, Organization::phone),
                Column.text(messages.get("field.language"), 10, o -> messages.get(o.language().labelKey())),
                Column.text(messages.get("export.organizations.services"), 30, o -> labels(o.services(), messages)),
                Column.text(messages.get("export.organizations.clientele"), 30, o -> labels(o.clienteles(), messages)),
                Column.date(messages.get("export.organizations.appliedOn"), 12, Organization::appliedOn),
                Column.date(messages.get("export.organizations.memberSince"), 12, Organization::memberSince));
        return new TableExport<>(messages.get("export.organizations.title"), columns, organizations,
                messages.language());
    }

    private static String labels(Collection<? extends Labelled> values, Messages messages) {
        return values.stream().map(value -> messages.get(value.labelKey())).sorted()
                .collect(Collectors.joining("; "));
    }
}
