package uk.ehctracker.ui.common;

import java.util.Locale;

/** Phrases the code keeps in lower case ("the class teacher") put at the start of a sentence, or in the middle of one. */
public final class Sentences {

    private Sentences() {
    }

    public static String capitalised(String phrase) {
        return phrase.substring(0, 1).toUpperCase(Locale.UK) + phrase.substring(1);
    }

    public static String decapitalised(String phrase) {
        return phrase.substring(0, 1).toLowerCase(Locale.UK) + phrase.substring(1);
    }
}
