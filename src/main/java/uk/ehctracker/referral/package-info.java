/**
 * The routes to a request that do not start in school (CFA s36(1), s24): a parent or a young
 * person asking for an EHC needs assessment themselves ({@link uk.ehctracker.referral.FamilyRequests}),
 * and a child brought to the LA's attention by someone else, which the LA decides whether to treat
 * as a request ({@link uk.ehctracker.referral.Referrals}). Both go through the assessment
 * service, which starts the statutory process.
 */
package uk.ehctracker.referral;
