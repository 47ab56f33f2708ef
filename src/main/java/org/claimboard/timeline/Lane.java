package org.claimboard.timeline;

import java.util.List;

import org.claimboard.pledge.PledgeView;

/** One actor's stance over time: each step is a change from the one before, linked to its sentence. */
public record Lane(String actor, String name, boolean coalition, List<PledgeView> steps) {
}
