package be.nestwerk.platform.security;

/** Two-factor authentication cannot be used: the server has no key to encrypt the secrets with. */
public class SecondFactorUnavailableException extends RuntimeException {

    public SecondFactorUnavailableException() {
        super("Two-factor authentication needs nestwerk.security.totp-key");
    }
}
