package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.l10n.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundTaskTest {
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private final List<String> steps = new ArrayList<>();

    @Test
    void theStepsComeInOrderAndFinishedComesBeforeTheOutcome() {
        BackgroundTask.of(() -> "read").onRunning(() -> steps.add("running")).onFinished(() -> steps.add("finished"))
                .onSuccess(result -> steps.add("success " + result)).onFailure(failure -> steps.add("failure"))
                .executeWith(executor);
        assertThat(steps).containsExactly("running");

        executor.finishAll();

        assertThat(steps).containsExactly("running", "finished", "success read");
    }

    @Test
    void aFailureReachesOnFailureAfterFinished() {
        BackgroundTask.of(() -> {
            throw new IllegalStateException("disk full");
        }).onFinished(() -> steps.add("finished")).onFailure(failure -> steps.add(failure.getMessage()))
                .executeWith(executor);

        executor.finishAll();

        assertThat(steps).containsExactly("finished", "disk full");
    }

    @Test
    void aTaskWithoutOnFailureRefusesToRunRatherThanSwallowAFailure() {
        assertThatThrownBy(() -> BackgroundTask.of(() -> 1).executeWith(executor))
                .isInstanceOf(IllegalStateException.class);
        assertThat(executor.held()).isZero();
    }

    @Test
    void anEarlierLoadEndingLastIsDroppedAndTheBusyFlagFollowsTheLatest() {
        LatestRequest<Integer> loads = new LatestRequest<>();
        List<String> busy = new ArrayList<>();
        for (int year : List.of(2025, 2026)) {
            loads.run(year, BackgroundTask.of(() -> year).onRunning(() -> busy.add("on"))
                    .onFinished(() -> busy.add("off")).onSuccess(shown -> steps.add("shown " + shown))
                    .onFailure(failure -> steps.add("failure")), executor);
        }
        assertThat(loads.key()).contains(2026);

        executor.finish(1);
        executor.finish(0);

        assertThat(steps).containsExactly("shown 2026");
        assertThat(busy).containsExactly("on", "on", "off");
    }

    @Test
    void forgettingDropsWhatIsStillUnderWay() {
        LatestRequest<Long> loads = new LatestRequest<>();
        loads.run(7L, BackgroundTask.of(() -> 7L).onSuccess(shown -> steps.add("shown"))
                .onFailure(failure -> steps.add("failure")), executor);

        loads.forget();
        executor.finishAll();

        assertThat(steps).isEmpty();
        assertThat(loads.key()).isEmpty();
    }

    @Test
    void oneAtATimeMakesOnlyTheLatestWaitingRequestWithTheStateAsItStandsThen() {
        OneAtATime previews = new OneAtATime();
        StringBuilder content = new StringBuilder("a");
        for (int edit = 0; edit < 3; edit++) {
            content.append('b');
            previews.request(() -> {
                String now = content.toString();
                return BackgroundTask.of(() -> now).onSuccess(steps::add).onFailure(failure -> steps.add("failure"));
            }, executor);
        }
        assertThat(executor.held()).isEqualTo(1);
        content.append('c');

        executor.finish(0);
        assertThat(executor.held()).isEqualTo(1);
        executor.finish(0);

        assertThat(steps).containsExactly("ab", "abbbc");
        assertThat(previews.isRunning()).isFalse();
    }

    @Test
    void aSubmissionPlacesRefusalsBesideTheirFieldsAndTheRestInTheFormMessage() {
        Localizer localizer = new Localizer(Language.EN);
        RecordingFeedback feedback = new RecordingFeedback();
        FormSubmission form = FormSubmission.withMessage(new FieldErrors(localizer, List.of("email")), feedback,
                localizer);
        form.submit(executor, () -> {
            throw new ValidationException(List.of(new FieldError("email", "validation.required"),
                    new FieldError("name", "validation.required")));
        }, saved -> steps.add("saved"));
        assertThat(form.busyProperty().get()).isTrue();

        executor.finishAll();

        assertThat(form.busyProperty().get()).isFalse();
        assertThat(form.errors().text("email").get()).isEqualTo("Required.");
        assertThat(form.messageProperty().get()).contains("Required.");
        assertThat(feedback.errors()).isEmpty();
        assertThat(steps).isEmpty();
    }

    @Test
    void aFormWithoutMessageShowsWhatBelongsToNoFieldAsAnError() {
        Localizer localizer = new Localizer(Language.EN);
        RecordingFeedback feedback = new RecordingFeedback();
        FormSubmission form = FormSubmission.withoutMessage(new FieldErrors(localizer, List.of("email")), feedback,
                localizer);
        form.submit(executor, () -> {
            throw new ValidationException(List.of(new FieldError("name", "validation.required")));
        }, saved -> steps.add("saved"));

        executor.finishAll();

        assertThat(feedback.errors()).singleElement().isInstanceOf(ValidationException.class);
        assertThat(form.messageProperty().get()).isEmpty();
    }
}
