package be.nestwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The secret's encryption at rest, and the recovery codes. */
class TwoFactorSecretsTests {

    static final String KEY = "a-test-key-of-at-least-thirty-two-characters";

    @Test
    void encryptsWithAFreshNonceEveryTimeAndDecryptsBack() {
        SecretCipher cipher = new SecretCipher(KEY);
        byte[] secret = "12345678901234567890".getBytes();

        byte[] first = cipher.encrypt(secret);
        byte[] second = cipher.encrypt(secret);

        assertThat(cipher.available()).isTrue();
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("1234567890");
        assertThat(cipher.decrypt(first)).isEqualTo(secret);
        assertThat(cipher.decrypt(second)).isEqualTo(secret);
    }

    @Test
    void anotherKeyCannotDecrypt() {
        byte[] encrypted = new SecretCipher(KEY).encrypt(new byte[20]);

        assertThatThrownBy(() -> new SecretCipher(KEY + "-other").decrypt(encrypted))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyRefusesToStoreASecretRatherThanKeepItInPlainText() {
        SecretCipher cipher = new SecretCipher("  ");

        assertThat(cipher.available()).isFalse();
        assertThatThrownBy(() -> cipher.encrypt(new byte[20])).isInstanceOf(SecondFactorUnavailableException.class);
    }

    @Test
    void enrolmentIsRefusedBeforeAnythingIsStoredWhenThereIsNoKey() {
        // only the cipher is consulted: a store that is touched would fail with a NullPointerException
        SecondFactors factors = new SecondFactors(
                null,
                new SecretCipher(""),
                null,
                null,
                null,
                null,
                5,
                java.time.Duration.ofMinutes(15),
                "Nestwerk",
                null);

        assertThatThrownBy(() -> factors.startEnrolment(java.util.UUID.randomUUID()))
                .isInstanceOf(SecondFactorUnavailableException.class);
    }

    @Test
    void refusesAKeyTooShortToBeSecret() {
        assertThatThrownBy(() -> new SecretCipher("short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nestwerk.security.totp-key");
    }

    @Test
    void makesTenDifferentRecoveryCodesWithoutLookAlikes() {
        List<String> codes = RecoveryCodes.generate(new SecureRandom());

        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(new HashSet<>(codes)).hasSize(10);
        assertThat(codes).allMatch(code -> code.matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"));
    }

    @Test
    void readsARecoveryCodeAsPeopleTypeIt() {
        assertThat(RecoveryCodes.normalise("abcde-fgh23")).isEqualTo("ABCDEFGH23");
        assertThat(RecoveryCodes.normalise(" ABCDE FGH23 ")).isEqualTo("ABCDEFGH23");
        assertThat(RecoveryCodes.normalise("123456")).isNull();
        assertThat(RecoveryCodes.normalise("ABCDE-FGH2O"))
                .as("O is not in the alphabet")
                .isNull();
        assertThat(RecoveryCodes.normalise("ABCDE-FGH234")).isNull();
    }
}
