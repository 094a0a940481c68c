/**
 * Web hardening that is no feature's own: security headers on every answer (a Content-Security-Policy that Vaadin
 * Flow can live with, nosniff, frame-ancestors, referrer policy) and AWS-shaped JSON instead of Tomcat's HTML error
 * pages for requests that fail before any filter runs. The threat model is in {@code docs/security.md}.
 */
package org.kmslab.security;
