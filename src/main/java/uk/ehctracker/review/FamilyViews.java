package uk.ehctracker.review;

import uk.ehctracker.common.Checks;

/**
 * The family's views for a review meeting, in their own words (reg 19(a): the child's and the
 * parent's, or the young person's, views, wishes and feelings; reg 20(4): part of the information
 * circulated before the meeting). Each answer may be left empty, but not all of them.
 */
public record FamilyViews(String goingWell, String hard, String toChange, String childsOwn) {

    /** The form's field names, as refusals name them. */
    public static final String GOING_WELL = "goingWell";
    public static final String HARD = "hard";
    public static final String TO_CHANGE = "toChange";
    public static final String CHILDS_OWN = "childsOwn";

    /** The answers as typed, each cleaned ({@link Checks#clean}: blank is none); none at all for null. */
    static FamilyViews cleaned(FamilyViews views) {
        return views == null ? new FamilyViews(null, null, null, null)
                : new FamilyViews(Checks.clean(views.goingWell), Checks.clean(views.hard), Checks.clean(views.toChange),
                        Checks.clean(views.childsOwn));
    }

    /** No question answered. */
    boolean isEmpty() {
        return goingWell == null && hard == null && toChange == null && childsOwn == null;
    }
}
