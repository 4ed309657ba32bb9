package ca.ccrweb.office.desktop.imports;

import ca.ccrweb.office.core.imports.ImportBatch;
import ca.ccrweb.office.core.imports.UndoPlan;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.stage.Window;

import java.time.ZoneId;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Asks before an import is undone, saying which batch it is and how many records go and come back. */
final class UndoConfirmation {
    private UndoConfirmation() {
    }

    static Predicate<UndoPlan> asking(Localizer localizer, Supplier<Window> owner) {
        Dialogs dialogs = new Dialogs(localizer, owner);
        return plan -> {
            ImportBatch batch = plan.batch();
            return dialogs.confirm(localizer.get("import.undo.confirm.header", batch.fileName()),
                    localizer.get("import.undo.confirm.content", String.valueOf(batch.id()), batch.actor(),
                            localizer.date(batch.importedAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                            localizer.get(batch.kind().labelKey()), plan.removed(), plan.restored()),
                    localizer.get("import.undo.confirm.action"), true);
        };
    }
}
