package uk.ehctracker.common;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects every problem with a command before anything is written, so the person sees all of
 * them at once, each next to its field.
 */
public final class Checks {

    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    /** The longest free text a field takes (reasons, advice, plan sections). */
    public static final int LONG_TEXT = 20_000;

    private final List<FieldProblem> problems = new ArrayList<>();
    /** The length limit already reported for each field. */
    private final java.util.Map<String, Integer> lengthLimits = new java.util.HashMap<>();

    public Checks require(String field, Object value, String label) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new FieldProblem(field, label + " is required"));
        }
        return this;
    }

    /**
     * A field checked against two limits (e.g. {@link #text} and a tighter one) is reported once,
     * with the tighter limit: "at most 20000" beside "at most 2000" tells the person nothing.
     */
    public Checks maxLength(String field, String value, int max, String label) {
        if (value != null && value.length() > max) {
            FieldProblem problem = new FieldProblem(field, label + " must be at most " + max + " characters");
            Integer earlier = lengthLimits.get(field);
            if (earlier == null) {
                lengthLimits.put(field, max);
                problems.add(problem);
            } else if (max < earlier) {
                lengthLimits.put(field, max);
                problems.replaceAll(p -> p.field().equals(field) && p.message().endsWith(" must be at most " + earlier + " characters")
                        ? problem : p);
            }
        }
        return this;
    }

    /** Required free text up to {@link #LONG_TEXT} characters. */
    public Checks text(String field, String value, String label) {
        return require(field, value, label).maxLength(field, value, LONG_TEXT, label);
    }

    public Checks notAfter(String field, LocalDate value, LocalDate latest, String label, String what) {
        if (value != null && latest != null && value.isAfter(latest)) {
            problems.add(new FieldProblem(field, label + " cannot be after " + what + " (" + DateFormats.full(latest) + ")"));
        }
        return this;
    }

    public Checks notBefore(String field, LocalDate value, LocalDate earliest, String label, String what) {
        if (value != null && earliest != null && value.isBefore(earliest)) {
            problems.add(new FieldProblem(field, label + " cannot be before " + what + " (" + DateFormats.full(earliest) + ")"));
        }
        return this;
    }

    /** An e-mail address, if given: one address (Jakarta Mail's strict parse), no display name. */
    public Checks email(String field, String value, String label) {
        if (value != null && !isEmailAddress(value)) {
            problems.add(new FieldProblem(field, label + " must be an e-mail address, like name@example.org"));
        }
        return this;
    }

    /** A web address, if given: http or https with a host. */
    public Checks webAddress(String field, String value, String label) {
        if (value != null && !isWebAddress(value)) {
            problems.add(new FieldProblem(field, label + " must be a web address starting with https://"));
        }
        return this;
    }

    private static boolean isEmailAddress(String value) {
        try {
            InternetAddress parsed = new InternetAddress(value, true);
            return value.equals(parsed.getAddress()) && value.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public Checks problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    public Checks when(boolean condition, String field, String message) {
        if (condition) {
            problem(field, message);
        }
        return this;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
    }

    /**
     * Trims text, turns blank into null and drops two kinds of character that typed text never
     * needs:
     * <ul>
     * <li>the bidirectional embedding, override and isolate controls (U+202A-U+202E,
     * U+2066-U+2069): a browser sets a line's direction itself, and an override in a name or a
     * reason can make what a caseworker reads differ from what was written (a right-to-left
     * override before "gnp.exe" shows it as "exe.png"). The screens isolate names they put inside
     * sentences ({@code ui.common.UserText});
     * <li>the characters XML 1.0 does not allow: control characters other than tab and line
     * breaks (a NUL, which PostgreSQL refuses to store; a bell) and unpaired surrogates. Letters
     * are rendered from XHTML, where they would break the document. Word's manual line break (a
     * vertical tab in pasted text) and a page break become line breaks.
     * </ul>
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        withoutBidiControls(text).codePoints()
                // Word's manual line break (vertical tab) and a page break end a line
                .map(cp -> cp == 0x0B || cp == 0x0C ? '\n' : cp)
                .filter(Checks::allowedInXml).forEach(kept::appendCodePoint);
        String trimmed = kept.toString().strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static boolean allowedInXml(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r'
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** The text without bidirectional embedding, override or isolate controls (see {@link #clean}). */
    public static String withoutBidiControls(String text) {
        return BIDI_CONTROLS.matcher(text).replaceAll("");
    }

}
