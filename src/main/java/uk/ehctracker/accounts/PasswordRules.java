package uk.ehctracker.accounts;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import uk.ehctracker.common.Checks;

/**
 * What a new password must be. Length, not complexity, makes a password hard to guess, and a
 * password on the lists attackers try first is weak whatever its length (NIST SP 800-63B-4
 * s3.1.1.2: at least 15 characters where the password is the only factor, checked against a
 * list of commonly used passwords, no composition rules; NCSC: three random words). Few of the
 * common passwords are 15 characters long, so the list alone would catch little: zxcvbn (MIT
 * licence), which ships the list of the 30,000 most common, also estimates how many guesses a
 * password takes from the patterns attackers try (a word repeated, keyboard rows, sequences, names,
 * dates, the person's own username), and a password it can guess in fewer than 10^10 tries (its
 * score below 4) is refused.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 15;

    /** What the forms that choose a password say about choosing one. */
    public static final String ADVICE = "At least " + MIN_LENGTH + " characters. Three random words you will remember "
            + "make a good password. Do not use a password you use anywhere else.";
    public static final int MAX_LENGTH = 64;
    /** BCrypt reads only the first 72 bytes: a longer password would be cut silently. */
    private static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = loadCommon();
    /** zxcvbn's top score: at least 10^10 guesses. */
    private static final int STRONG = 4;

    private PasswordRules() {
    }

    /** Adds to {@code checks} what is wrong with the new password, each under its field. */
    static Checks check(Checks checks, String password, String repeated, String username, String email) {
        if (password == null || password.isEmpty()) {
            return checks.problem("password", "Enter a new password");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        return checks
                .when(password.codePointCount(0, password.length()) < MIN_LENGTH, "password",
                        "Password must be at least " + MIN_LENGTH + " characters. Three random words make a long password you can remember")
                .when(password.codePointCount(0, password.length()) > MAX_LENGTH
                        || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES, "password",
                        "Password must be " + MAX_LENGTH + " characters or fewer")
                .when(isCommon(password), "password", "This is one of the most common passwords. Choose another")
                .when(!isCommon(password) && isGuessable(password, username, email), "password",
                        "This password would be easy to guess: it follows a common pattern (a word repeated, letters in a row on "
                                + "the keyboard, a sequence). Choose words that do not belong together")
                .when(contains(lower, username) || contains(lower, email), "password",
                        "Password must not contain your username or e-mail address")
                .when(!password.equals(repeated), "repeatPassword", "The two passwords do not match");
    }

    /** On the common-passwords list, as typed or without spaces ("pass word" is "password"). */
    public static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return COMMON.contains(lower) || COMMON.contains(lower.replaceAll("\\s+", ""));
    }

    private static boolean isGuessable(String password, String username, String email) {
        List<String> own = Stream.of(username, email).filter(java.util.Objects::nonNull).toList();
        return password.length() <= MAX_LENGTH && new Zxcvbn().measure(password, own).getScore() < STRONG;
    }

    private static boolean contains(String password, String part) {
        return part != null && part.length() >= 3 && password.contains(part.toLowerCase(Locale.ROOT));
    }

    private static Set<String> loadCommon() {
        try {
            return Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The common-passwords list could not be read", e);
        }
    }
}
