package dev.kronika.query.service;

import dev.kronika.query.domain.FusedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fusion rule on hand-built events: one meeting planned and held is one event, distinct contacts stay apart. */
class FusionRuleTest {

    private static final long MACRON = 1;
    private static final long SCHOLZ = 2;
    private static final long BERLIN = 4;
    private static final Set<Long> LEADERS = Set.of(MACRON, SCHOLZ);

    @Test
    void aPlannedVisitAndTheReportThatItHappenedAreOneEvent() {
        FusionRule.Candidate plan = candidate(event(1, "VISIT", "PLANNED", "2024-03-18", "2024-03-24"), "2024-03-12");
        EventFusion.Report held = report("VISIT", "OCCURRED", "2024-03-19", "2024-03-19", "2024-03-20");

        assertEquals(FusionRule.Relation.SAME_EVENT, FusionRule.relation(plan, held));
        assertEquals(plan, FusionRule.sameEvent(List.of(plan), held).orElseThrow());
        assertEquals("OCCURRED", FusionRule.fusedStatus("PLANNED", "OCCURRED"));
    }

    @Test
    void aPlanIndexedAfterTheOccurrenceJoinsItAndDoesNotTurnItBackIntoAPlan() {
        FusionRule.Candidate held = candidate(event(1, "VISIT", "OCCURRED", "2024-03-19", "2024-03-19"), "2024-03-19");
        EventFusion.Report plan = report("UNSPECIFIED", "PLANNED", "2024-03-18", "2024-03-24", "2024-03-12");

        assertEquals(FusionRule.Relation.SAME_EVENT, FusionRule.relation(held, plan));
        assertEquals("OCCURRED", FusionRule.fusedStatus("OCCURRED", "PLANNED"));
    }

    @Test
    void aPlanAndAMeetingOutsideItsWindowStayApart() {
        FusionRule.Candidate plan = candidate(event(1, "VISIT", "PLANNED", "2024-04-01", "2024-04-07"), "2024-03-25");
        EventFusion.Report held = report("VISIT", "OCCURRED", "2024-03-19", "2024-03-19", "2024-03-20");

        assertEquals(FusionRule.Relation.UNRELATED, FusionRule.relation(plan, held));
        assertTrue(FusionRule.sameEvent(List.of(plan), held).isEmpty());
    }

    @Test
    void aMeetingWhoseWindowOnlyOverlapsThePlanIsLinkedNotMerged() {
        FusionRule.Candidate plan = candidate(event(1, "VISIT", "PLANNED", "2024-03-18", "2024-03-24"), "2024-03-12");
        EventFusion.Report undated = report("VISIT", "OCCURRED", "2024-03-15", "2024-03-18", "2024-03-18");

        assertEquals(FusionRule.Relation.LINKED, FusionRule.relation(plan, undated));
    }

    @Test
    void theSummitBeforeAPlannedMeetingIsNotItsFulfilment() {
        // Announced at the summit without a date: the plan's default window starts on the summit's day.
        FusionRule.Candidate plan = candidate(event(1, "UNSPECIFIED", "PLANNED", "2024-03-12", "2024-06-12"), "2024-03-12");
        EventFusion.Report summit = report("MEET", "OCCURRED", "2024-03-12", "2024-03-12", "2024-03-12");

        assertEquals(FusionRule.Relation.UNRELATED, FusionRule.relation(plan, summit));
    }

    @Test
    void twoCallsAWeekApartStayApart() {
        FusionRule.Candidate first = candidate(event(1, "PHONE", "OCCURRED", "2024-03-11", "2024-03-11"), "2024-03-12");
        EventFusion.Report second = report("PHONE", "OCCURRED", "2024-03-18", "2024-03-18", "2024-03-19");

        assertEquals(FusionRule.Relation.UNRELATED, FusionRule.relation(first, second));
    }

    @Test
    void twoReportsOfOneCallAreOneEvent() {
        FusionRule.Candidate first = candidate(event(1, "PHONE", "OCCURRED", "2024-03-11", "2024-03-11"), "2024-03-12");
        EventFusion.Report second = report("PHONE", "OCCURRED", "2024-03-09", "2024-03-12", "2024-03-12");

        assertEquals(FusionRule.Relation.SAME_EVENT, FusionRule.relation(first, second));
    }

    @Test
    void aPlannedVisitIsNotFulfilledByACall() {
        FusionRule.Candidate plan = candidate(event(1, "VISIT", "PLANNED", "2024-03-18", "2024-03-24"), "2024-03-12");
        EventFusion.Report call = report("PHONE", "OCCURRED", "2024-03-19", "2024-03-19", "2024-03-20");

        assertEquals(FusionRule.Relation.UNRELATED, FusionRule.relation(plan, call));
    }

    private static FusionRule.Candidate candidate(FusedEvent event, String announced) {
        return new FusionRule.Candidate(event, LEADERS, LocalDate.parse(announced));
    }

    private static FusedEvent event(long id, String mode, String status, String earliest, String latest) {
        FusedEvent event = new FusedEvent();
        event.id = id;
        event.type = "CONSULT";
        event.mode = mode;
        event.status = status;
        event.locationEntityId = BERLIN;
        event.earliest = LocalDate.parse(earliest);
        event.latest = LocalDate.parse(latest);
        event.granularity = "DAY";
        return event;
    }

    private static EventFusion.Report report(String mode, String status, String earliest, String latest, String published) {
        return new EventFusion.Report("CONSULT", mode, status, LEADERS, BERLIN, LocalDate.parse(earliest), LocalDate.parse(latest),
                "DAY", 0.8f, LocalDate.parse(published));
    }
}
