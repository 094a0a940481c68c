/**
 * The presenter view for projectors ({@code /present/<lesson-id>}) and its speaker-notes window: large type, keyboard
 * control, answers on demand, and a scripted demo that replays the lesson's reference solution action by action in a
 * sandbox of its own, where the instructor may pause and improvise. The state lives in plain classes
 * ({@link org.kmslab.ui.present.PresenterDeck}, {@link org.kmslab.ui.present.DemoScript}) tested without a browser.
 */
package org.kmslab.ui.present;
