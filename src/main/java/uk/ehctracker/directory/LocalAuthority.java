package uk.ehctracker.directory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A local authority: it receives requests, decides, assesses and issues plans. */
@Entity
@Table(name = "local_authority")
public class LocalAuthority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "mediation_name")),
        @AttributeOverride(name = "phone", column = @Column(name = "mediation_phone")),
        @AttributeOverride(name = "email", column = @Column(name = "mediation_email")),
        @AttributeOverride(name = "web", column = @Column(name = "mediation_web"))})
    private Contact mediationAdviser;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "ias_name")),
        @AttributeOverride(name = "phone", column = @Column(name = "ias_phone")),
        @AttributeOverride(name = "email", column = @Column(name = "ias_email")),
        @AttributeOverride(name = "web", column = @Column(name = "ias_web"))})
    private Contact iasService;

    /** The health commissioning body (integrated care board), told under reg 4(2)(b); optional. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "health_name")),
        @AttributeOverride(name = "phone", column = @Column(name = "health_phone")),
        @AttributeOverride(name = "email", column = @Column(name = "health_email")),
        @AttributeOverride(name = "web", column = @Column(name = "health_web"))})
    private Contact healthBody;

    /** The LA's officers responsible for social care, told under reg 4(2)(c); optional. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "social_care_name")),
        @AttributeOverride(name = "phone", column = @Column(name = "social_care_phone")),
        @AttributeOverride(name = "email", column = @Column(name = "social_care_email")),
        @AttributeOverride(name = "web", column = @Column(name = "social_care_web"))})
    private Contact socialCare;

    /** Its SEN team's address: where another LA's consultation on a setting this LA maintains goes (CFA s39(3), s40(3)). */
    @Column(name = "sen_team_email")
    private String senTeamEmail;

    /** The council's own time to reply at each stage of a complaint, in working days. */
    @Column(name = "complaint_reply_working_days", nullable = false)
    private int complaintReplyWorkingDays = 20;

    protected LocalAuthority() {
    }

    public LocalAuthority(String code, String name, Contact mediationAdviser, Contact iasService) {
        this.code = code;
        this.name = name;
        this.mediationAdviser = mediationAdviser;
        this.iasService = iasService;
    }

    public int getComplaintReplyWorkingDays() {
        return complaintReplyWorkingDays;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Contact getMediationAdviser() {
        return mediationAdviser;
    }

    public Contact getIasService() {
        return iasService;
    }

    /** Null until the LA has recorded it (Hibernate reads an embedded value of all-null columns as null). */
    public Contact getHealthBody() {
        return healthBody;
    }

    /** Null until the LA has recorded it. */
    public Contact getSocialCare() {
        return socialCare;
    }

    /** Null until recorded. */
    public String getSenTeamEmail() {
        return senTeamEmail;
    }

    public LocalAuthority withSenTeamEmail(String senTeamEmail) {
        this.senTeamEmail = senTeamEmail;
        return this;
    }

    /** The contacts its letters give (mediation, IAS) and send to (the reg 4(2) bodies). */
    public LocalAuthority withContacts(Contact mediationAdviser, Contact iasService, Contact healthBody, Contact socialCare) {
        this.mediationAdviser = mediationAdviser;
        this.iasService = iasService;
        this.healthBody = healthBody;
        this.socialCare = socialCare;
        return this;
    }
}
