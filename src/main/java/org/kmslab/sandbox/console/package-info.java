/**
 * The in-browser console: it reads {@code aws kms ...} command lines with the AWS CLI's syntax (shell quoting,
 * {@code --option value}, shorthand and JSON values, {@code --profile}, {@code --region}, {@code --query},
 * {@code --output}), turns them into the same AWS JSON requests the CLI would send, and runs them through the one
 * JSON gateway the wire protocol uses, so a console call and a real CLI call are the same call.
 */
package org.kmslab.sandbox.console;
