package ca.ccrweb.office.core;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's log configuration writes a file in the data folder's logs folder, failures with their trace. */
class LogFileTest {
    @Test
    void anUnexpectedFailureIsWrittenWithItsTraceInTheDataFoldersLog() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFileTest.class.getResource("/logback.xml"));
        String marker = "Unexpected failure " + System.nanoTime();
        LoggerFactory.getLogger("ca.ccrweb.office.desktop.Test").error(marker, new IllegalStateException("Zoë’s file"));
        context.reset();
        JoranConfigurator testConfiguration = new JoranConfigurator();
        testConfiguration.setContext(context);
        testConfiguration.doConfigure(LogFileTest.class.getResource("/logback-test.xml"));

        Path log = LogFolder.path().resolve("ccr-office.log");
        assertThat(LogFolder.path()).startsWith(Path.of(System.getProperty("ccr.office.home")));
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains(marker, "IllegalStateException: Zoë’s file",
                "at ca.ccrweb.office.core.LogFileTest");
    }
}
