package ca.ccrweb.office.desktop.advocacy;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.Audience;
import ca.ccrweb.office.core.advocacy.CampaignStatus;
import ca.ccrweb.office.core.advocacy.SuggestedAction;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/** The campaign tab: its texts side by side in French and English, its period, status and links, what it suggests. */
final class CampaignFormView {
    private final ScrollPane root;

    CampaignFormView(CampaignFormViewModel form, Localizer localizer, Permissions permissions) {
        VBox content = new VBox(10);
        content.setPadding(new Insets(12, 4, 12, 0));
        content.getChildren().add(pair(
                field(localizer, "advocacy.form.titleFr", text("campaignTitleFr", form.titleFrProperty()), form, "titleFr"),
                field(localizer, "advocacy.form.titleEn", text("campaignTitleEn", form.titleEnProperty()), form, "titleEn")));
        content.getChildren().add(pair(
                field(localizer, "advocacy.form.goalFr", area("campaignGoalFr", form.goalFrProperty(), 3), form, "goalFr"),
                field(localizer, "advocacy.form.goalEn", area("campaignGoalEn", form.goalEnProperty(), 3), form, "goalEn")));
        content.getChildren().add(pair(
                field(localizer, "advocacy.form.textFr", area("campaignTextFr", form.textFrProperty(), 5), form, "textFr"),
                field(localizer, "advocacy.form.textEn", area("campaignTextEn", form.textEnProperty(), 5), form, "textEn")));
        ComboBox<CampaignStatus> status = Choices.of(localizer, List.of(CampaignStatus.values()),
                form.statusProperty(), "advocacy.form.statusPrompt");
        status.setId("campaignStatus");
        HBox facts = new HBox(12,
                field(localizer, "advocacy.form.startsOn", DateFields.picker(localizer, "campaignStartsOn",
                        form.startsOnProperty()), form, "startsOn"),
                field(localizer, "advocacy.form.endsOn", DateFields.picker(localizer, "campaignEndsOn",
                        form.endsOnProperty()), form, "endsOn"),
                field(localizer, "advocacy.form.status", status, form, "status"));
        facts.getChildren().forEach(node -> HBox.setHgrow(node, Priority.ALWAYS));
        content.getChildren().addAll(facts,
                field(localizer, "advocacy.form.links", area("campaignLinks", form.linksProperty(), 2), form, "links"));

        Button save = Buttons.accent(localizer, "saveCampaignButton", "advocacy.action.saveCampaign", Feather.SAVE);
        save.setOnAction(event -> form.save());
        DateFields.guard(save, facts);
        permissions.showOnlyIf(Permission.MANAGE_CAMPAIGNS, save);
        content.getChildren().add(save);

        for (Audience audience : Audience.values()) {
            content.getChildren().add(PageLayout.sectionTitle(localizer.text(audience.labelKey())));
            VBox list = new VBox(4);
            list.setId("suggested-" + audience.name());
            Runnable draw = () -> {
                list.getChildren().clear();
                int index = 0;
                for (SuggestedAction action : form.suggested()) {
                    if (action.audience() == audience) {
                        Label kind = new Label(localizer.label(action.kind()));
                        kind.getStyleClass().add(Styles.TEXT_BOLD);
                        kind.setMinWidth(220);
                        kind.setMaxWidth(220);
                        kind.setWrapText(true);
                        Label text = new Label(action.text(localizer.language()));
                        text.setWrapText(true);
                        text.setMaxWidth(Double.MAX_VALUE);
                        HBox.setHgrow(text, Priority.ALWAYS);
                        String suffix = audience.name() + "-" + index++;
                        Button change = Buttons.outlined(localizer, "changeSuggestion-" + suffix,
                                "advocacy.action.changeSuggestion", Feather.EDIT_2);
                        change.setOnAction(event -> form.changeSuggestion(action));
                        Button remove = Buttons.outlined(localizer, "removeSuggestion-" + suffix,
                                "advocacy.action.removeSuggestion", Feather.TRASH_2);
                        remove.setOnAction(event -> form.removeSuggestion(action));
                        permissions.showOnlyIf(Permission.MANAGE_CAMPAIGNS, change, remove);
                        HBox row = new HBox(12, kind, text, change, remove);
                        row.setAlignment(Pos.CENTER_LEFT);
                        list.getChildren().add(row);
                    }
                }
            };
            form.suggested().subscribe(draw);
            LanguageSwitches.followNow(localizer, list, messages -> draw.run());
            content.getChildren().add(list);
        }
        content.getChildren().add(newSuggestion(form, localizer, permissions));
        permissions.readOnlyUnless(Permission.MANAGE_CAMPAIGNS, content);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("campaignForm");
    }

    /** Below the lists: a suggestion's audience, kind and both texts, and the button that adds it. */
    private static Node newSuggestion(CampaignFormViewModel form, Localizer localizer, Permissions permissions) {
        ComboBox<Audience> audience = Choices.of(localizer, List.of(Audience.values()),
                form.suggestionAudienceProperty(), "advocacy.form.suggestionAudience");
        audience.setId("suggestionAudience");
        ComboBox<ActionKind> kind = Choices.of(localizer, List.of(ActionKind.values()), form.suggestionKindProperty(),
                "advocacy.form.suggestionKind");
        kind.setId("suggestionKind");
        HBox choices = new HBox(12,
                field(localizer, "advocacy.form.suggestionAudience", audience, form, "suggestionAudience"),
                field(localizer, "advocacy.form.suggestionKind", kind, form, "suggestionKind"));
        choices.getChildren().forEach(node -> HBox.setHgrow(node, Priority.ALWAYS));
        Button add = Buttons.outlined(localizer, "addSuggestionButton", "advocacy.action.addSuggestion", Feather.PLUS);
        add.setOnAction(event -> form.addSuggestion());
        VBox box = new VBox(8, PageLayout.sectionTitle(localizer.text("advocacy.form.newSuggestion")), choices,
                pair(field(localizer, "advocacy.form.suggestionFr", area("suggestionFr", form.suggestionFrProperty(), 2),
                                form, "suggestionFr"),
                        field(localizer, "advocacy.form.suggestionEn", area("suggestionEn", form.suggestionEnProperty(), 2),
                                form, "suggestionEn")),
                add);
        permissions.showOnlyIf(Permission.MANAGE_CAMPAIGNS, box);
        return box;
    }

    private static HBox pair(Node left, Node right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox pair = new HBox(12, left, right);
        ((VBox) left).setPrefWidth(400);
        ((VBox) right).setPrefWidth(400);
        return pair;
    }

    private static TextField text(String id, StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    private static TextArea area(String id, StringProperty bound, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(bound);
        return area;
    }

    private static FormField field(Localizer localizer, String labelKey, Control control,
                                   CampaignFormViewModel form, String name) {
        return new FormField(localizer.text(labelKey), control, form.errors().text(name));
    }

    Node view() {
        return root;
    }
}
