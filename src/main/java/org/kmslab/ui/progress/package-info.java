/**
 * Each learner's progress through the course, kept on the server (H2, so it survives restarts) under a learner id
 * held in a long-lived cookie; resumed by the lesson view, shown on the home page, exported and imported as a JSON
 * file.
 */
package org.kmslab.ui.progress;
