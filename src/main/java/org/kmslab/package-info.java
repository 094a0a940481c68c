/**
 * KMS Lab's root package: the Spring Boot application and the Vaadin app shell. Features live in the sub-packages
 * {@code engine}, {@code sandbox}, {@code api}, {@code audit}, {@code lessons}, {@code quiz} and {@code ui}, whose
 * allowed dependencies are held by an ArchUnit test.
 */
package org.kmslab;
