package io.cityops.jobs.energy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CounterDeltasTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal MAX_PER_HOUR = new BigDecimal("1000");

    /** Local time on 1 December 2026 in Taiyuan. */
    private static Instant at(String localTime) {
        return java.time.LocalDateTime.parse("2026-12-01T" + localTime).atZone(SHANGHAI).toInstant();
    }

    private static HourShare share(String localHour, String amount) {
        return new HourShare(at(localHour), new BigDecimal(amount));
    }

    private static CounterStep step(String previous, String previousTime, String current, String currentTime) {
        return CounterDeltas.step(new BigDecimal(previous), at(previousTime), new BigDecimal(current), at(currentTime), MAX_PER_HOUR,
                SHANGHAI);
    }

    static Stream<Arguments> consumption() {
        return Stream.of(
                // case, previous, at, current, at, expected shares
                Arguments.of("an advance within one hour is that hour's consumption", "100", "10:00", "110", "10:15",
                        List.of(share("10:00", "10"))),
                Arguments.of("a 3-hour gap spreads in proportion to time: ½ h, 1 h, 1 h, ½ h", "100", "09:30", "130", "12:30",
                        List.of(share("09:00", "5"), share("10:00", "10"), share("11:00", "10"), share("12:00", "5"))),
                Arguments.of("thirds are rounded and the last hour takes the remainder, so the sum stays exact", "0", "10:00", "10", "13:00",
                        List.of(share("10:00", "3.333333333"), share("11:00", "3.333333333"), share("12:00", "3.333333334"))),
                Arguments.of("a reading on the hour closes the hour before it", "100", "10:45", "115", "11:00",
                        List.of(share("10:00", "15"))),
                Arguments.of("a counter standing still consumes nothing", "100", "10:00", "100", "10:15",
                        List.of(share("10:00", "0"))),
                Arguments.of("exactly the plausible maximum is still consumption (1000/h for 15 min)", "0", "10:00", "250", "10:15",
                        List.of(share("10:00", "250"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consumption")
    void turnsAnAdvanceIntoHourlyConsumption(String name, String previous, String from, String current, String to,
                                             List<HourShare> expected) {
        CounterStep result = step(previous, from, current, to);
        assertThat(result).isInstanceOf(CounterStep.Consumption.class);
        CounterStep.Consumption consumption = (CounterStep.Consumption) result;
        assertThat(consumption.hours()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(consumption.hours().get(i).hourStart()).isEqualTo(expected.get(i).hourStart());
            assertThat(consumption.hours().get(i).amount()).isEqualByComparingTo(expected.get(i).amount());
        }
        BigDecimal sum = consumption.hours().stream().map(HourShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(consumption.total());
        assertThat(consumption.total()).isEqualByComparingTo(new BigDecimal(current).subtract(new BigDecimal(previous)));
    }

    @Test
    void aCounterGoingDownIsAResetNotNegativeUse() {
        assertThat(step("5000", "10:00", "3", "10:15")).isEqualTo(new CounterStep.Reset(new BigDecimal("5000"), new BigDecimal("3")));
    }

    @Test
    void anAdvanceBeyondThePlausibleMaximumIsAJumpWithItsFigures() {
        CounterStep result = step("100", "10:00", "100000", "10:15");
        assertThat(result).isInstanceOf(CounterStep.Jump.class);
        assertThat(((CounterStep.Jump) result).reason())
                .contains("99900").contains("900 s").contains("plausible maximum of 1000 per hour").contains("(250)");
    }

    @Test
    void aGapAlsoRaisesTheAllowance() {
        // 2,900 in 3 h is below 3 × 1000: a long gap, not a jump.
        assertThat(step("0", "10:00", "2900", "13:00")).isInstanceOf(CounterStep.Consumption.class);
        assertThat(step("0", "10:00", "3100", "13:00")).isInstanceOf(CounterStep.Jump.class);
    }
}
