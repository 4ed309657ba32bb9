package ca.ccrweb.office.desktop.mailings;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.mailings.MailSecurity;
import ca.ccrweb.office.core.mailings.MailServer;
import ca.ccrweb.office.core.mailings.MailingService;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/**
 * Administration › Mail server: the office's SMTP server (host, port, STARTTLS or TLS, user and password), the
 * sender's address and name, and the rate limit. The password field stays empty: typing one replaces the saved
 * password, leaving it empty keeps it.
 */
public final class MailServerView extends ScrollPane {
    private final MailingService mailings;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final TextField host = field("mailHostField");
    private final TextField port = field("mailPortField");
    private final ObjectProperty<MailSecurity> security = new SimpleObjectProperty<>(MailSecurity.STARTTLS);
    private final TextField username = field("mailUserField");
    private final PasswordField password = new PasswordField();
    private final TextField from = field("mailFromField");
    private final TextField fromName = field("mailFromNameField");
    private final TextField rate = field("mailRateField");
    private final Label problem = new Label();

    public MailServerView(MailingService mailings, TaskExecutor executor, UserFeedback feedback, Localizer localizer) {
        this.mailings = mailings;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        setId("mailServerTab");
        setFitToWidth(true);
        password.setId("mailPasswordField");
        ComboBox<MailSecurity> securityField = Choices.of(localizer, List.of(MailSecurity.values()), security,
                "mailings.server.security");
        securityField.setId("mailSecurityField");
        Label intro = new Label();
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.textProperty().bind(localizer.text("mailings.server.intro"));
        problem.setId("mailServerProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        GridPane grid = new GridPane(12, 8);
        grid.addRow(0, label("mailings.server.host"), host);
        grid.addRow(1, label("mailings.server.port"), port);
        grid.addRow(2, label("mailings.server.security"), securityField);
        grid.addRow(3, label("mailings.server.user"), username);
        grid.addRow(4, label("mailings.server.password"), password);
        grid.addRow(5, label("mailings.server.from"), from);
        grid.addRow(6, label("mailings.server.fromName"), fromName);
        grid.addRow(7, label("mailings.server.rate"), rate);
        Button save = Buttons.accent(localizer, "saveMailServerButton", "mailings.server.save", Feather.SAVE);
        save.setOnAction(event -> save());
        VBox content = new VBox(12, intro, grid, problem, save);
        content.setPadding(new Insets(16, 0, 16, 0));
        content.setMaxWidth(620);
        setContent(content);
    }

    public void load() {
        executor.run(mailings::settings, saved -> saved.ifPresentOrElse(this::show, () -> {
            port.setText("587");
            rate.setText(String.valueOf(MailServer.DEFAULT_MESSAGES_PER_MINUTE));
        }), feedback::showError);
    }

    private void show(MailServer server) {
        host.setText(server.host());
        port.setText(String.valueOf(server.port()));
        security.set(server.security());
        username.setText(server.username() == null ? "" : server.username());
        password.clear();
        password.promptTextProperty().bind(localizer.text(server.password() == null ? "mailings.server.noPassword"
                : "mailings.server.keepPassword"));
        from.setText(server.fromAddress());
        fromName.setText(server.fromName() == null ? "" : server.fromName());
        rate.setText(String.valueOf(server.messagesPerMinute()));
    }

    private void save() {
        int portNumber = number(port.getText());
        int perMinute = number(rate.getText());
        MailServer wanted = new MailServer(host.getText(), portNumber, security.get(), username.getText(),
                password.getText().isEmpty() ? null : password.getText(), from.getText(), fromName.getText(), perMinute);
        executor.run(() -> mailings.saveServer(wanted), saved -> {
            problem.setText("");
            show(saved);
            feedback.notify(localizer.get("mailings.server.saved"));
        }, error -> {
            if (error instanceof OfficeException refusal) {
                problem.setText(refusal.localizedMessage(localizer.messages()));
            } else {
                feedback.showError(error);
            }
        });
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(26);
        return field;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(localizer.text(key));
        return label;
    }
}
