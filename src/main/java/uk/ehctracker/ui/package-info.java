/**
 * The Vaadin screens: the login view, the main layout and one home page per role. Each role's
 * screens live in a sub-package (caseworker, manager, school, family, professional, admin).
 */
package uk.ehctracker.ui;
