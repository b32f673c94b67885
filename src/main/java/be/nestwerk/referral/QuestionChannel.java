package be.nestwerk.referral;

/** How the question reached the partner. Label "referral.question.channel.NAME". */
enum QuestionChannel {
    WALK_IN,
    PHONE,
    EMAIL,
    HOME_VISIT,
    ACTIVITY,
    OTHER
}
