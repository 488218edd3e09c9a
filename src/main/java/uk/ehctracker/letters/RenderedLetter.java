package uk.ehctracker.letters;

/** A letter rendered, before it is stored: its subject and XHTML (the PDF is made on demand). */
public record RenderedLetter(String subject, String html) {
}
