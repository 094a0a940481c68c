/**
 * The visualizer gallery at {@code /visualizer-gallery}: every custom element of {@code frontend/} driven by real
 * calls on a fresh, private KMS engine, for screenshots, browser tests and instructors' demos.
 */
package org.kmslab.ui.gallery;
