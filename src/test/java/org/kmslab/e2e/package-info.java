/** Playwright journeys: a learner's path through the running app in headless Chromium. */
package org.kmslab.e2e;
