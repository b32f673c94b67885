package be.nestwerk.referral;

/** Where a question stands. Label "referral.question.status.NAME". */
enum QuestionStatus {
    OPEN,
    ANSWERED,
    REFERRED
}
