package org.claimboard.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimboard.article.ArticleRepository;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledgeRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the stance lanes of the timeline: per actor, its reported stances in order, repeats folded away. */
@Service
public class TimelineService {

    /** Lanes shown when no country is chosen: the actors reported most often. */
    static final int DEFAULT_LANES = 6;
    /** Reports read for all lanes together; bounded at any scale. */
    static final int MAX_REPORTS = 1000;

    private final TroopPledgeRepository pledges;
    private final ArticleRepository articles;

    TimelineService(TroopPledgeRepository pledges, ArticleRepository articles) {
        this.pledges = pledges;
        this.articles = articles;
    }

    @Transactional(readOnly = true)
    public List<Lane> lanes(List<String> countries) {
        List<String> actors = countries.isEmpty()
                ? pledges.findBusiestActors(PageRequest.of(0, DEFAULT_LANES)) : countries;
        if (actors.isEmpty()) {
            return List.of();
        }
        List<PledgeView> reports = PledgeView.of(
                pledges.findByActorsChronological(actors, PageRequest.of(0, MAX_REPORTS)), articles);
        return lanes(actors, reports);
    }

    /** Reports in chronological order; a report equal to the previous one of its actor is a repeat, not a step. */
    static List<Lane> lanes(List<String> actors, List<PledgeView> reports) {
        Map<String, List<PledgeView>> steps = new LinkedHashMap<>();
        actors.forEach(a -> steps.put(a, new ArrayList<>()));
        for (PledgeView report : reports) {
            List<PledgeView> lane = steps.get(report.actor());
            if (lane != null && (lane.isEmpty() || !lane.get(lane.size() - 1).sameAs(report))) {
                lane.add(report);
            }
        }
        List<Lane> lanes = new ArrayList<>();
        steps.forEach((actor, list) -> {
            if (!list.isEmpty()) {
                PledgeView first = list.get(0);
                lanes.add(new Lane(actor, first.actorName(), first.coalition(), List.copyOf(list)));
            }
        });
        return lanes;
    }
}
