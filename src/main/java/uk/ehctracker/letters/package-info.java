/**
 * Statutory notices as letters. {@link uk.ehctracker.letters.LetterService} turns a
 * {@link uk.ehctracker.letters.NoticeType} and the {@link uk.ehctracker.letters.LetterFacts} of a
 * case into an HTML letter (Thymeleaf templates under {@code resources/letters/}, one shared
 * layout) and its PDF (openhtmltopdf), stores both with the case as a
 * {@link uk.ehctracker.letters.Letter}, and, when the recipient has an e-mail address, queues a
 * short notification in the {@link uk.ehctracker.letters.OutboxMessage outbox} in the same
 * transaction. The notification carries no personal details of the child; it asks the recipient
 * to sign in and read the letter. {@link uk.ehctracker.letters.OutboxSender} delivers the outbox
 * through the configured SMTP server, at most once per claim, with retries and back-off. The
 * templates carry the content the SEND Regulations 2014 require of each notice (decision,
 * reasons, appeal rights, deadlines, mediation, disagreement resolution and IAS services); this
 * package depends on no other package of the application.
 */
package uk.ehctracker.letters;
