package uk.ehctracker.ui.common;

/**
 * Text a person gave (a child's or a contact's name) placed inside a sentence of ours. Each is
 * wrapped in the Unicode first-strong isolate (U+2068 ... U+2069), the plain-text form of
 * {@code <bdi>}: a name written right to left (Arabic, Hebrew, Urdu) then shows in its own
 * direction without reordering the words and dates around it, and nothing in it can run on into
 * them. Overrides themselves never get in ({@link uk.ehctracker.common.Checks#clean}).
 */
public final class UserText {

    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    private UserText() {
    }

    public static String isolate(String text) {
        return text == null ? "" : FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
    }
}
