package be.nestwerk.platform.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM ({@link Encryptors#stronger}), under a key derived from
 * {@code nestwerk.security.totp-key}. Without that key there is no cipher, and enrolment is refused: a secret is
 * never stored in plain text.
 */
@Component
class SecretCipher {

    static final int MIN_KEY_LENGTH = 32;

    /**
     * PBKDF2's salt. Fixed, because the same key must decrypt tomorrow what it encrypted today; the key itself
     * carries the secrecy (at least 32 random characters), and each encryption has its own random GCM nonce.
     */
    private static final String SALT = "6e6573747765726b2d746f7470";

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

    private final @Nullable BytesEncryptor encryptor;

    SecretCipher(@Value("${nestwerk.security.totp-key:}") String key) {
        if (key.isBlank()) {
            log.warn("nestwerk.security.totp-key is not set: two-factor enrolment is refused, and with it every page"
                    + " that asks for a second factor");
            this.encryptor = null;
        } else if (key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException(
                    "nestwerk.security.totp-key must be at least " + MIN_KEY_LENGTH + " characters of random text");
        } else {
            this.encryptor = Encryptors.stronger(key.strip(), SALT);
        }
    }

    boolean available() {
        return encryptor != null;
    }

    byte[] encrypt(byte[] secret) {
        return required().encrypt(secret);
    }

    byte[] decrypt(byte[] encrypted) {
        return required().decrypt(encrypted);
    }

    private BytesEncryptor required() {
        if (encryptor == null) {
            throw new SecondFactorUnavailableException();
        }
        return encryptor;
    }
}
