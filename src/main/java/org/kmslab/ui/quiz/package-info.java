/**
 * The quiz at {@code /quiz}: a mode chooser (practice, timed exam, drill, daily spaced review, resume), the attempt
 * view with instant feedback or timer, flags and navigator, results with per-domain and per-topic breakdown and a
 * history chart, problem reports for instructors, and the sandbox that hands-on questions are answered in. Views call
 * {@link org.kmslab.quiz.QuizService}; attempt display state lives in {@link org.kmslab.ui.quiz.AttemptPresenter}.
 */
package org.kmslab.ui.quiz;
