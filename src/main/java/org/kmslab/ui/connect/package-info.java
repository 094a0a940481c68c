/**
 * The "Use the AWS CLI" page: the learner's sandbox credentials as copy-paste snippets for the AWS CLI, the AWS
 * credentials file and the SDKs, a reset button, and a live list of the calls reaching the sandbox, so a command run
 * in a terminal visibly arrives in the browser.
 */
package org.kmslab.ui.connect;
