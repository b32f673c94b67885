package be.nestwerk.platform.mail;

import be.nestwerk.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The latest mails of the outbox, so that someone trying the demo without a mail server can follow an invitation
 * link. Demo profile only: in production these mails hold one-time links meant for their recipient alone.
 */
@Controller
@Profile("demo")
class OutboxController {

    static final int PAGE_SIZE = 20;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final JdbcClient jdbc;

    OutboxController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(OutboxMail mail, List<String> links) {}

    @GetMapping("/outbox")
    String outbox(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        int current = Math.max(0, page);
        long total =
                jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
        List<Row> rows = jdbc
                .sql("select " + OutboxMail.COLUMNS + " from mail_outbox order by id desc limit :limit offset :offset")
                .param("limit", PAGE_SIZE)
                .param("offset", (long) current * PAGE_SIZE)
                .query(OutboxMail::map)
                .list()
                .stream()
                .map(mail -> new Row(mail, links(mail.body())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("pages", PageLinks.of(request, current, PAGE_SIZE, total));
        return "platform/outbox";
    }

    private static List<String> links(String body) {
        Matcher matcher = LINK.matcher(body);
        return matcher.results().map(match -> match.group()).toList();
    }
}
