package uk.ehctracker.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.EhcUserDetails;
import uk.ehctracker.common.BeforeServing;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * The school side of the demo, once: Amira Khan (two completed cycles, an educational
 * psychologist's advice, three parent meetings, provision of about £4,800 a year) and Isla Jones
 * (in her first cycle), both at Riverside Primary. Made through the same services a SENCO uses,
 * so each has a real {@code sen-support} process. Runs before the first request, after the
 * directory's demo it builds on. Its records run processes, so like the demo's cases it is left
 * out where only measured tests may start processes ({@code ehc.demo-data.cases=false}).
 */
@Component
@ConditionalOnExpression("${ehc.demo-data.enabled:false} and ${ehc.demo-data.cases:true}")
@Order(BeforeServing.DEMO_SCHOOL_SIDE)
class SenSupportDemoData implements BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(SenSupportDemoData.class);

    private final SenSupportService service;
    private final SenSupportRecordRepository records;
    private final SupportCycleRepository cycles;
    private final SenRegisterQueries register;
    private final DirectoryService directory;
    private final UserDetailsService users;
    private final Clock clock;

    SenSupportDemoData(SenSupportService service, SenSupportRecordRepository records, SupportCycleRepository cycles,
            SenRegisterQueries register, DirectoryService directory, UserDetailsService users, Clock clock) {
        this.service = service;
        this.records = records;
        this.cycles = cycles;
        this.register = register;
        this.directory = directory;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void prepare() {
        seed();
    }

    /** Returns true when it seeded, false when there was nothing to do. */
    @Transactional
    public boolean seed() {
        AppUser sencoUser = directory.findUser("senco").orElse(null);
        if (sencoUser == null || sencoUser.getSchool() == null) {
            log.info("No demo SENCO; SEN support demo not seeded");
            return false;
        }
        LocalDate today = StatutoryClock.today(clock);
        List<Child> pupils = register.register(sencoUser.getSchool().getId(), SupportViews.RegisterFilter.all(), today);
        Child amira = named(pupils, "Amira", "Khan");
        Child isla = named(pupils, "Isla", "Jones");
        if (amira == null || isla == null) {
            log.info("Demo pupils not found; SEN support demo not seeded");
            return false;
        }
        if (records.findByChildId(amira.getId()).isPresent() || records.findByChildId(isla.getId()).isPresent()) {
            return false;
        }
        CurrentUser senco = ((EhcUserDetails) users.loadUserByUsername("senco")).user();
        seedAmira(amira.getId(), senco, today);
        seedIsla(isla.getId(), senco, today);
        log.info("SEN support demo seeded: sign in as senco/senco");
        return true;
    }

    private void seedAmira(long childId, CurrentUser senco, LocalDate today) {
        LocalDate placed = today.minusDays(200);
        SenSupportRecord record = service.placeOnSenSupport(childId, new SupportCommands.Place(placed, placed.plusDays(2),
                List.of(NeedType.SPLD, NeedType.SLCN)), senco);
        cycle(childId, senco, ReviewOutcome.ANOTHER_CYCLE,
                "Reading age 18 months below chronological age; phonics screening not passed.",
                "Review: decoding improved; comprehension still well below expected.");
        cycle(childId, senco, ReviewOutcome.INVOLVE_SPECIALIST,
                "Slow progress in reading despite daily phonics; word-finding difficulties in class.",
                "Review: progress remains less than expected; parents agree to ask the educational psychologist.");
        service.agreeSpecialist(childId, new SupportCommands.AgreeSpecialist(SpecialistKind.EDUCATIONAL_PSYCHOLOGIST, true,
                today), senco);
        service.recordSpecialistAdvice(childId, new SupportCommands.SpecialistAdvice(
                "Cognitive assessment shows a specific learning difficulty with weak phonological processing and working memory."
                        + " Recommends structured multisensory literacy daily, pre-teaching of vocabulary and a speech and language screen.",
                today), senco);
        service.assess(childId, new SupportCommands.Assess(
                "Educational psychologist's advice received; needs in literacy and language confirmed.",
                "Reading age 7y2m at 9y1m; spelling standardised score 74.", "I like reading with Mrs Patel but long words are hard.",
                "Amira is anxious about reading aloud and tired after school."), senco);
        service.plan(childId, new SupportCommands.Plan("Read 40 high-frequency words fluently; use a word-finding strategy in class.",
                "Daily multisensory literacy (20 minutes, 1:1); weekly language group; pre-teaching of topic vocabulary.",
                today.plusWeeks(6)), senco);
        service.addProvision(childId, new SupportCommands.AddProvision("Multisensory literacy programme", Delivery.INDIVIDUAL,
                "Daily, 20 minutes", "Teaching assistant", placed.plusDays(14), null, new BigDecimal("2800.00")), senco);
        service.addProvision(childId, new SupportCommands.AddProvision("Language group", Delivery.GROUP,
                "Weekly, 45 minutes", "SENCO", placed.plusDays(30), null, new BigDecimal("1200.00")), senco);
        service.addProvision(childId, new SupportCommands.AddProvision("Pre-teaching of topic vocabulary", Delivery.INDIVIDUAL,
                "Twice weekly, 15 minutes", "Class teacher", placed.plusDays(60), null, new BigDecimal("800.00")), senco);
        for (int daysAgo : new int[] {180, 100, 20}) {
            service.recordMeeting(childId, new SupportCommands.Meeting(today.minusDays(daysAgo),
                    "Met Mrs Khan: reviewed progress against the outcomes and agreed next steps."), senco);
        }
        // the cycles were made today through the services; the demo shows them spread over the last months
        List<SupportCycle> made = cycles.findByRecordIdOrderByNumberAsc(record.getId());
        made.get(0).demoDates(placed.plusDays(3), placed.plusDays(5), placed.plusDays(75), placed.plusDays(75));
        made.get(1).demoDates(placed.plusDays(78), placed.plusDays(80), placed.plusDays(150), placed.plusDays(150));
    }

    private void cycle(long childId, CurrentUser senco, ReviewOutcome outcome, String assessed, String reviewed) {
        service.assess(childId, new SupportCommands.Assess(assessed, "Below age-related expectations in reading and writing.",
                "Amira says reading is tricky.", "Her parents want help with reading at home."), senco);
        service.plan(childId, new SupportCommands.Plan("Blend and segment CVC words accurately.",
                "Daily phonics catch-up, 15 minutes, in a small group.", StatutoryClock.today(clock).plusDays(1)), senco);
        service.bringReviewForward(childId, senco);
        service.review(childId, new SupportCommands.Review(outcome, reviewed), senco);
    }

    private void seedIsla(long childId, CurrentUser senco, LocalDate today) {
        service.placeOnSenSupport(childId, new SupportCommands.Place(today.minusDays(30), today.minusDays(28),
                List.of(NeedType.SEMH)), senco);
        service.assess(childId, new SupportCommands.Assess("Difficulty settling; withdrawn at playtimes.", null,
                "Isla says she likes drawing.", null), senco);
        service.plan(childId, new SupportCommands.Plan("Join in a structured playtime activity three times a week.",
                "Nurture group twice weekly; a trusted adult check-in each morning.", today.plusWeeks(4)), senco);
        service.addProvision(childId, new SupportCommands.AddProvision("Nurture group", Delivery.GROUP, "Twice weekly, 1 hour",
                "Learning mentor", today.minusDays(20), null, new BigDecimal("900.00")), senco);
    }

    private static Child named(List<Child> pupils, String first, String last) {
        return pupils.stream().filter(c -> c.getFirstName().equals(first) && c.getLastName().equals(last))
                .findFirst().orElse(null);
    }
}
