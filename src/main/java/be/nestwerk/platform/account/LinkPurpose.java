package be.nestwerk.platform.account;

enum LinkPurpose {
    INVITATION,
    PASSWORD_RESET
}
