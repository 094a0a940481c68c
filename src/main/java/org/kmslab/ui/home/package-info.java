/** The home page: what KMS Lab is and the course, lesson by lesson. */
package org.kmslab.ui.home;
