package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.util.Subscription;

import java.math.BigDecimal;
import com.ibm.icu.text.Collator;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The words of the desktop in the language staff chose, switchable while the application runs. Texts
 * are handed out as bindings, so every label follows a switch of language without being rebuilt.
 */
public final class Localizer {
    private final ReadOnlyObjectWrapper<Messages> messages;
    /** Made once per language: formatting money in every table cell must not build a format each time. */
    private NumberFormat moneyFormat;
    private Messages moneyMessages;
    private NumberFormat numberFormat;
    private Messages numberMessages;

    public Localizer(Language language) {
        this.messages = new ReadOnlyObjectWrapper<>(Messages.of(language));
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages.get();
    }

    public Language language() {
        return messages.get().language();
    }

    /**
     * Runs {@code action} with the new words after each switch of language, for as long as the returned
     * subscription is kept. The localizer lives as long as the application and holds the listener only weakly,
     * so a screen left behind (the window of someone who signed out) is not kept alive, nor redrawn, by it;
     * unsubscribing stops it at once. Keep the subscription in a field, or with a node through
     * {@link LanguageSwitches}.
     */
    public Subscription whenSwitched(Consumer<Messages> action) {
        ChangeListener<Messages> listener = (observable, before, after) -> action.accept(after);
        WeakChangeListener<Messages> weak = new WeakChangeListener<>(listener);
        messages.addListener(weak);
        return new HeldListener(listener, () -> messages.removeListener(weak));
    }

    /** Holds the listener strongly for whoever holds the subscription. */
    private record HeldListener(ChangeListener<Messages> listener, Runnable release) implements Subscription {
        @Override
        public void unsubscribe() {
            release.run();
        }
    }

    public void setLanguage(Language language) {
        if (language != language()) {
            messages.set(Messages.of(language));
        }
    }

    /** The text of a key now; {@link Labelled} arguments are translated too. */
    public String get(String key, Object... arguments) {
        Messages current = messages.get();
        return current.get(key, OfficeException.localizedArguments(current, arguments));
    }

    /** A text that agrees in number with a count, by the language's plural rules (see {@link Messages#plural}). */
    public String plural(String key, long count, Object... arguments) {
        Messages current = messages.get();
        return current.plural(key, count, OfficeException.localizedArguments(current, arguments));
    }

    public String label(Labelled value) {
        return value == null ? "" : messages.get().get(value.labelKey());
    }

    /** The labels of several values, in alphabetical order, separated by commas. */
    public String labels(Collection<? extends Labelled> values) {
        Collator collator = Collator.getInstance(messages.get().locale());
        return values.stream().map(this::label).sorted(collator).collect(Collectors.joining(", "));
    }

    /** The text of a key, following the language. */
    public StringBinding text(String key, Object... arguments) {
        return Bindings.createStringBinding(() -> get(key, arguments), messages);
    }

    /** A text computed from other values too, recomputed when they or the language change. */
    public StringBinding text(Callable<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = messages;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(text, all);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(messages.get().locale()).format(date);
    }

    /** An amount in cents as money in the language of the screen: "$1,250.00", "1 250,00 $". */
    public String money(long cents) {
        Messages current = messages.get();
        if (moneyFormat == null || moneyMessages != current) {
            moneyFormat = Messages.moneyFormat(current.locale());
            moneyMessages = current;
        }
        return moneyFormat.format(BigDecimal.valueOf(cents, 2));
    }

    /** A whole number with the language's grouping: "5,512", "5 512". */
    public String number(long count) {
        Messages current = messages.get();
        if (numberFormat == null || numberMessages != current) {
            numberFormat = NumberFormat.getIntegerInstance(current.locale());
            numberMessages = current;
        }
        return numberFormat.format(count);
    }

    /** The time of day of an instant, on this computer's clock: "9:12 a.m.", "09 h 12". */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(messages.get().locale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.get().locale()).withZone(ZoneId.systemDefault()).format(instant);
    }
}
