package io.cityops.jobs.air.aqi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.cityops.jobs.air.aqi.DailyInput.daily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The six categories and their bounds (DOMAIN.md §1.2, the same in both rule sets). */
class AqiCategoryTest {

    @ParameterizedTest(name = "AQI {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0   | EXCELLENT           | DOMAIN.md §1.2: 0–50 (2012)
            1   | EXCELLENT           | DOMAIN.md §1.2: 1–50 (2026)
            50  | EXCELLENT           | DOMAIN.md §1.2: upper bound of I
            51  | GOOD                | DOMAIN.md §1.2: 51–100
            100 | GOOD                | DOMAIN.md §1.2: upper bound of II
            101 | LIGHTLY_POLLUTED    | DOMAIN.md §1.2: 101–150
            150 | LIGHTLY_POLLUTED    | DOMAIN.md §1.2: upper bound of III
            151 | MODERATELY_POLLUTED | DOMAIN.md §1.2: 151–200
            200 | MODERATELY_POLLUTED | DOMAIN.md §1.2: upper bound of IV
            201 | HEAVILY_POLLUTED    | DOMAIN.md §1.2: 201–300
            300 | HEAVILY_POLLUTED    | DOMAIN.md §1.2: upper bound of V
            301 | SEVERELY_POLLUTED   | DOMAIN.md §1.2: > 300
            500 | SEVERELY_POLLUTED   | DOMAIN.md §1.2: > 300
            """)
    void eachAqiFallsInItsCategory(int aqi, AqiCategory expected, String source) {
        assertThat(AqiCategory.of(aqi)).as(source).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            EXCELLENT           | excellent           | I   | 优       | #00E400
            GOOD                | good                | II  | 良       | #FFFF00
            LIGHTLY_POLLUTED    | lightly_polluted    | III | 轻度污染 | #FF7E00
            MODERATELY_POLLUTED | moderately_polluted | IV  | 中度污染 | #FF0000
            HEAVILY_POLLUTED    | heavily_polluted    | V   | 重度污染 | #99004C
            SEVERELY_POLLUTED   | severely_polluted   | VI  | 严重污染 | #7E0023
            """)
    void eachCategoryCarriesItsCodeLevelNameAndColour(AqiCategory category, String code, String level, String nameZh,
                                                      String colour) {
        assertThat(category.code()).isEqualTo(code);
        assertThat(category.level()).isEqualTo(level);
        assertThat(category.nameZh()).isEqualTo(nameZh);
        assertThat(category.colour()).isEqualTo(colour);
    }

    @ParameterizedTest(name = "daily {0} {1} -> AQI {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            pm10 | 50   | 50  | EXCELLENT           | HJ 633-2012 PM10 24h breakpoint 50 -> 50
            pm10 | 51   | 51  | GOOD                | PM10 24h band 50–150: 50 + 50×1/100 = 50.5 -> 51
            pm10 | 150  | 100 | GOOD                | HJ 633-2012 PM10 24h breakpoint 150 -> 100
            pm10 | 151  | 101 | LIGHTLY_POLLUTED    | PM10 24h band 150–250: 100 + 50×1/100 = 100.5 -> 101
            pm10 | 250  | 150 | LIGHTLY_POLLUTED    | PM10 24h breakpoint 250 -> 150
            pm10 | 251  | 151 | MODERATELY_POLLUTED | PM10 24h band 250–350: 150 + 50×1/100 = 150.5 -> 151
            co   | 24   | 200 | MODERATELY_POLLUTED | CO 24h breakpoint 24 -> 200
            co   | 24.1 | 201 | HEAVILY_POLLUTED    | CO 24h band 24–36: 200 + 100×0.1/12 = 200.83 -> 201
            co   | 36   | 300 | HEAVILY_POLLUTED    | CO 24h breakpoint 36 -> 300
            co   | 36.1 | 301 | SEVERELY_POLLUTED   | CO 24h band 36–48: 300 + 100×0.1/12 = 300.83 -> 301
            """)
    void aReportCarriesTheCategoryOfItsAqi(String pollutant, String value, int expectedAqi, AqiCategory expected,
                                           String source) {
        DailyInput input = pollutant.equals("pm10") ? daily().pm10(value) : daily().co(value);
        AqiReport report = AqiCalculator.daily(AqiStandard.HJ_633_2012, input.build());

        assertThat(report.aqi()).as(source).isEqualTo(expectedAqi);
        assertThat(report.category()).as(source).isEqualTo(expected);
    }

    @Test
    void aNegativeAqiIsRejected() {
        assertThatThrownBy(() -> AqiCategory.of(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
