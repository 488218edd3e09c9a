/**
 * The local authority's own settings, kept by its managers: the contacts its letters give the
 * family (mediation adviser, information, advice and support service) and the bodies its reg 4(2)
 * notices go to (health commissioning body, social care) ({@link uk.ehctracker.lasettings.LaContacts}).
 */
package uk.ehctracker.lasettings;
