/**
 * Java wrappers of the custom elements in the top-level {@code frontend/} folder. Each wrapper loads its plain ES
 * module at runtime (no npm build), configures the element and feeds it engine events.
 */
package org.kmslab.ui.component;
