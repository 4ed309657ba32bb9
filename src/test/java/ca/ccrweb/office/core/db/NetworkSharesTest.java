package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkSharesTest {
    @TempDir
    Path folder;

    @Test
    void networkFileSystemsAreRecognizedAndLocalDisksAreNot() {
        for (String type : new String[]{"nfs", "NFS4", "cifs", "smb3", "smbfs", "afpfs", "fuse.sshfs"}) {
            assertThat(NetworkShares.isNetworkType(type)).as(type).isTrue();
        }
        for (String type : new String[]{"ext4", "xfs", "btrfs", "apfs", "ntfs", "tmpfs", "overlay"}) {
            assertThat(NetworkShares.isNetworkType(type)).as(type).isFalse();
        }
        assertThat(NetworkShares.remoteKind(folder.resolve("office.db"))).isEmpty();
    }

    @Test
    void theRefusalGivesSqlitesReasonAndPointsToPostgresql() {
        OfficeException refusal = new OfficeException("database.error.networkShare", Path.of("/mnt/bureau/office.db"), "cifs");

        assertThat(refusal.localizedMessage(Messages.of(Language.EN)))
                .contains("network share (cifs)", "cannot lock files reliably", "PostgreSQL");
        assertThat(refusal.localizedMessage(Messages.of(Language.FR))).contains("partage réseau (cifs)", "PostgreSQL");
    }
}
