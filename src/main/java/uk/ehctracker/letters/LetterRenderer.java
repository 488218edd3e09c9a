package uk.ehctracker.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.ehctracker.common.DateFormats;

/**
 * Renders a notice: the Thymeleaf template {@code letters/<type>.html} (within the shared layout
 * {@code letters/layout.html}) to XHTML, every value HTML-escaped, then that XHTML to PDF with
 * openhtmltopdf. Checks first that the facts the notice must state are present.
 */
@Component
public class LetterRenderer {

    /** How dates are written in letters: "31 October 2026". */
    public static final DateTimeFormatter DATE = DateFormats.FULL;

    /** The family name the layout's CSS asks for first. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final Logger log = LoggerFactory.getLogger(LetterRenderer.class);

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final TemplateEngine engine;
    private final List<FontFace> fonts;
    private final String baseUri;

    /**
     * @param fontDir a directory holding DejaVuSans.ttf and DejaVuSans-Bold.ttf, embedded in the
     *                PDF so that any name prints (e.g. "Łucja", "Ștefan"); without them the PDF
     *                falls back to Helvetica, which prints only Western European letters
     */
    public LetterRenderer(@Value("${ehc.letters.font-dir:/usr/share/fonts/truetype/dejavu}") String fontDir) {
        this.engine = templateEngine();
        this.fonts = loadFonts(fontDir);
        URL base = LetterRenderer.class.getResource("/letters/");
        this.baseUri = base == null ? null : base.toExternalForm();
    }

    /** Renders the notice, dated {@code issuedOn}, as XHTML; {@link #pdf} makes its PDF. */
    public RenderedLetter render(NoticeType type, LetterFacts facts, LocalDate issuedOn) {
        return new RenderedLetter(type.subject(), html(type, facts, issuedOn));
    }

    /**
     * The notice as XHTML.
     *
     * @throws IllegalArgumentException if a fact the notice must state is missing
     */
    public String html(NoticeType type, LetterFacts facts, LocalDate issuedOn) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(facts, "facts must not be null");
        Objects.requireNonNull(issuedOn, "issuedOn must not be null");
        check(type, facts);
        Context context = new Context(Locale.UK, variables(type, facts, issuedOn));
        return engine.process(type.templateName(), context);
    }

    /** The plan as XHTML (template {@code letters/final-plan-document.html}); {@link #pdf} makes its PDF. */
    public String planHtml(PlanDocument plan) {
        Objects.requireNonNull(plan, "plan must not be null");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("laName", plan.laName());
        v.put("caseReference", plan.caseReference());
        v.put("childName", plan.childName());
        v.put("childDateOfBirth", format(plan.childDateOfBirth()));
        v.put("issuedOn", format(plan.issuedOn()));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PlanDocument.Section s : plan.sections()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("letter", s.letter());
            section.put("title", s.title());
            section.put("lines", paragraphs(s.text()));
            section.put("changeLines", paragraphs(s.changedFromDraft()));
            sections.add(section);
        }
        v.put("sections", sections);
        v.put("changes", sections.stream().filter(s -> !((List<?>) s.get("changeLines")).isEmpty()).toList());
        return engine.process("final-plan-document", new Context(Locale.UK, v));
    }

    /** The XHTML as PDF. */
    public byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (FontFace font : fonts) {
                builder.useFont(() -> new ByteArrayInputStream(font.bytes()), FONT_FAMILY,
                        font.weight(), FontStyle.NORMAL, true);
            }
            if (!fonts.isEmpty()) {
                // tagged, accessible PDF (PDF/UA) for screen readers; it needs every font
                // embedded, so it also leaves out the 14 built-in PDF fonts
                builder.usePdfUaAccessibility(true);
            }
            builder.withHtmlContent(xhtml, baseUri);
            builder.withProducer("EHC tracker");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the letter as PDF", e);
        }
        return out.toByteArray();
    }

    /** Whether the letter to this recipient states the right of appeal (parent or young person). */
    static boolean statesAppealRights(NoticeType type, RecipientRole role) {
        return type.carriesAppealRights() && role.holdsAppealRights();
    }

    private static void check(NoticeType type, LetterFacts facts) {
        List<String> missing = new ArrayList<>();
        if (type.requiresDueDate() && facts.dueDate() == null) {
            missing.add("dueDate");
        }
        if (type == NoticeType.APPEAL_DEADLINE_AFTER_MEDIATION && facts.appealDeadline() == null) {
            missing.add("appealDeadline");
        }
        if (type == NoticeType.EXCEPTION_APPLIED && facts.exceptionExplanation() == null) {
            missing.add("exceptionExplanation");
        }
        if (type.carriesAppealRights() && facts.reasons() == null) {
            // reg 5(3), 10(3), 14: the decision and the reasons for it
            missing.add("reasons");
        }
        if (statesAppealRights(type, facts.recipientRole())) {
            // reg 5(3), 10(3), 14: the time limit for an appeal and how to contact the mediation adviser
            if (facts.appealDeadline() == null) {
                missing.add("appealDeadline");
            }
            if (facts.mediationAdviser() == null || !facts.mediationAdviser().reachable()) {
                missing.add("mediationAdviser (with a phone, e-mail or web address)");
            }
        }
        if (!facts.iasService().reachable()) {
            missing.add("iasService (with a phone, e-mail or web address)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(type + " letter needs: " + String.join(", ", missing));
        }
    }

    private static Map<String, Object> variables(NoticeType type, LetterFacts facts, LocalDate issuedOn) {
        boolean youngPerson = facts.recipientRole() == RecipientRole.YOUNG_PERSON;
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("subject", type.subject());
        v.put("citation", type.citation());
        v.put("laName", facts.laName());
        v.put("caseReference", facts.caseReference());
        v.put("issuedOn", format(issuedOn));
        v.put("recipientName", facts.recipientName());
        v.put("childName", facts.childName());
        v.put("childDateOfBirth", format(facts.childDateOfBirth()));
        v.put("receivedOn", format(facts.receivedOn()));
        v.put("decisionOn", format(facts.decisionOn() == null ? issuedOn : facts.decisionOn()));
        v.put("dueDate", format(facts.dueDate()));
        v.put("appealDeadline", format(facts.appealDeadline()));
        v.put("reasons", paragraphs(facts.reasons()));
        v.put("exceptionExplanation", paragraphs(facts.exceptionExplanation()));
        v.put("mediation", contact(facts.mediationAdviser()));
        v.put("ias", contact(facts.iasService()));
        v.put("signInUrl", facts.signInUrl());
        // wording: "you"/"your" to a young person, the child's name to everyone else
        v.put("youngPerson", youngPerson);
        v.put("parent", facts.recipientRole() == RecipientRole.PARENT);
        v.put("family", facts.recipientRole().holdsAppealRights());
        v.put("who", youngPerson ? "you" : facts.childName());
        v.put("Who", youngPerson ? "You" : facts.childName());
        v.put("whose", youngPerson ? "your" : facts.childName() + "\u2019s");
        v.put("appealRights", statesAppealRights(type, facts.recipientRole()));
        v.put("carriesAppealRights", type.carriesAppealRights());
        v.put("noticeType", type.name());
        return v;
    }

    private static String format(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** Each non-blank line of the text, as a paragraph. */
    private static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, String> contact(Contact contact) {
        if (contact == null) {
            return null;
        }
        Map<String, String> c = new LinkedHashMap<>();
        c.put("name", contact.name());
        c.put("phone", contact.phone());
        c.put("email", contact.email());
        c.put("web", contact.web());
        return c;
    }

    private static TemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver =
                new ClassLoaderTemplateResolver(LetterRenderer.class.getClassLoader());
        resolver.setPrefix("letters/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static List<FontFace> loadFonts(String fontDir) {
        List<FontFace> faces = new ArrayList<>();
        if (fontDir == null || fontDir.isBlank()) {
            return faces;
        }
        Path dir = Path.of(fontDir);
        Path regular = dir.resolve("DejaVuSans.ttf");
        Path bold = dir.resolve("DejaVuSans-Bold.ttf");
        try {
            if (Files.isReadable(regular)) {
                faces.add(new FontFace(Files.readAllBytes(regular), 400));
            }
            if (Files.isReadable(bold)) {
                faces.add(new FontFace(Files.readAllBytes(bold), 700));
            }
        } catch (IOException e) {
            log.warn("Could not read the letter fonts in {}: {}", dir, e.toString());
            faces.clear();
        }
        if (faces.isEmpty()) {
            log.warn("No DejaVu Sans fonts in {}: letter PDFs use Helvetica, which cannot print "
                    + "every name (set ehc.letters.font-dir)", dir);
        }
        return List.copyOf(faces);
    }

    private record FontFace(byte[] bytes, int weight) {
    }
}
