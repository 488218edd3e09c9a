package uk.ehctracker.generator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much to generate ({@code ehc.generate.*}). The defaults are England's figures: 150 LAs,
 * about 650,000 children and young people with a plan, and 154,489 requests a year (DfE, "Education,
 * health and care plans", 2024), of which about 25% are refused assessment, about 10% of those
 * assessed get no plan, and 46.4% of plans are issued within 20 weeks.
 */
@ConfigurationProperties("ehc.generate")
public record GeneratorProperties(
        Integer las,
        Integer schoolsPerLa,
        Integer caseworkersPerLa,
        Integer children,
        Integer years,
        Integer requestsPerYear,
        Integer threads,
        Long seed,
        Boolean exitWhenDone,
        Integer largestLaPlans) {

    public static final int NATIONAL_REQUESTS_PER_YEAR = 154_489;

    public GeneratorProperties {
        las = las == null ? 150 : las;
        schoolsPerLa = schoolsPerLa == null ? 20 : schoolsPerLa;
        caseworkersPerLa = caseworkersPerLa == null ? 10 : caseworkersPerLa;
        children = children == null ? 650_000 : children;
        years = years == null ? 3 : years;
        // pro rata: a share of England's requests in proportion to the number of LAs
        requestsPerYear = requestsPerYear == null ? (int) Math.round(NATIONAL_REQUESTS_PER_YEAR * las / 150.0) : requestsPerYear;
        threads = threads == null ? 2 : threads;
        seed = seed == null ? 20240613L : seed;
        exitWhenDone = exitWhenDone == null ? Boolean.TRUE : exitWhenDone;
        // one LA of a given size (Kent: 20,600 plans), the first; the other plans spread evenly over the rest
        largestLaPlans = largestLaPlans == null || las == 1 ? 0 : Math.min(largestLaPlans, children);
    }

    /** The LA (by index) of earlier plan number {@code plan}: the largest LA's first, then each LA in turn. */
    int laOfPlan(long plan) {
        if (plan < largestLaPlans) {
            return 0;
        }
        return largestLaPlans == 0 ? (int) (plan % las) : 1 + (int) ((plan - largestLaPlans) % (las - 1));
    }

    long totalRequests() {
        return (long) years * requestsPerYear;
    }
}
