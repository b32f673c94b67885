package be.nestwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Lock-out through the real login form: 5 wrong passwords lock an account for the configured 15 minutes. */
@NestwerkIntegrationTest
class LockoutIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    PlatformFixtures fixtures;
    AccountView account;

    @BeforeEach
    void account() {
        fixtures = new PlatformFixtures(context);
        account = fixtures.account("lockout");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefused() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login("wrong password " + attempt)).hasRedirectedUrl("/login?error");
            assertThat(accounts.find(account.id()).orElseThrow().lockedUntil()).isNull();
        }
        Instant beforeLock = Instant.now();
        assertThat(login("wrong password 5")).hasRedirectedUrl("/login?error");

        Instant lockedUntil = accounts.find(account.id()).orElseThrow().lockedUntil();
        assertThat(lockedUntil)
                .isBetween(
                        beforeLock.plus(Duration.ofMinutes(15)), Instant.now().plus(Duration.ofMinutes(15)));
        assertThat(login(PlatformFixtures.PASSWORD)).hasRedirectedUrl("/login?error");

        assertThat(fixtures.auditCount("LOGIN_FAILED", account.id())).isEqualTo(6);
        assertThat(fixtures.auditCount("ACCOUNT_LOCKED", account.id())).isEqualTo(1);
        assertThat(fixtures.auditCount("LOGIN_SUCCEEDED", account.id())).isZero();
        assertThat(jdbc.sql("select summary from audit_event where actor_id = :id and action = 'LOGIN_FAILED'"
                                + " order by id desc limit 1")
                        .param("id", account.id())
                        .query(String.class)
                        .single())
                .contains("locked");
    }

    @Test
    void theLockEndsAfterTheConfiguredDuration() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("wrong password");
        }
        assertThat(login(PlatformFixtures.PASSWORD)).hasRedirectedUrl("/login?error");

        jdbc.sql("update user_account set locked_until = now() - interval '1 second' where id = :id")
                .param("id", account.id())
                .update();

        assertThat(login(PlatformFixtures.PASSWORD)).hasRedirectedUrl("/workspace");
        assertThat(accounts.find(account.id()).orElseThrow().lockedUntil()).isNull();
        assertThat(fixtures.auditCount("LOGIN_SUCCEEDED", account.id())).isEqualTo(1);
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfFailures() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            login("wrong password");
        }
        assertThat(failedLogins()).isEqualTo(4);

        assertThat(login(PlatformFixtures.PASSWORD)).hasRedirectedUrl("/workspace");
        assertThat(failedLogins()).isZero();

        for (int attempt = 1; attempt <= 4; attempt++) {
            login("wrong password");
        }
        assertThat(accounts.find(account.id()).orElseThrow().lockedUntil()).isNull();
        assertThat(login(PlatformFixtures.PASSWORD)).hasRedirectedUrl("/workspace");
        assertThat(fixtures.auditCount("LOGIN_FAILED", account.id())).isEqualTo(8);
        assertThat(fixtures.auditCount("LOGIN_SUCCEEDED", account.id())).isEqualTo(2);
        assertThat(fixtures.auditCount("ACCOUNT_LOCKED", account.id())).isZero();
    }

    private MvcTestResult login(String password) {
        return mvc.perform(formLogin("/login").user(account.email()).password(password));
    }

    private int failedLogins() {
        return jdbc.sql("select failed_logins from user_account where id = :id")
                .param("id", account.id())
                .query(Integer.class)
                .single();
    }
}
