package uk.ehctracker.letters;

/** A letter rendered, before it is stored: its subject, XHTML and PDF. */
public record RenderedLetter(String subject, String html, byte[] pdf) {
}
