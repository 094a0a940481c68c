/**
 * AWS-shaped requests, results and enums. Record component names are AWS's JSON member names in lowerCamelCase
 * (the wire layer maps them by upper-camel naming); enum-valued members are wire strings that the engine validates.
 * Records holding secret bytes redact them in {@code toString()}.
 */
package org.kmslab.engine.api;
