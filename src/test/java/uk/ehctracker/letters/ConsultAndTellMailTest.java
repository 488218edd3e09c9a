package uk.ehctracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;
import uk.ehctracker.workflow.ProcessNames;

/**
 * Who is told, end to end through the outbox to a real SMTP server (GreenMail): each adviser the
 * day they are asked (reg 6(1), reg 8(1)); the setting the LA chose when the family asked for none,
 * and the SEN team of the LA that maintains it (CFA s40(3)); and the final plan to the family, the named setting
 * and the health commissioning body (reg 13(2); CFA s40(5)).
 */
@ApplicationTest
class ConsultAndTellMailTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired ApplicationContext context;
    @Autowired AssessmentService assessments;
    @Autowired LetterService letters;
    @Autowired DirectoryService directory;
    @Autowired TestPeople people;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @Test
    void advisersTheSettingConsultedAndTheFinalPlansRecipients_areEachSentTheirLetterOrRequest() throws Exception {
        UiCases cases = new UiCases(context);
        AssessmentCase c = cases.at(CaseStage.CHOOSING_SETTING);
        String ref = c.reference();

        // CFA s40(3): the family asked for no school; the LA chooses one another LA maintains
        assessments.chooseSettingToConsult(c.getId(), new Commands.ChooseSettingToConsult("Meadow View Primary School"),
                people.user("caseworker"));
        // the 15 days pass without a reply: the chaser (run here as the job executor would)
        String pi = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ASSESSMENT_PROCESS)
                .processInstanceBusinessKey(c.getId().toString()).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(pi).activityId("consultationDue").singleResult().getId());
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true,
                "We can meet the needs in section F.", cases.today()), people.user("caseworker"));
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Meadow View Primary School", cases.today()),
                people.user("caseworker"));

        List<Letter> consultation = letters.lettersFor(c.getId()).stream().filter(l -> l.getNoticeType() == NoticeType.CONSULTATION).toList();
        assertThat(consultation).extracting(Letter::getRecipientRole).containsExactly(RecipientRole.SCHOOL, RecipientRole.MAINTAINING_LA);
        assertThat(consultation.get(1).getRecipientName()).startsWith("Southvale");
        // CFA s40(3): the maintaining LA's letter goes to its SEN team's address, like the others
        assertThat(consultation.get(1).getRecipientEmail()).isEqualTo("sen.team@southvale.example");
        List<Letter> finalPlan = letters.lettersFor(c.getId()).stream().filter(l -> l.getNoticeType() == NoticeType.FINAL_PLAN).toList();
        assertThat(finalPlan).extracting(Letter::getRecipientRole)
                .containsExactly(RecipientRole.PARENT, RecipientRole.SCHOOL, RecipientRole.HEALTH_BODY);
        // reg 14: the appeal and mediation information goes to the family
        assertThat(finalPlan.get(0).getHtml()).contains("Tribunal").contains("mediation");

        assertThat(sendOutbox()).isPositive();

        String psychologist = directory.findUser("professional").map(AppUser::getEmail).orElseThrow();
        // reg 6(1), reg 8(1): advisers are asked with their due date, not first at the week-4 chaser
        assertThat(received(psychologist, "Advice asked for: " + ref)).singleElement()
                .satisfies(m -> assertThat(body(m)).contains("is due on").contains(ref));
        assertThat(received("office@riverside.example", "Advice asked for: " + ref)).hasSize(1);
        // the consultation, then the final plan, to the setting named; and the chaser in between
        assertThat(received("office@meadowview.example", "New letter about EHC needs assessment request " + ref)).hasSize(2);
        assertThat(received("office@meadowview.example", "Reminder: your reply to our consultation (" + ref + ")")).singleElement()
                .satisfies(m -> assertThat(body(m)).contains("is due on"));
        assertThat(received("sen.team@southvale.example", "New letter about EHC needs assessment request " + ref)).singleElement()
                .satisfies(m -> assertThat(body(m)).contains(ref));
        assertThat(received("send@northbridge-icb.example", "New letter about EHC needs assessment request " + ref)).isNotEmpty();
        assertThat(received("khan.family@example.com", "New letter about EHC needs assessment request " + ref)).isNotEmpty();
    }

    private int sendOutbox() {
        return OutboxToSmtp.sendDue(context, ServerSetupTest.SMTP.getPort());
    }

    private static List<MimeMessage> received(String to, String subject) {
        return OutboxToSmtp.received(greenMail.getReceivedMessages(), to, subject);
    }

    private static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }
}
