/**
 * One exception per AWS KMS exception type, each named after it and returning the AWS name from
 * {@code errorCode()}; the wire layer maps them to {@code __type} without a lookup table.
 */
package org.kmslab.engine.exception;
