package ca.ccrweb.office.core.l10n;

import ca.ccrweb.office.core.common.Labelled;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visible string exists in French and in English. */
class BundlesTest {
    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static final String ENGLISH = "/ca/ccrweb/office/l10n/messages.properties";
    private static final String FRENCH = "/ca/ccrweb/office/l10n/messages_fr.properties";

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load(ENGLISH).stringPropertyNames());
        Set<String> french = new TreeSet<>(load(FRENCH).stringPropertyNames());

        Set<String> missingInFrench = new TreeSet<>(english);
        missingInFrench.removeAll(french);
        Set<String> missingInEnglish = new TreeSet<>(french);
        missingInEnglish.removeAll(english);

        assertThat(missingInFrench).as("keys missing from the French bundle").isEmpty();
        assertThat(missingInEnglish).as("keys missing from the English bundle").isEmpty();
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        // Branches append their texts and merge with git's union driver (.gitattributes): a key added on two
        // branches would survive twice, and Properties would silently keep the last one.
        for (String resource : List.of(ENGLISH, FRENCH)) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\\R")) {
                    String trimmed = line.strip();
                    int equals = trimmed.indexOf('=');
                    if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 1 || line.startsWith(" ")) {
                        continue;
                    }
                    String key = trimmed.substring(0, equals).strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertThat(twice).as(resource + " keys written twice").isEmpty();
        }
    }

    @Test
    void noTextIsEmptyAndEveryPatternIsAValidMessageFormat() throws IOException {
        for (String resource : List.of(ENGLISH, FRENCH)) {
            Properties bundle = load(resource);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(text).as(resource + " " + key).isNotBlank();
                Object[] arguments = {1, 2, 3, 4, 5, 6, 7, 8, 9};
                String formatted = text.contains(", plural,")
                        ? new com.ibm.icu.text.MessageFormat(text, Locale.ROOT).format(arguments)
                        : new MessageFormat(text).format(arguments);
                assertThat(formatted).as(resource + " " + key).doesNotContain("{");
            }
        }
    }

    @Test
    void textsUseTheTypographicApostropheBecauseMessageFormatTakesAPlainOneAsAQuote() throws IOException {
        List<String> plainApostrophes = new ArrayList<>();
        for (String resource : List.of(ENGLISH, FRENCH)) {
            Properties bundle = load(resource);
            for (String key : bundle.stringPropertyNames()) {
                if (bundle.getProperty(key).replace("''", "").contains("'")) {
                    plainApostrophes.add(resource + " " + key);
                }
            }
        }
        assertThat(plainApostrophes).isEmpty();
    }

    @Test
    void frenchTextsPutASpaceBeforeSemicolonsQuestionAndExclamationMarks() throws IOException {
        // Messages turns that space into a non-breaking one; a text written without it would print "anglais; chaque".
        java.util.regex.Pattern glued = java.util.regex.Pattern.compile("[\\p{L})][;?!](\\s|$)");
        List<String> glueds = new ArrayList<>();
        Properties french = load(FRENCH);
        for (String key : new TreeSet<>(french.stringPropertyNames())) {
            if (glued.matcher(french.getProperty(key)).find()) {
                glueds.add(key);
            }
        }
        assertThat(glueds).isEmpty();
    }

    @Test
    void everyLabelledValueHasItsLabelInBothLanguages() throws Exception {
        Properties english = load(ENGLISH);
        Properties french = load(FRENCH);
        List<String> missing = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ca.ccrweb.office")) {
            // Loaded without initializing: a JavaFX control class cannot initialize before the toolkit starts.
            Class<?> reflected = Class.forName(type.getName(), false, BundlesTest.class.getClassLoader());
            if (reflected.isEnum() && Labelled.class.isAssignableFrom(reflected)) {
                for (Object constant : reflected.getEnumConstants()) {
                    String key = ((Labelled) constant).labelKey();
                    if (!english.containsKey(key) || !french.containsKey(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
