package uk.ehctracker.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;

/** A child or young person (0-25), in the area of the LA responsible for them (CFA s24). */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    private String upn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    private Family family;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "la_id")
    private LocalAuthority localAuthority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(name = "sen_status", nullable = false)
    private SenStatus senStatus = SenStatus.NONE;

    protected Child() {
    }

    public Child(String firstName, String lastName, LocalDate dateOfBirth, Family family,
            LocalAuthority localAuthority, School school) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.dateOfBirth = dateOfBirth;
        this.family = family;
        this.localAuthority = localAuthority;
        this.school = school;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getUpn() {
        return upn;
    }

    public Family getFamily() {
        return family;
    }

    public LocalAuthority getLocalAuthority() {
        return localAuthority;
    }

    public School getSchool() {
        return school;
    }

    public void moveTo(School newSchool) {
        this.school = newSchool;
    }

    public SenStatus getSenStatus() {
        return senStatus;
    }

    public void setSenStatus(SenStatus senStatus) {
        this.senStatus = senStatus;
    }

    /** Age in whole years on the given date. */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /**
     * National curriculum year group on the given date: children born 1 Sep to 31 Aug start
     * Reception in the September after their fourth birthday.
     */
    public int yearGroupOn(LocalDate date) {
        int academicYearStart = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        int cohortStart = dateOfBirth.getMonthValue() >= 9 ? dateOfBirth.getYear() : dateOfBirth.getYear() - 1;
        return academicYearStart - cohortStart - 5;
    }
}
