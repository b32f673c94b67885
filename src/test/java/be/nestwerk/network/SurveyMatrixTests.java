package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyMatrixTests {

    @Test
    void hasARowForEveryActorTypeAndAColumnForEveryInvolvementEvenWhenEmpty() {
        SurveyMatrix matrix = SurveyMatrix.of(List.of());

        assertThat(matrix.rows()).extracting(SurveyMatrix.Row::actorType).containsExactly(ActorType.values());
        assertThat(matrix.rows())
                .allSatisfy(row -> assertThat(row.cells())
                        .extracting(SurveyMatrix.Cell::involvement)
                        .containsExactly(Involvement.values()));
        assertThat(matrix.total()).isZero();
        assertThat(matrix.columnTotals()).hasSize(Involvement.values().length).containsOnly(0);
    }

    @Test
    void addsUpTalliesOfTheSameCellAndKeepsTheirNamesInOrder() {
        SurveyMatrix matrix = SurveyMatrix.of(List.of(
                new SurveyMatrix.Tally(ActorType.LIBRARY, Involvement.CORE_PARTNER, 1, List.of("Bib Aartselaar")),
                new SurveyMatrix.Tally(ActorType.PUBLIC_SOCIAL_WELFARE_CENTRE, Involvement.MINIMAL, 3, List.of()),
                new SurveyMatrix.Tally(ActorType.LIBRARY, Involvement.CORE_PARTNER, 1, List.of("Bib Boom")),
                new SurveyMatrix.Tally(ActorType.LIBRARY, Involvement.NOT_YET, 2, List.of())));

        assertThat(matrix.cell(ActorType.LIBRARY, Involvement.CORE_PARTNER).count())
                .isEqualTo(2);
        assertThat(matrix.cell(ActorType.LIBRARY, Involvement.CORE_PARTNER).names())
                .containsExactly("Bib Aartselaar", "Bib Boom");
        assertThat(matrix.rows().get(ActorType.LIBRARY.ordinal()).total()).isEqualTo(4);
        assertThat(matrix.columnTotals().get(Involvement.MINIMAL.ordinal())).isEqualTo(3);
        assertThat(matrix.columnTotals().get(Involvement.CORE_PARTNER.ordinal()))
                .isEqualTo(2);
        assertThat(matrix.total()).isEqualTo(7);
    }
}
