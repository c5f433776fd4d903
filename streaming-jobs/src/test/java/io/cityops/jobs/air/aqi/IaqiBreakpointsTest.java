package io.cityops.jobs.air.aqi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every band of every column of Table 1 of HJ 633-2012 and HJ 633-2026 (DOMAIN.md §1.1): both
 * edges (each breakpoint takes its own IAQI) and one value inside each band, hand-computed as
 * IAQI_lo + ceil((IAQI_hi − IAQI_lo) × (C − BP_lo) / (BP_hi − BP_lo)). Values inside bands are
 * integers (CO one decimal), so the 2026 rounding of concentrations leaves them unchanged and one
 * row holds for both rule sets where the columns agree (all but PM10 and PM2.5 at IAQI 100).
 */
class IaqiBreakpointsTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # SO2 24-hour: 0, 50, 150, 475, 800, 1600, 2100, 2620 µg/m³
            BOTH | SO2_24H | 0    | 0   | HJ 633 Table 1, SO2 24h breakpoint 0 -> 0
            BOTH | SO2_24H | 50   | 50  | HJ 633 Table 1, SO2 24h breakpoint 50 -> 50
            BOTH | SO2_24H | 150  | 100 | HJ 633 Table 1, SO2 24h breakpoint 150 -> 100
            BOTH | SO2_24H | 475  | 150 | HJ 633 Table 1, SO2 24h breakpoint 475 -> 150
            BOTH | SO2_24H | 800  | 200 | HJ 633 Table 1, SO2 24h breakpoint 800 -> 200
            BOTH | SO2_24H | 1600 | 300 | HJ 633 Table 1, SO2 24h breakpoint 1600 -> 300
            BOTH | SO2_24H | 2100 | 400 | HJ 633 Table 1, SO2 24h breakpoint 2100 -> 400
            BOTH | SO2_24H | 2620 | 500 | HJ 633 Table 1, SO2 24h breakpoint 2620 -> 500
            BOTH | SO2_24H | 33   | 33  | SO2 24h band 0–50: 50×33/50 = 33
            BOTH | SO2_24H | 101  | 76  | SO2 24h band 50–150: 50 + 50×51/100 = 75.5 -> 76
            BOTH | SO2_24H | 300  | 124 | SO2 24h band 150–475: 100 + 50×150/325 = 123.08 -> 124
            BOTH | SO2_24H | 600  | 170 | SO2 24h band 475–800: 150 + 50×125/325 = 169.23 -> 170
            BOTH | SO2_24H | 1001 | 226 | SO2 24h band 800–1600: 200 + 100×201/800 = 225.125 -> 226
            BOTH | SO2_24H | 1851 | 351 | SO2 24h band 1600–2100: 300 + 100×251/500 = 350.2 -> 351
            BOTH | SO2_24H | 2400 | 458 | SO2 24h band 2100–2620: 400 + 100×300/520 = 457.69 -> 458
            # SO2 1-hour: 0, 150, 500, 650, 800 µg/m³ (the column stops at IAQI 200)
            BOTH | SO2_1H  | 0    | 0   | HJ 633 Table 1, SO2 1h breakpoint 0 -> 0
            BOTH | SO2_1H  | 150  | 50  | HJ 633 Table 1, SO2 1h breakpoint 150 -> 50
            BOTH | SO2_1H  | 500  | 100 | HJ 633 Table 1, SO2 1h breakpoint 500 -> 100
            BOTH | SO2_1H  | 650  | 150 | HJ 633 Table 1, SO2 1h breakpoint 650 -> 150
            BOTH | SO2_1H  | 800  | 200 | HJ 633 Table 1, SO2 1h breakpoint 800 -> 200
            BOTH | SO2_1H  | 100  | 34  | SO2 1h band 0–150: 50×100/150 = 33.33 -> 34
            BOTH | SO2_1H  | 300  | 72  | SO2 1h band 150–500: 50 + 50×150/350 = 71.43 -> 72
            BOTH | SO2_1H  | 600  | 134 | SO2 1h band 500–650: 100 + 50×100/150 = 133.33 -> 134
            BOTH | SO2_1H  | 700  | 167 | SO2 1h band 650–800: 150 + 50×50/150 = 166.67 -> 167
            # NO2 24-hour: 0, 40, 80, 180, 280, 565, 750, 940 µg/m³
            BOTH | NO2_24H | 0    | 0   | HJ 633 Table 1, NO2 24h breakpoint 0 -> 0
            BOTH | NO2_24H | 40   | 50  | HJ 633 Table 1, NO2 24h breakpoint 40 -> 50
            BOTH | NO2_24H | 80   | 100 | HJ 633 Table 1, NO2 24h breakpoint 80 -> 100
            BOTH | NO2_24H | 180  | 150 | HJ 633 Table 1, NO2 24h breakpoint 180 -> 150
            BOTH | NO2_24H | 280  | 200 | HJ 633 Table 1, NO2 24h breakpoint 280 -> 200
            BOTH | NO2_24H | 565  | 300 | HJ 633 Table 1, NO2 24h breakpoint 565 -> 300
            BOTH | NO2_24H | 750  | 400 | HJ 633 Table 1, NO2 24h breakpoint 750 -> 400
            BOTH | NO2_24H | 940  | 500 | HJ 633 Table 1, NO2 24h breakpoint 940 -> 500
            BOTH | NO2_24H | 25   | 32  | NO2 24h band 0–40: 50×25/40 = 31.25 -> 32
            BOTH | NO2_24H | 61   | 77  | NO2 24h band 40–80: 50 + 50×21/40 = 76.25 -> 77
            BOTH | NO2_24H | 133  | 127 | NO2 24h band 80–180: 100 + 50×53/100 = 126.5 -> 127
            BOTH | NO2_24H | 211  | 166 | NO2 24h band 180–280: 150 + 50×31/100 = 165.5 -> 166
            BOTH | NO2_24H | 400  | 243 | NO2 24h band 280–565: 200 + 100×120/285 = 242.11 -> 243
            BOTH | NO2_24H | 600  | 319 | NO2 24h band 565–750: 300 + 100×35/185 = 318.92 -> 319
            BOTH | NO2_24H | 800  | 427 | NO2 24h band 750–940: 400 + 100×50/190 = 426.32 -> 427
            # NO2 1-hour: 0, 100, 200, 700, 1200, 2340, 3090, 3840 µg/m³
            BOTH | NO2_1H  | 0    | 0   | HJ 633 Table 1, NO2 1h breakpoint 0 -> 0
            BOTH | NO2_1H  | 100  | 50  | HJ 633 Table 1, NO2 1h breakpoint 100 -> 50
            BOTH | NO2_1H  | 200  | 100 | HJ 633 Table 1, NO2 1h breakpoint 200 -> 100
            BOTH | NO2_1H  | 700  | 150 | HJ 633 Table 1, NO2 1h breakpoint 700 -> 150
            BOTH | NO2_1H  | 1200 | 200 | HJ 633 Table 1, NO2 1h breakpoint 1200 -> 200
            BOTH | NO2_1H  | 2340 | 300 | HJ 633 Table 1, NO2 1h breakpoint 2340 -> 300
            BOTH | NO2_1H  | 3090 | 400 | HJ 633 Table 1, NO2 1h breakpoint 3090 -> 400
            BOTH | NO2_1H  | 3840 | 500 | HJ 633 Table 1, NO2 1h breakpoint 3840 -> 500
            BOTH | NO2_1H  | 73   | 37  | NO2 1h band 0–100: 50×73/100 = 36.5 -> 37
            BOTH | NO2_1H  | 155  | 78  | NO2 1h band 100–200: 50 + 50×55/100 = 77.5 -> 78
            BOTH | NO2_1H  | 345  | 115 | NO2 1h band 200–700: 100 + 50×145/500 = 114.5 -> 115
            BOTH | NO2_1H  | 1001 | 181 | NO2 1h band 700–1200: 150 + 50×301/500 = 180.1 -> 181
            BOTH | NO2_1H  | 2000 | 271 | NO2 1h band 1200–2340: 200 + 100×800/1140 = 270.18 -> 271
            BOTH | NO2_1H  | 2701 | 349 | NO2 1h band 2340–3090: 300 + 100×361/750 = 348.13 -> 349
            BOTH | NO2_1H  | 3500 | 455 | NO2 1h band 3090–3840: 400 + 100×410/750 = 454.67 -> 455
            # PM10 24-hour: 0, 50, 150 (2026: 120), 250, 350, 420, 500, 600 µg/m³
            BOTH  | PM10_24H | 0   | 0   | HJ 633 Table 1, PM10 24h breakpoint 0 -> 0
            BOTH  | PM10_24H | 50  | 50  | HJ 633 Table 1, PM10 24h breakpoint 50 -> 50
            R2012 | PM10_24H | 150 | 100 | HJ 633-2012 Table 1, PM10 24h breakpoint 150 -> 100
            R2026 | PM10_24H | 120 | 100 | HJ 633-2026 Table 1, PM10 24h breakpoint 120 -> 100
            BOTH  | PM10_24H | 250 | 150 | HJ 633 Table 1, PM10 24h breakpoint 250 -> 150
            BOTH  | PM10_24H | 350 | 200 | HJ 633 Table 1, PM10 24h breakpoint 350 -> 200
            BOTH  | PM10_24H | 420 | 300 | HJ 633 Table 1, PM10 24h breakpoint 420 -> 300
            BOTH  | PM10_24H | 500 | 400 | HJ 633 Table 1, PM10 24h breakpoint 500 -> 400
            BOTH  | PM10_24H | 600 | 500 | HJ 633 Table 1, PM10 24h breakpoint 600 -> 500
            BOTH  | PM10_24H | 27  | 27  | PM10 24h band 0–50: 50×27/50 = 27
            R2012 | PM10_24H | 99  | 75  | HJ 633-2012 PM10 24h band 50–150: 50 + 50×49/100 = 74.5 -> 75
            R2012 | PM10_24H | 120 | 85  | HJ 633-2012 PM10 24h band 50–150: 50 + 50×70/100 = 85
            R2012 | PM10_24H | 203 | 127 | HJ 633-2012 PM10 24h band 150–250: 100 + 50×53/100 = 126.5 -> 127
            R2026 | PM10_24H | 100 | 86  | HJ 633-2026 PM10 24h band 50–120: 50 + 50×50/70 = 85.71 -> 86
            R2026 | PM10_24H | 150 | 112 | HJ 633-2026 PM10 24h band 120–250: 100 + 50×30/130 = 111.54 -> 112
            R2026 | PM10_24H | 203 | 132 | HJ 633-2026 PM10 24h band 120–250: 100 + 50×83/130 = 131.92 -> 132
            BOTH  | PM10_24H | 301 | 176 | PM10 24h band 250–350: 150 + 50×51/100 = 175.5 -> 176
            BOTH  | PM10_24H | 400 | 272 | PM10 24h band 350–420: 200 + 100×50/70 = 271.43 -> 272
            BOTH  | PM10_24H | 450 | 338 | PM10 24h band 420–500: 300 + 100×30/80 = 337.5 -> 338
            BOTH  | PM10_24H | 555 | 455 | PM10 24h band 500–600: 400 + 100×55/100 = 455
            # CO 24-hour: 0, 2, 4, 14, 24, 36, 48, 60 mg/m³
            BOTH | CO_24H | 0    | 0   | HJ 633 Table 1, CO 24h breakpoint 0 -> 0
            BOTH | CO_24H | 2    | 50  | HJ 633 Table 1, CO 24h breakpoint 2 -> 50
            BOTH | CO_24H | 4    | 100 | HJ 633 Table 1, CO 24h breakpoint 4 -> 100
            BOTH | CO_24H | 14   | 150 | HJ 633 Table 1, CO 24h breakpoint 14 -> 150
            BOTH | CO_24H | 24   | 200 | HJ 633 Table 1, CO 24h breakpoint 24 -> 200
            BOTH | CO_24H | 36   | 300 | HJ 633 Table 1, CO 24h breakpoint 36 -> 300
            BOTH | CO_24H | 48   | 400 | HJ 633 Table 1, CO 24h breakpoint 48 -> 400
            BOTH | CO_24H | 60   | 500 | HJ 633 Table 1, CO 24h breakpoint 60 -> 500
            BOTH | CO_24H | 1.3  | 33  | CO 24h band 0–2: 50×1.3/2 = 32.5 -> 33
            BOTH | CO_24H | 2.7  | 68  | CO 24h band 2–4: 50 + 50×0.7/2 = 67.5 -> 68
            BOTH | CO_24H | 9.3  | 127 | CO 24h band 4–14: 100 + 50×5.3/10 = 126.5 -> 127
            BOTH | CO_24H | 17.7 | 169 | CO 24h band 14–24: 150 + 50×3.7/10 = 168.5 -> 169
            BOTH | CO_24H | 30.1 | 251 | CO 24h band 24–36: 200 + 100×6.1/12 = 250.83 -> 251
            BOTH | CO_24H | 40.5 | 338 | CO 24h band 36–48: 300 + 100×4.5/12 = 337.5 -> 338
            BOTH | CO_24H | 55.5 | 463 | CO 24h band 48–60: 400 + 100×7.5/12 = 462.5 -> 463
            # CO 1-hour: 0, 5, 10, 35, 60, 90, 120, 150 mg/m³
            BOTH | CO_1H | 0     | 0   | HJ 633 Table 1, CO 1h breakpoint 0 -> 0
            BOTH | CO_1H | 5     | 50  | HJ 633 Table 1, CO 1h breakpoint 5 -> 50
            BOTH | CO_1H | 10    | 100 | HJ 633 Table 1, CO 1h breakpoint 10 -> 100
            BOTH | CO_1H | 35    | 150 | HJ 633 Table 1, CO 1h breakpoint 35 -> 150
            BOTH | CO_1H | 60    | 200 | HJ 633 Table 1, CO 1h breakpoint 60 -> 200
            BOTH | CO_1H | 90    | 300 | HJ 633 Table 1, CO 1h breakpoint 90 -> 300
            BOTH | CO_1H | 120   | 400 | HJ 633 Table 1, CO 1h breakpoint 120 -> 400
            BOTH | CO_1H | 150   | 500 | HJ 633 Table 1, CO 1h breakpoint 150 -> 500
            BOTH | CO_1H | 3.3   | 33  | CO 1h band 0–5: 50×3.3/5 = 33
            BOTH | CO_1H | 7.7   | 77  | CO 1h band 5–10: 50 + 50×2.7/5 = 77
            BOTH | CO_1H | 20.3  | 121 | CO 1h band 10–35: 100 + 50×10.3/25 = 120.6 -> 121
            BOTH | CO_1H | 47.7  | 176 | CO 1h band 35–60: 150 + 50×12.7/25 = 175.4 -> 176
            BOTH | CO_1H | 75.1  | 251 | CO 1h band 60–90: 200 + 100×15.1/30 = 250.33 -> 251
            BOTH | CO_1H | 100.1 | 334 | CO 1h band 90–120: 300 + 100×10.1/30 = 333.67 -> 334
            BOTH | CO_1H | 140.2 | 468 | CO 1h band 120–150: 400 + 100×20.2/30 = 467.33 -> 468
            # O3 1-hour: 0, 160, 200, 300, 400, 800, 1000, 1200 µg/m³
            BOTH | O3_1H | 0    | 0   | HJ 633 Table 1, O3 1h breakpoint 0 -> 0
            BOTH | O3_1H | 160  | 50  | HJ 633 Table 1, O3 1h breakpoint 160 -> 50
            BOTH | O3_1H | 200  | 100 | HJ 633 Table 1, O3 1h breakpoint 200 -> 100
            BOTH | O3_1H | 300  | 150 | HJ 633 Table 1, O3 1h breakpoint 300 -> 150
            BOTH | O3_1H | 400  | 200 | HJ 633 Table 1, O3 1h breakpoint 400 -> 200
            BOTH | O3_1H | 800  | 300 | HJ 633 Table 1, O3 1h breakpoint 800 -> 300
            BOTH | O3_1H | 1000 | 400 | HJ 633 Table 1, O3 1h breakpoint 1000 -> 400
            BOTH | O3_1H | 1200 | 500 | HJ 633 Table 1, O3 1h breakpoint 1200 -> 500
            BOTH | O3_1H | 100  | 32  | O3 1h band 0–160: 50×100/160 = 31.25 -> 32
            BOTH | O3_1H | 181  | 77  | O3 1h band 160–200: 50 + 50×21/40 = 76.25 -> 77
            BOTH | O3_1H | 251  | 126 | O3 1h band 200–300: 100 + 50×51/100 = 125.5 -> 126
            BOTH | O3_1H | 333  | 167 | O3 1h band 300–400: 150 + 50×33/100 = 166.5 -> 167
            BOTH | O3_1H | 555  | 239 | O3 1h band 400–800: 200 + 100×155/400 = 238.75 -> 239
            BOTH | O3_1H | 901  | 351 | O3 1h band 800–1000: 300 + 100×101/200 = 350.5 -> 351
            BOTH | O3_1H | 1111 | 456 | O3 1h band 1000–1200: 400 + 100×111/200 = 455.5 -> 456
            # O3 8-hour: 0, 100, 160, 215, 265, 800 µg/m³ (the column stops at IAQI 300)
            BOTH | O3_8H | 0   | 0   | HJ 633 Table 1, O3 8h breakpoint 0 -> 0
            BOTH | O3_8H | 100 | 50  | HJ 633 Table 1, O3 8h breakpoint 100 -> 50
            BOTH | O3_8H | 160 | 100 | HJ 633 Table 1, O3 8h breakpoint 160 -> 100
            BOTH | O3_8H | 215 | 150 | HJ 633 Table 1, O3 8h breakpoint 215 -> 150
            BOTH | O3_8H | 265 | 200 | HJ 633 Table 1, O3 8h breakpoint 265 -> 200
            BOTH | O3_8H | 800 | 300 | HJ 633 Table 1, O3 8h breakpoint 800 -> 300
            BOTH | O3_8H | 77  | 39  | O3 8h band 0–100: 50×77/100 = 38.5 -> 39
            BOTH | O3_8H | 131 | 76  | O3 8h band 100–160: 50 + 50×31/60 = 75.83 -> 76
            BOTH | O3_8H | 190 | 128 | O3 8h band 160–215: 100 + 50×30/55 = 127.27 -> 128
            BOTH | O3_8H | 240 | 175 | O3 8h band 215–265: 150 + 50×25/50 = 175
            BOTH | O3_8H | 500 | 244 | O3 8h band 265–800: 200 + 100×235/535 = 243.93 -> 244
            # PM2.5 24-hour: 0, 35, 75 (2026: 60), 115, 150, 250, 350, 500 µg/m³
            BOTH  | PM25_24H | 0   | 0   | HJ 633 Table 1, PM2.5 24h breakpoint 0 -> 0
            BOTH  | PM25_24H | 35  | 50  | HJ 633 Table 1, PM2.5 24h breakpoint 35 -> 50
            R2012 | PM25_24H | 75  | 100 | HJ 633-2012 Table 1, PM2.5 24h breakpoint 75 -> 100
            R2026 | PM25_24H | 60  | 100 | HJ 633-2026 Table 1, PM2.5 24h breakpoint 60 -> 100
            BOTH  | PM25_24H | 115 | 150 | HJ 633 Table 1, PM2.5 24h breakpoint 115 -> 150
            BOTH  | PM25_24H | 150 | 200 | HJ 633 Table 1, PM2.5 24h breakpoint 150 -> 200
            BOTH  | PM25_24H | 250 | 300 | HJ 633 Table 1, PM2.5 24h breakpoint 250 -> 300
            BOTH  | PM25_24H | 350 | 400 | HJ 633 Table 1, PM2.5 24h breakpoint 350 -> 400
            BOTH  | PM25_24H | 500 | 500 | HJ 633 Table 1, PM2.5 24h breakpoint 500 -> 500
            BOTH  | PM25_24H | 20  | 29  | PM2.5 24h band 0–35: 50×20/35 = 28.57 -> 29
            R2012 | PM25_24H | 56  | 77  | HJ 633-2012 PM2.5 24h band 35–75: 50 + 50×21/40 = 76.25 -> 77
            R2012 | PM25_24H | 60  | 82  | HJ 633-2012 PM2.5 24h band 35–75: 50 + 50×25/40 = 81.25 -> 82
            R2012 | PM25_24H | 70  | 94  | HJ 633-2012 PM2.5 24h band 35–75: 50 + 50×35/40 = 93.75 -> 94
            R2012 | PM25_24H | 90  | 119 | HJ 633-2012 PM2.5 24h band 75–115: 100 + 50×15/40 = 118.75 -> 119
            R2026 | PM25_24H | 47  | 74  | HJ 633-2026 PM2.5 24h band 35–60: 50 + 50×12/25 = 74
            R2026 | PM25_24H | 70  | 110 | HJ 633-2026 PM2.5 24h band 60–115: 100 + 50×10/55 = 109.09 -> 110
            R2026 | PM25_24H | 75  | 114 | HJ 633-2026 PM2.5 24h band 60–115: 100 + 50×15/55 = 113.64 -> 114
            BOTH  | PM25_24H | 130 | 172 | PM2.5 24h band 115–150: 150 + 50×15/35 = 171.43 -> 172
            BOTH  | PM25_24H | 170 | 220 | PM2.5 24h band 150–250: 200 + 100×20/100 = 220
            BOTH  | PM25_24H | 301 | 351 | PM2.5 24h band 250–350: 300 + 100×51/100 = 351
            BOTH  | PM25_24H | 400 | 434 | PM2.5 24h band 350–500: 400 + 100×50/150 = 433.33 -> 434
            """)
    void iaqiInterpolatesWithinTheBandAndTakesTheBreakpointValueOnAnEdge(Rules rules, AqiIndicator indicator,
                                                                         BigDecimal concentration, int expected,
                                                                         String source) {
        for (AqiStandard standard : rules.standards()) {
            assertThat(AqiCalculator.iaqi(standard, indicator, concentration))
                    .as("%s %s %s (%s)", standard.label(), indicator, concentration, source)
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} above {1}: {2} -> 500")
    @CsvSource(delimiter = '|', textBlock = """
            SO2_24H  | 2620 | 2621
            SO2_24H  | 2620 | 10000
            NO2_24H  | 940  | 941
            NO2_1H   | 3840 | 3841
            PM10_24H | 600  | 601
            CO_24H   | 60   | 60.1
            CO_1H    | 150  | 150.1
            O3_1H    | 1200 | 1201
            PM25_24H | 500  | 501
            PM25_24H | 500  | 999
            """)
    void aboveTheTopOfAColumnTheIaqiIs500(AqiIndicator indicator, BigDecimal top, BigDecimal concentration) {
        // DOMAIN.md §1.1: the standards define nothing above the table; 500 is the usual convention.
        for (AqiStandard standard : AqiStandard.values()) {
            assertThat(AqiCalculator.iaqi(standard, indicator, top)).as("%s at the top", standard).isEqualTo(500);
            assertThat(AqiCalculator.iaqi(standard, indicator, concentration)).as("%s above", standard).isEqualTo(500);
        }
    }

    @ParameterizedTest(name = "{0} {1} has no IAQI of its own")
    @CsvSource(delimiter = '|', textBlock = """
            HJ_633_2012 | SO2_1H | 800.01
            HJ_633_2012 | SO2_1H | 801
            HJ_633_2026 | SO2_1H | 801
            HJ_633_2012 | O3_8H  | 800.5
            HJ_633_2026 | O3_8H  | 900
            """)
    void theColumnsThatStopBelow500HaveNoIaqiAbove800(AqiStandard standard, AqiIndicator indicator,
                                                      BigDecimal concentration) {
        // DOMAIN.md §1.1: SO2 1h above 800 and O3 8h above 800 are rated by the special rules of each
        // rule set, which AqiCalculator.hourly/daily apply; the bare column has no value there.
        assertThatThrownBy(() -> AqiCalculator.iaqi(standard, indicator, concentration))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(indicator.name())
                .hasMessageContaining("special rule");
    }

    @ParameterizedTest(name = "{0} {1} -> {2} under HJ 633-2026 (rounded to 800 first)")
    @CsvSource(delimiter = '|', textBlock = """
            SO2_1H | 800.4 | 200
            O3_8H  | 800.5 | 300
            """)
    void under2026AValueThatRoundsTo800StaysInTheColumn(AqiIndicator indicator, BigDecimal concentration, int expected) {
        // GB/T 8170 half to even: 800.4 -> 800, 800.5 -> 800 (0 is even); 800 is the column's last breakpoint.
        assertThat(AqiCalculator.iaqi(AqiStandard.HJ_633_2026, indicator, concentration)).isEqualTo(expected);
    }
}
