/**
 * Live class at {@code /class}: the instructor starts a class and shows a join code and QR code; learners join with
 * the code and a display name, each with a sandbox of their own; the class follows the instructor's lesson and step,
 * answers live polls, and shows up on the instructor's dashboard. The rules (who may do what, who is stuck, what the
 * learners may see of a poll) live in plain classes ({@link org.kmslab.ui.classroom.Classroom},
 * {@link org.kmslab.ui.classroom.Poll}); {@link org.kmslab.ui.classroom.ClassroomService} checks the instructor secret
 * on every instructor action, on the server.
 */
package org.kmslab.ui.classroom;
