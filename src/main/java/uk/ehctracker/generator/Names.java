package uk.ehctracker.generator;

import java.util.Random;

/** Fictional names for generated people: common English first names and surnames, nobody real. */
final class Names {

    private static final String[] FIRST = {"Oliver", "Amelia", "Noah", "Isla", "George", "Ava", "Muhammad", "Olivia",
        "Leo", "Lily", "Arthur", "Freya", "Oscar", "Ivy", "Harry", "Florence", "Archie", "Willow", "Jack", "Grace",
        "Henry", "Sophia", "Theo", "Mia", "Charlie", "Evie", "Jacob", "Ella", "Thomas", "Poppy", "Yusuf", "Aisha",
        "Ethan", "Maya", "Samuel", "Zara", "Logan", "Ruby", "Kai", "Hannah"};

    private static final String[] LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
        "Jackson", "Clarke", "Khan", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris",
        "Ali", "Begum", "Kaur", "Singh", "Okafor", "Nowak", "Murphy", "Kelly", "Baker", "Harris"};

    private Names() {
    }

    static String first(Random rnd) {
        return FIRST[rnd.nextInt(FIRST.length)];
    }

    static String last(Random rnd) {
        return LAST[rnd.nextInt(LAST.length)];
    }
}
