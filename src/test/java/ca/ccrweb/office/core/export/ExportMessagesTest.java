package ca.ccrweb.office.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExportMessagesTest {

    private static Set<String> exportKeys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExportMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("export.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    void everyExportKeyExistsInBothLanguages() throws IOException {
        Set<String> english = exportKeys("/ca/ccrweb/office/l10n/messages.properties");
        Set<String> french = exportKeys("/ca/ccrweb/office/l10n/messages_fr.properties");
        assertThat(english).isNotEmpty().isEqualTo(french);
    }

    @Test
    void pageFootersReadNaturallyInBothLanguages() {
        assertThat(Messages.of(Language.EN).get("export.pdf.pageOfPages", "3", "12")).isEqualTo("Page 3 of 12");
        assertThat(Messages.of(Language.FR).get("export.pdf.pageOfPages", "3", "12")).isEqualTo("Page 3 de 12");
        assertThat(Messages.of(Language.FR).get("export.pdf.generatedOn", "23 novembre 2026"))
                .isEqualTo("Généré le 23 novembre 2026");
    }
}
