package org.kmslab.ui.present;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kmslab.lessons.Lesson;
import org.kmslab.sandbox.Sandbox;

/**
 * One running presentation of a lesson, shared by the presenter window and the speaker-notes window of the same
 * browser session: the deck, the demo sandbox and the scripted demo, which plays on its own at the chosen speed until
 * paused. Thread-safe: the windows and the script's timer change it; every change is announced to the listeners with
 * an immutable {@link State}, outside the lock.
 */
public final class Presentation {

    private static final int KEPT_LOG = 6;

    /** Everything a window shows, taken at one moment. */
    public record State(Lesson lesson, int step, boolean answersShown, List<String> answers, int nextAction,
            int actionCount, boolean playing, PresenterDeck.Speed speed, List<DemoScript.Played> log, String problem) {

        public Lesson.Step currentStep() {
            return lesson.steps().get(step);
        }

        public java.util.Optional<Lesson.Step> upcomingStep() {
            return step + 1 < lesson.steps().size()
                    ? java.util.Optional.of(lesson.steps().get(step + 1)) : java.util.Optional.empty();
        }

        public boolean scriptFinished() {
            return nextAction >= actionCount;
        }
    }

    private final PresenterDeck deck;
    private final DemoScript script;
    private final Sandbox sandbox;
    private final ScheduledExecutorService timer;
    private final Deque<DemoScript.Played> log = new ArrayDeque<>();
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private boolean playing;
    private ScheduledFuture<?> tick;
    private String problem;

    Presentation(PresenterDeck deck, DemoScript script, Sandbox sandbox, ScheduledExecutorService timer) {
        this.deck = deck;
        this.script = script;
        this.sandbox = sandbox;
        this.timer = timer;
    }

    /** The demo sandbox, where the instructor may also improvise. */
    public Sandbox sandbox() {
        return sandbox;
    }

    public void addListener(Consumer<State> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<State> listener) {
        listeners.remove(listener);
    }

    public synchronized State state() {
        List<String> answers = deck.answers().stream().map(script::preview).toList();
        return new State(deck.lesson(), deck.step(), deck.answersShown(), answers, deck.nextAction(),
                deck.actionCount(), playing, deck.speed(), List.copyOf(log), problem);
    }

    /** Text with the values the script has saved so far filled in: speaker notes that name the demo's key. */
    public synchronized String fillIn(String text) {
        return script.fillIn(text);
    }

    public void handle(PresenterKeys key) {
        switch (key) {
            case NEXT -> change(deck::next);
            case BACK -> change(deck::back);
            case RESET -> reset();
            case TOGGLE_ANSWERS -> change(deck::toggleAnswers);
            case PLAY_PAUSE -> togglePlay();
            case PLAY_ONE -> playOne();
            case OPEN_NOTES -> { } // a window matter, handled by the view
        }
    }

    public void goTo(int step) {
        change(() -> deck.goTo(step));
    }

    public void speed(PresenterDeck.Speed speed) {
        change(() -> deck.speed(speed));
    }

    /** Empties the demo sandbox and starts the lesson and its script from the beginning. */
    public void reset() {
        synchronized (this) {
            stopLocked();
            sandbox.reset();
            script.restart();
            deck.restart();
            log.clear();
            problem = null;
        }
        announce();
    }

    /** Plays the script's next action now (pausing the automatic play, if it was on). */
    public void playOne() {
        synchronized (this) {
            stopLocked();
            playLocked();
        }
        announce();
    }

    public void togglePlay() {
        synchronized (this) {
            if (playing) {
                stopLocked();
            } else if (!deck.scriptFinished()) {
                playing = true;
                tick = timer.schedule(this::tick, 0, TimeUnit.MILLISECONDS);
            }
        }
        announce();
    }

    /** Stops the automatic play for good: the windows are gone. */
    public synchronized void close() {
        stopLocked();
    }

    private void tick() {
        synchronized (this) {
            if (!playing) {
                return;
            }
            playLocked();
            if (playing && !deck.scriptFinished()) {
                tick = timer.schedule(this::tick, deck.speed().seconds(), TimeUnit.SECONDS);
            } else {
                playing = false;
            }
        }
        announce();
    }

    private void playLocked() {
        if (deck.scriptFinished()) {
            return;
        }
        DemoScript.Played played = script.play(deck.beginAction());
        log.addFirst(played);
        while (log.size() > KEPT_LOG) {
            log.removeLast();
        }
        if (played.ok()) {
            deck.actionDone();
            problem = null;
        } else {
            playing = false;
            problem = "The script stopped: " + played.output()
                    + " Improvise from here, or press R to reset the sandbox and start again.";
        }
    }

    private void stopLocked() {
        playing = false;
        if (tick != null) {
            tick.cancel(false);
            tick = null;
        }
    }

    private void change(Runnable mutation) {
        synchronized (this) {
            mutation.run();
        }
        announce();
    }

    private void announce() {
        State state = state();
        for (Consumer<State> listener : new ArrayList<>(listeners)) {
            try {
                listener.accept(state);
            } catch (RuntimeException ignored) {
                // A window that went away must not stop the others from hearing.
            }
        }
    }
}
