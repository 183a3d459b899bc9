package hk.cleanerproduction.adjudicator.decision;

/**
 * How an amount of HK$ reads in a reason: whole dollars, thousands separated by commas
 * ({@code 1,234,567}), on every machine. The rules use it rather than {@code String.format("%,d")},
 * whose separator follows the machine's locale (a German one writes {@code 1.234.567}) and which took
 * a tenth of the rules' time in a funding batch where most grants were capped.
 */
public final class Amounts {

    private Amounts() {
    }

    public static String grouped(long amount) {
        String digits = Long.toString(amount);
        int sign = amount < 0 ? 1 : 0;
        int length = digits.length() - sign;
        StringBuilder text = new StringBuilder(digits.length() + length / 3);
        text.append(digits, 0, sign);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(sign + i));
        }
        return text.toString();
    }
}
