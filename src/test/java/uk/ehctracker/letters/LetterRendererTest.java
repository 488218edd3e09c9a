package uk.ehctracker.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.InputSource;

class LetterRendererTest {

    private static final LetterRenderer renderer =
            new LetterRenderer("/usr/share/fonts/truetype/dejavu");
    private static final LocalDate ISSUED = LocalDate.of(2026, 8, 31);

    @ParameterizedTest
    @EnumSource(NoticeType.class)
    void everyNoticeRendersForEveryRoleAsWellFormedXhtmlWithTheSharedLayout(NoticeType type) throws Exception {
        for (RecipientRole role : RecipientRole.values()) {
            LetterFacts facts = SampleFacts.parent().build().to("Recipient", role, null);
            String html = renderer.html(type, facts, ISSUED);

            // openhtmltopdf parses the letter as XML
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(html)));
            assertThat(html)
                    .contains("Northshire County Council", "31 August 2026", "EHC-000123",
                            type.subject(), "Northshire SENDIASS", "01234 567890",
                            "information, advice and support (IAS)", "https://ehc.example.org/")
                    .doesNotContain("th:", "${");
        }
    }

    @ParameterizedTest
    @EnumSource(value = NoticeType.class, names = {"DECISION_NOT_TO_ASSESS", "DECISION_NOT_TO_ISSUE", "FINAL_PLAN",
            "REVIEW_PLAN_KEPT", "AMENDED_PLAN", "DECISION_TO_CEASE"})
    void appealLettersStateEveryMandatoryElement(NoticeType type) {
        assertThat(type.carriesAppealRights()).isTrue();
        // CFA s80: the representative of a young person who lacks capacity exercises their appeal rights
        for (RecipientRole role : EnumSet.of(RecipientRole.PARENT, RecipientRole.YOUNG_PERSON, RecipientRole.REPRESENTATIVE)) {
            String text = text(renderer.html(type, SampleFacts.parent().build().to("R", role, null), ISSUED));

            assertThat(text)
                    .as("the decision, on its date")
                    .contains(decision(type)).contains("31 August 2026")
                    .as("the reasons").contains(SampleFacts.REASON)
                    .as("the right of appeal")
                    .contains("right to appeal to the First-tier Tribunal (Special Educational Needs and Disability)")
                    .as("the deadline, as a date").contains("You must appeal by 31 October 2026.")
                    .as("mediation before appealing, except about section I alone")
                    .contains("you must contact a mediation adviser to consider mediation")
                    .contains("do not need to consider mediation, or get a certificate, if your appeal is only about the school or other institution named in an EHC plan (section I)")
                    .as("how to contact the mediation adviser")
                    .contains("Global Mediation", "0800 064 4488", "mediation@example.org")
                    .as("disagreement resolution").contains("disagreement resolution service")
                    .as("the IAS service and its contact details")
                    .contains("information, advice and support (IAS) service", "Northshire SENDIASS",
                            "01234 567890", "sendiass@example.org", "https://sendiass.example.org");
        }
    }

    @Test
    void onlyTheAppealableDecisionsCarryAppealRights() {
        // CFA s51(2): not to assess, not to issue, the plan's contents (the final plan and the amended
        // plan), not to amend after a review (the plan kept), to cease
        assertThat(EnumSet.allOf(NoticeType.class)).filteredOn(NoticeType::carriesAppealRights)
                .containsExactlyInAnyOrder(NoticeType.DECISION_NOT_TO_ASSESS,
                        NoticeType.DECISION_NOT_TO_ISSUE, NoticeType.FINAL_PLAN, NoticeType.REVIEW_PLAN_KEPT,
                        NoticeType.AMENDED_PLAN, NoticeType.DECISION_TO_CEASE);
        String notAppealable = text(renderer.html(NoticeType.DECISION_TO_ASSESS, SampleFacts.parent().build(), ISSUED));
        assertThat(notAppealable).doesNotContain("You must appeal by");
        // a proposal to amend is not yet appealable: the amended plan will be
        String proposed = text(renderer.html(NoticeType.REVIEW_AMENDMENTS_PROPOSED, SampleFacts.parent().build(), ISSUED));
        assertThat(proposed).doesNotContain("You must appeal by").contains("When we issue it we will tell you how to appeal");
    }

    @Test
    void theDecisionToCease_givesTheReasons_theLastDayToAppeal_andTheDayThePlanEnds() {
        // reg 31(2), (3): the notice sent on Monday 31 August 2026; HESC Rules r20: 2 months after it is
        // Saturday 31 October 2026, so r12(2): in time on Monday 2 November; CFA s45(4): kept through
        // that day, so it ends on Tuesday 3 November (the letter prints the dates it is given)
        LetterFacts facts = SampleFacts.parent().appealDeadline(LocalDate.of(2026, 11, 2)).dueDate(LocalDate.of(2026, 11, 3)).build();
        String text = text(renderer.html(NoticeType.DECISION_TO_CEASE, facts, ISSUED));
        assertThat(text)
                .contains("We have decided to stop maintaining (to cease) the Education, Health and Care (EHC) plan for "
                        + SampleFacts.CHILD + ". We made this decision on 31 August 2026, after asking for views on it.")
                .contains(SampleFacts.REASON)
                .contains("The plan stays in place until the last day to appeal, 2 November 2026. If you do not appeal, it ends on 3 November 2026.")
                .contains("If you appeal, the plan stays in place until the Tribunal decides")
                .contains("You must appeal by 2 November 2026.")
                .contains("you must contact a mediation adviser to consider mediation", "Global Mediation", "disagreement resolution service");

        // reg 31(2): the institution named and the commissioning body are told the decision and its dates, not given the rights
        for (RecipientRole role : EnumSet.of(RecipientRole.SCHOOL, RecipientRole.HEALTH_BODY)) {
            String theirs = text(renderer.html(NoticeType.DECISION_TO_CEASE, facts.to("Governing body", role, null), ISSUED));
            assertThat(theirs).contains("We have decided to stop maintaining (to cease) the Education, Health and Care (EHC) plan for "
                            + SampleFacts.CHILD, SampleFacts.REASON)
                    .contains("The plan stays in place while the family can appeal, until 2 November 2026. If no appeal is brought, it ends on 3 November 2026.")
                    .contains("We have told the family about their right to appeal").doesNotContain("You must appeal by");
        }
        assertThatThrownBy(() -> renderer.html(NoticeType.DECISION_TO_CEASE, SampleFacts.parent().dueDate(null).build(), ISSUED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dueDate");
    }

    @Test
    void afterAReview_keepingThePlanIsAppealable_amendingGivesTheChangesAndTheFamilys15Days() {
        String kept = text(renderer.html(NoticeType.REVIEW_PLAN_KEPT, SampleFacts.parent().build(), ISSUED));
        assertThat(kept).contains("We have decided to keep the plan as it is, without changes. We made this decision on 31 August 2026.")
                .contains(SampleFacts.REASON).contains("You must appeal by 31 October 2026.");

        // reg 22(2): sent on Monday 31 August 2026; at least 15 days beginning with that day end on Monday 14 September
        String amendments = "Section F: speech and language therapy once a week.";
        String amend = text(renderer.html(NoticeType.REVIEW_AMENDMENTS_PROPOSED,
                SampleFacts.parent().reasons(amendments).dueDate(LocalDate.of(2026, 9, 14)).build(), ISSUED));
        assertThat(amend).contains("We propose to change (amend) the plan. We made this decision on 31 August 2026.")
                .contains(amendments)
                .contains("Please send us your comments by 14 September 2026.")
                .contains("at least 15 days, counting the day we sent you this letter")
                .contains("Ask for a particular school or other institution to be named in the plan.")
                .contains("Ask for a meeting with us");

        String ceasing = text(renderer.html(NoticeType.REVIEW_CEASING_PROPOSED, SampleFacts.parent().build(), ISSUED));
        assertThat(ceasing).contains("We are considering whether to stop maintaining the plan (to cease it). We have not decided yet.")
                .contains(SampleFacts.REASON).contains("We will ask for your views").doesNotContain("You must appeal by");

        // reg 22(3), (5): the amended plan, with the right to appeal its contents
        String amended = text(renderer.html(NoticeType.AMENDED_PLAN, SampleFacts.parent().reasons(amendments).build(), ISSUED));
        assertThat(amended).contains("We have issued the amended Education, Health and Care (EHC) plan for " + SampleFacts.CHILD
                        + ", after the annual review. We issued it on 31 August 2026.")
                .contains(amendments)
                .contains("You can appeal about the description of special educational needs (section B of the plan)")
                .contains("You must appeal by 31 October 2026.");
    }

    @Test
    void professionalsAreToldTheFamilyHasItsRightsNotGivenThem() {
        LetterFacts facts = SampleFacts.parent().build().to("Head teacher", RecipientRole.HEAD_TEACHER, null);
        String text = text(renderer.html(NoticeType.DECISION_NOT_TO_ASSESS, facts, ISSUED));
        assertThat(text).contains(decision(NoticeType.DECISION_NOT_TO_ASSESS), SampleFacts.REASON,
                "We have told the family about their right to appeal").doesNotContain("You must appeal by");
    }

    @Test
    void consideringAssessmentGivesTheDecisionDateAndAsksForViews() {
        String text = text(renderer.html(NoticeType.CONSIDERING_ASSESSMENT, SampleFacts.parent().build(), ISSUED));
        assertThat(text)
                .contains("We received it on 1 June 2026.")
                .contains("We will tell you by 13 July 2026 whether we will carry out an assessment.")
                .contains("We want to hear your views")
                .contains("may have special educational needs and may need support through an EHC plan");
    }

    @Test
    void draftPlanGivesTheLastDayAndTheRightsToAskForASchoolAndAMeeting() {
        LetterFacts facts = SampleFacts.parent().dueDate(LocalDate.of(2026, 9, 14)).build();
        String text = text(renderer.html(NoticeType.DRAFT_PLAN, facts, ISSUED));
        assertThat(text)
                .contains("Please send us your comments by 14 September 2026.")
                .contains("15 days, counting the day we sent you the draft")
                .contains("Ask for a particular school or other institution to be named")
                .contains("Ask for a meeting with us")
                .contains("The draft does not name a school or other institution");
    }

    @Test
    void youngPeopleAreAddressedAsYou() {
        LetterFacts facts = SampleFacts.parent().build().to("Amira Okonkwo-Smith", RecipientRole.YOUNG_PERSON, null);
        String text = text(renderer.html(NoticeType.DECISION_NOT_TO_ASSESS, facts, ISSUED));
        assertThat(text).contains("needs assessment for you.").contains("You can still get help");
    }

    @Test
    void exceptionLetterExplainsTheException() {
        String text = text(renderer.html(NoticeType.EXCEPTION_APPLIED, SampleFacts.parent().build(), ISSUED));
        assertThat(text).contains("closed for the summer holiday when we asked it for advice",
                "We now expect to complete this step by 13 July 2026.");
    }

    @Test
    void everyValueIsHtmlEscaped() throws Exception {
        LetterFacts facts = SampleFacts.parent()
                .child("Tom <b>Bold</b> & \"Co\"", SampleFacts.DOB)
                .reasons("<script>alert('x')</script>\nSecond line & more")
                .build();
        String html = renderer.html(NoticeType.DECISION_NOT_TO_ASSESS, facts, ISSUED);

        assertThat(html).doesNotContain("<script>", "<b>Bold</b>")
                .contains("&lt;script&gt;alert(", "Tom &lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;",
                        "Second line &amp; more");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        // and the PDF prints the text as written
        assertThat(pdfText(renderer.pdf(html))).contains("<script>alert('x')</script>");
    }

    @Test
    void controlCharactersAreRemovedSoThePdfCanBeRendered() {
        LetterFacts facts = SampleFacts.parent().reasons("Bad\u0000char\u000Bs").build();
        RenderedLetter letter = renderer.render(NoticeType.DECISION_NOT_TO_ISSUE, facts, ISSUED);
        // the NUL is dropped; Word's manual line break (a vertical tab) becomes a line break
        assertThat(letter.html()).contains("Badchar").doesNotContain("\u0000").doesNotContain("\u000B");
        assertThat(pdfText(renderer.pdf(letter.html()))).contains("Badchar");
    }

    @Test
    void pdfIsAPdfAndStatesTheDecision() {
        RenderedLetter letter = renderer.render(NoticeType.DECISION_NOT_TO_ASSESS,
                SampleFacts.parent().child("Łucja Ștefănescu", SampleFacts.DOB).build(), ISSUED);

        byte[] pdf = renderer.pdf(letter.html());
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(pdfText(pdf))
                .contains("We have decided not to carry out an Education, Health and Care (EHC) needs assessment for Łucja Ștefănescu.")
                .contains(SampleFacts.REASON)
                .contains("You must appeal by 31 October 2026.");
    }

    @Test
    void missingMandatoryFactsAreRefused() {
        assertThatThrownBy(() -> renderer.html(NoticeType.FINAL_PLAN,
                SampleFacts.parent().appealDeadline(null).build(), ISSUED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appealDeadline");
        assertThatThrownBy(() -> renderer.html(NoticeType.DECISION_NOT_TO_ISSUE,
                SampleFacts.parent().reasons("  ").build(), ISSUED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reasons");
        assertThatThrownBy(() -> renderer.html(NoticeType.DECISION_NOT_TO_ASSESS,
                SampleFacts.parent().mediationAdviser(new Contact("Mediation", null, null, null)).build(), ISSUED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mediationAdviser");
        assertThatThrownBy(() -> renderer.html(NoticeType.DRAFT_PLAN,
                SampleFacts.parent().dueDate(null).build(), ISSUED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dueDate");
        assertThatThrownBy(() -> renderer.html(NoticeType.EXCEPTION_APPLIED,
                SampleFacts.parent().exceptionExplanation(null).build(), ISSUED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceptionExplanation");
        assertThatThrownBy(() -> SampleFacts.parent().child(" ", SampleFacts.DOB).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("childName");
    }

    static String decision(NoticeType type) {
        return switch (type) {
            case DECISION_NOT_TO_ASSESS -> "We have decided not to carry out an Education, Health and Care (EHC) needs assessment";
            case DECISION_NOT_TO_ISSUE -> "We have decided not to issue an EHC plan.";
            case FINAL_PLAN -> "We have issued the final Education, Health and Care (EHC) plan";
            case REVIEW_PLAN_KEPT -> "We have decided to keep the plan as it is, without changes.";
            case AMENDED_PLAN -> "We have issued the amended Education, Health and Care (EHC) plan";
            case DECISION_TO_CEASE -> "We have decided to stop maintaining (to cease) the Education, Health and Care (EHC) plan";
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    /** The letter's visible text, whitespace collapsed, entities decoded. */
    static String text(String html) {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(html)));
            return doc.getDocumentElement().getElementsByTagName("body").item(0)
                    .getTextContent().replaceAll("\\s+", " ");
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e, e);
        }
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
