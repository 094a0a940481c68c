/**
 * The Vaadin user interface: the main layout, the home page, the lesson pages and the other views. Views build their
 * tree in the constructor, call services (never engine internals) and keep non-trivial state in plain presenters
 * that are tested without a browser.
 */
package org.kmslab.ui;
