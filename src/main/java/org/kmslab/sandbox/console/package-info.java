/**
 * The in-browser console: it reads command lines with the AWS CLI's syntax (shell quoting, {@code --option value},
 * shorthand and JSON values, {@code fileb://} and {@code file://} workspace files, {@code --profile},
 * {@code --region}, {@code --query}, {@code --output}) and routes them by family through an explicit map:
 * {@code aws kms} runs through the one JSON gateway the wire protocol uses, so a console call and a real CLI call are
 * the same call; {@code aws s3}, {@code aws s3api}, {@code aws ec2} and {@code aws rds} drive the simulated services,
 * which call KMS as the real ones do; {@code lab} runs local helpers that make no KMS call.
 */
package org.kmslab.sandbox.console;
