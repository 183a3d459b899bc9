package hk.cleanerproduction.adjudicator.drafts;

import java.time.Instant;

/** One step in a draft's history: who did what, when (a file saved, a check, a submission, an approval...). */
record DraftEvent(Instant at, String actor, String action, String detail) {
}
