/** Small pieces every feature shares: the errors a user's mistake produces. */
package uk.ehctracker.common;
