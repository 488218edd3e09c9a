package archfixture.beta;

import archfixture.alpha.AlphaService;

/** Depends back on alpha, closing a cycle. */
public class BetaThing {

    AlphaService alpha;
}
