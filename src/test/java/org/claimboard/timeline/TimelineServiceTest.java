package org.claimboard.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimboard.extraction.Stance;
import org.claimboard.pledge.PledgeView;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.Test;

class TimelineServiceTest {

    @Test
    void aLaneKeepsChangesInOrderAndFoldsRepeats() {
        List<Lane> lanes = TimelineService.lanes(List.of("GB", "PL"), List.of(
                Fixtures.view("GB", Stance.OFFERED, 10_000, "The Times", 1),
                Fixtures.view("GB", Stance.OFFERED, 10_000, "The Telegraph", 2),
                Fixtures.view("PL", Stance.DECLINED, null, null, 3),
                Fixtures.view("GB", Stance.CONSIDERING, null, null, 4),
                Fixtures.view("GB", Stance.DECLINED, null, null, 5)));
        assertThat(lanes).extracting(Lane::actor).containsExactly("GB", "PL");
        assertThat(lanes.get(0).steps()).extracting(PledgeView::stance)
                .containsExactly(Stance.OFFERED, Stance.CONSIDERING, Stance.DECLINED);
        assertThat(lanes.get(0).steps().get(0).claimId()).as("the first report of a stance is its link").isEqualTo(1);
    }

    @Test
    void actorsWithoutReportsGetNoLane() {
        assertThat(TimelineService.lanes(List.of("GB", "IS"),
                List.of(Fixtures.view("GB", Stance.OFFERED, null, null, 1)))).extracting(Lane::actor).containsExactly("GB");
    }
}
