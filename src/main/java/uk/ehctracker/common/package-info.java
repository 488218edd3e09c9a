/**
 * Small pieces every feature shares: the errors a user's mistake produces, and the hook for
 * start-up work that must be done before the first request ({@link uk.ehctracker.common.BeforeServing}).
 */
package uk.ehctracker.common;
