/**
 * The REST API under {@code /api}: JSON, HTTP Basic or the session. Controllers are thin: they
 * translate HTTP to the services' commands and the services' answers to JSON.
 */
package uk.ehctracker.api;
