package hk.cleanerproduction.adjudicator.decision;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Joining the texts of several facts into one message, for rule actions: a rule may not loop (every
 * decision must end), so it hands the facts to this, which goes through them once.
 */
public final class Texts {

    private Texts() {
    }

    /** The text of each item, in the items' order, separated by {@code separator}. */
    public static <T> String join(String separator, Collection<T> items, Function<? super T, String> text) {
        return items.stream().map(text).collect(Collectors.joining(separator));
    }
}
