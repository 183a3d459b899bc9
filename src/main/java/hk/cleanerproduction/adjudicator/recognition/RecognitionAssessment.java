package hk.cleanerproduction.adjudicator.recognition;

import java.time.LocalDate;

/**
 * The working result the recognition rules fill in: the score (R-SCORE), then the outcome and level
 * (set last, from the reasons and the policy facts), then the label's validity (R-LAB-1).
 */
public class RecognitionAssessment {

    private Integer score;
    private RecognitionOutcome outcome;
    private Level level;
    private LocalDate labelValidFrom;
    private LocalDate labelValidUntil;

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public RecognitionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(RecognitionOutcome outcome) {
        this.outcome = outcome;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public LocalDate getLabelValidFrom() {
        return labelValidFrom;
    }

    public void setLabelValidFrom(LocalDate labelValidFrom) {
        this.labelValidFrom = labelValidFrom;
    }

    public LocalDate getLabelValidUntil() {
        return labelValidUntil;
    }

    public void setLabelValidUntil(LocalDate labelValidUntil) {
        this.labelValidUntil = labelValidUntil;
    }
}
