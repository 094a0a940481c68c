/**
 * Quiz mode for AWS Certified Solutions Architect - Associate (SAA-C03) preparation: the question bank loaded and
 * validated from {@code lessons/quiz/*.yaml}, attempts in practice, exam, drill and review modes, scoring with a
 * per-domain and per-topic breakdown, SM-2 spaced repetition of missed questions, problem reports, and the declarative
 * goals of hands-on questions. Plain Java plus Jackson; Spring appears only in the configuration and the JDBC store.
 */
package org.kmslab.quiz;
