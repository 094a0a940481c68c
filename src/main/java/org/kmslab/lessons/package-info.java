/**
 * Lessons as data: the lesson model, its loader from the packaged {@code lessons/} folder (or an author's external
 * folder), validation against the JSON schema in {@code lessons/schema/} with file-and-line error messages, step goals
 * checked against the engine events of the learner's sandbox, and the replay of each lesson's reference solution.
 */
package org.kmslab.lessons;
