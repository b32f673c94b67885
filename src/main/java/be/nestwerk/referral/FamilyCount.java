package be.nestwerk.referral;

/**
 * A count of families or of what concerns them, as the agency may see it: counts from 1 to 4 are shown as "fewer than
 * 5", so that a small network's number cannot point at one family (k-anonymity with k = 5). None is shown as 0.
 */
record FamilyCount(long value) {

    static final int THRESHOLD = 5;

    public boolean suppressed() {
        return value > 0 && value < THRESHOLD;
    }

    public int threshold() {
        return THRESHOLD;
    }
}
