/**
 * The lesson page: the step machine (a presenter tested without a browser), the step's prose and goal, and the
 * lesson's workbench driving the real engine, with the visualizer fed by the engine events of the learner's sandbox.
 */
package org.kmslab.ui.lesson;
