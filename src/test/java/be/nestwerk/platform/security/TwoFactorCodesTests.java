package be.nestwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP codes against RFC 6238's test vectors, with a fixed clock: drift of one step either way, and no replay. */
class TwoFactorCodesTests {

    /** RFC 6238, appendix B: the SHA-1 seed is the ASCII text "12345678901234567890". */
    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    final TotpCodes codes = new TotpCodes();

    /** The RFC lists 8 digits; an app shows 6, the same number modulo 10^6. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void makesTheCodesOfRfc6238(long epochSecond, String eightDigits) {
        Instant at = clockAt(epochSecond).instant();

        assertThat(codes.codeAt(RFC_SECRET, at)).isEqualTo(eightDigits.substring(2));
    }

    @Test
    void acceptsTheCurrentCodeAndNamesItsStep() {
        Instant now = clockAt(1111111111).instant();

        TotpCodes.Check check = codes.check(RFC_SECRET, "050471", now, null);

        assertThat(check.outcome()).isEqualTo(TotpCodes.Outcome.ACCEPTED);
        assertThat(check.step()).isEqualTo(1111111111L / 30);
    }

    @Test
    void acceptsTheCodesOfOneStepBeforeAndAfterButNotTwo() {
        Instant now = clockAt(1_700_000_000).instant();
        long step = TotpCodes.stepAt(now);

        for (int drift = -1; drift <= 1; drift++) {
            String code = codes.codeAt(RFC_SECRET, now.plusSeconds(30L * drift));
            TotpCodes.Check check = codes.check(RFC_SECRET, code, now, null);
            assertThat(check.outcome()).as("drift %d", drift).isEqualTo(TotpCodes.Outcome.ACCEPTED);
            assertThat(check.step()).isEqualTo(step + drift);
        }
        assertThat(codes.check(RFC_SECRET, codes.codeAt(RFC_SECRET, now.minusSeconds(60)), now, null)
                        .outcome())
                .isEqualTo(TotpCodes.Outcome.WRONG);
        assertThat(codes.check(RFC_SECRET, codes.codeAt(RFC_SECRET, now.plusSeconds(60)), now, null)
                        .outcome())
                .isEqualTo(TotpCodes.Outcome.WRONG);
    }

    @Test
    void refusesACodeWhoseStepHasBeenUsed() {
        Instant now = clockAt(1_700_000_000).instant();
        String code = codes.codeAt(RFC_SECRET, now);
        long step = TotpCodes.stepAt(now);

        assertThat(codes.check(RFC_SECRET, code, now, step - 1).outcome()).isEqualTo(TotpCodes.Outcome.ACCEPTED);
        assertThat(codes.check(RFC_SECRET, code, now, step).outcome()).isEqualTo(TotpCodes.Outcome.REPLAYED);
        assertThat(codes.check(RFC_SECRET, code, now.plusSeconds(29), step).outcome())
                .as("still refused later within the drift window")
                .isEqualTo(TotpCodes.Outcome.REPLAYED);
    }

    @Test
    void refusesAnOlderCodeOnceANewerOneWasUsed() {
        Instant now = clockAt(1_700_000_000).instant();
        String previous = codes.codeAt(RFC_SECRET, now.minusSeconds(30));

        assertThat(codes.check(RFC_SECRET, previous, now, TotpCodes.stepAt(now)).outcome())
                .isEqualTo(TotpCodes.Outcome.REPLAYED);
    }

    @Test
    void readsSpacesButNothingElseThanSixDigits() {
        Instant now = clockAt(1111111111).instant();

        assertThat(codes.check(RFC_SECRET, " 050 471 ", now, null).accepted()).isTrue();
        assertThat(codes.check(RFC_SECRET, "50471", now, null).outcome()).isEqualTo(TotpCodes.Outcome.WRONG);
        assertThat(codes.check(RFC_SECRET, "0504711", now, null).outcome()).isEqualTo(TotpCodes.Outcome.WRONG);
        assertThat(codes.check(RFC_SECRET, "05047a", now, null).outcome()).isEqualTo(TotpCodes.Outcome.WRONG);
        assertThat(codes.check(RFC_SECRET, "", now, null).outcome()).isEqualTo(TotpCodes.Outcome.WRONG);
        assertThat(codes.check(RFC_SECRET, "050472", now, null).outcome()).isEqualTo(TotpCodes.Outcome.WRONG);
    }

    @Test
    void codesKeepTheirLeadingZeros() {
        Instant at = clockAt(1234567890).instant();

        assertThat(codes.codeAt(RFC_SECRET, at)).isEqualTo("005924");
        assertThat(codes.check(RFC_SECRET, "5924", at, null).outcome()).isEqualTo(TotpCodes.Outcome.WRONG);
    }

    @Test
    void encodesAndDecodesBase32AsRfc4648() {
        String[][] vectors = {
            {"", ""},
            {"f", "MY"},
            {"fo", "MZXQ"},
            {"foo", "MZXW6"},
            {"foob", "MZXW6YQ"},
            {"fooba", "MZXW6YTB"},
            {"foobar", "MZXW6YTBOI"}
        };
        for (String[] vector : vectors) {
            byte[] bytes = vector[0].getBytes(StandardCharsets.US_ASCII);
            assertThat(Base32.encode(bytes)).isEqualTo(vector[1]);
            assertThat(Base32.decode(vector[1])).isEqualTo(bytes);
        }
        assertThat(Base32.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SECRET);
        assertThat(Base32.decode("MZXW6YQ=")).isEqualTo("foob".getBytes(StandardCharsets.US_ASCII));
    }

    private static Clock clockAt(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
