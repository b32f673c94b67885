package be.nestwerk.offer;

import be.nestwerk.offer.TextQuery.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks the typed words up in the vocabulary of published texts ({@code search_word}, accent-folded). A word that
 * starts no known word gets the most similar known word (trigram similarity, pg_trgm's default threshold of 0.3) as
 * an alternative: "kinderopvnag" also looks for "kinderopvang". Dutch stop words ("het", "voor") are left out, since
 * they would match nothing in the Dutch search document.
 */
@Component
class TypoCorrection {

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private final JdbcClient jdbc;

    TypoCorrection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String stemOr(@Nullable String stem, String word) {
        return stem == null || stem.isEmpty() ? word : stem;
    }

    /** The terms of the words, in their order, without stop words. */
    List<Term> terms(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Term> terms = new ArrayList<>();
        jdbc.sql("select c.word, c.stop, c.correction, (ts_lexize('dutch_stem', c.word))[1] as stem,"
                        + " (ts_lexize('dutch_stem', c.correction))[1] as correction_stem"
                        + " from (select w.word, w.position, numnode(to_tsquery('dutch', w.word)) = 0 as stop,"
                        + " case when k.known then null else (select s.word from search_word s where s.word % w.word"
                        + " order by similarity(s.word, w.word) desc, length(s.word), s.word limit 1) end as correction"
                        + " from unnest(cast(:words as text[])) with ordinality as w(word, position)"
                        + " cross join lateral (select exists (select 1 from search_word s"
                        + " where s.word like w.word || '%') as known) k) c"
                        + " order by c.position")
                .param("words", words.toArray(String[]::new))
                .query(rs -> {
                    if (!rs.getBoolean("stop")) {
                        String word = rs.getString("word");
                        String correction = rs.getString("correction");
                        boolean corrected = correction != null
                                && LETTERS.matcher(correction).matches();
                        List<String> stems = new ArrayList<>();
                        stems.add(stemOr(rs.getString("stem"), word));
                        if (corrected) {
                            stems.add(stemOr(rs.getString("correction_stem"), correction));
                        }
                        terms.add(new Term(word, corrected ? correction : null, stems));
                    }
                });
        return terms;
    }
}
