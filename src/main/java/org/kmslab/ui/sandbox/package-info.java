/**
 * Free play at {@code /sandbox}: every KMS operation by form or by {@code aws kms ...} command line, each form action
 * showing the equivalent AWS CLI command and AWS SDK for Java v2 snippet.
 */
package org.kmslab.ui.sandbox;
