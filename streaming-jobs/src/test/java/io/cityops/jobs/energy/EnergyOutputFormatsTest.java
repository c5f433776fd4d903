package io.cityops.jobs.energy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityops.ingest.catalogue.Catalogue;
import io.cityops.ingest.catalogue.CatalogueLoader;
import io.cityops.ingest.indicator.RuleObservation;
import io.cityops.ingest.indicator.RuleObservationCodec;
import io.cityops.ingest.schema.EnergySeries;
import io.cityops.jobs.common.KafkaMessage;
import io.cityops.jobs.influx.InfluxPoint;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

class EnergyOutputFormatsTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
    private static final ZoneId SHANGHAI = CATALOGUE.timeZone();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SubjectFigures FIGURES = new SubjectFigures(new EnergySubjects(CATALOGUE));

    private static long at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant().toEpochMilli();
    }

    private static EnergyTotals coal(String kg) {
        BigDecimal amount = new BigDecimal(kg);
        return new EnergyTotals(amount.multiply(new BigDecimal("0.0007143")), amount.multiply(new BigDecimal("0.0019003")),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, amount);
    }

    private static EnergyResult result(String subject, String type) {
        EnergyTotals hour = coal("120000");
        return FIGURES.result(subject, type, at("2026-12-01T08:00"), hour, coal("1000000"), coal("1000000"),
                new YearTotals(coal("1000000"), at("2026-12-01T00:00"), at("2026-12-01T09:00")), true, false);
    }

    @Test
    void aRegionsResultIsOnePointPerSeriesStampedWithItsPeriodStart() {
        List<InfluxPoint> points = new EnergyResultPoints(SHANGHAI).toPoints(result("wbl", EnergySeries.SUBJECT_REGION));

        assertThat(points).extracting(InfluxPoint::measurement).containsExactly(EnergySeries.HOURLY, EnergySeries.DAILY,
                EnergySeries.MONTHLY, EnergySeries.YEAR_TO_DATE, EnergySeries.BAROMETER);
        assertThat(points.get(0).time().toEpochMilli()).isEqualTo(at("2026-12-01T08:00"));
        assertThat(points.get(1).time().toEpochMilli()).isEqualTo(at("2026-12-01T00:00"));
        assertThat(points.get(2).time().toEpochMilli()).isEqualTo(at("2026-12-01T00:00"));
        assertThat(points.get(3).time().toEpochMilli()).isEqualTo(at("2026-01-01T00:00"));
        assertThat(points.get(0).tags()).containsEntry("subject", "wbl").containsEntry("subject_type", "region");
        assertThat(points.get(0).toLineProtocol()).contains("coal_kg=120000").contains("tce=85.716").contains("final=true");
        assertThat(points.get(3).fields()).containsKeys("quota_tce", "projection_ratio_tce", "energy_intensity", "level",
                "level_code", "rule", "as_of");
        // the day is final only with its last hour
        assertThat(points.get(1).fields()).containsEntry("final", false);
    }

    @Test
    void aMeterHasNoQuotaOrBarometerFields() {
        List<InfluxPoint> points = new EnergyResultPoints(SHANGHAI).toPoints(result("em-wbl-0001", EnergySeries.SUBJECT_METER));
        assertThat(points).extracting(InfluxPoint::measurement).doesNotContain(EnergySeries.BAROMETER);
        assertThat(points.get(3).fields()).doesNotContainKeys("quota_tce", "level", "daily_budget_ratio");
    }

    @Test
    void theIndicatorJsonCarriesLocalTimesAndEveryPart() throws Exception {
        KafkaMessage message = EnergyIndicatorJson.encode(result("wbl-xiayuan", EnergySeries.SUBJECT_REGION), SHANGHAI);
        assertThat(message.key()).isEqualTo("wbl-xiayuan");
        JsonNode json = JSON.readTree(message.value());
        assertThat(json.path("type").asText()).isEqualTo("energy_hourly");
        assertThat(json.path("start").asText()).isEqualTo("2026-12-01T08:00:00+08:00");
        assertThat(json.path("end").asText()).isEqualTo("2026-12-01T09:00:00+08:00");
        assertThat(json.path("hour").path("coal_kg").asText()).isEqualTo("120000");
        assertThat(json.path("pace").path("tce").has("projectionRatio")).isTrue();
        assertThat(json.path("intensity").path("energy").has("changeVsLastYear")).isTrue();
        assertThat(json.path("barometer").path("level").asText()).isIn("green", "yellow", "red");
        assertThat(json.has("dailyBudget")).isFalse();
    }

    @Test
    void observationsFollowTheAgreedNamesAndSubjectTypes() {
        List<RuleObservation> entity = EnergyObservations.of(result("ent-wbl-thermal-power", EnergySeries.SUBJECT_ENTITY));
        assertThat(entity).extracting(RuleObservation::indicator).containsExactly("daily_budget_ratio", "quota_projection_ratio");
        assertThat(entity).allSatisfy(o -> {
            assertThat(o.subjectType()).isEqualTo("entity");
            assertThat(o.region()).isEqualTo("wbl-xiayuan-c1");
            assertThat(o.at().toEpochMilli()).isEqualTo(at("2026-12-01T09:00"));
        });
        // 714.3 tce so far today against the plant's daily budget.
        RuleObservation budget = entity.get(0);
        assertThat(budget.value()).isEqualByComparingTo(new BigDecimal("714.3").divide(
                CATALOGUE.energy().entity("ent-wbl-thermal-power").orElseThrow().dailyBudgetTce(), 6, java.math.RoundingMode.HALF_EVEN));
        assertThat(budget.detail()).contains("714.3").contains("tce");

        List<RuleObservation> region = EnergyObservations.of(result("wbl", EnergySeries.SUBJECT_REGION));
        assertThat(region).extracting(RuleObservation::indicator).containsExactly("quota_projection_ratio", "barometer_level");
        assertThat(region.get(1).value().intValue()).isBetween(0, 2);
        assertThat(region.get(1).region()).isEqualTo("wbl");

        List<KafkaMessage> messages = new ArrayList<>();
        new EnergyObservations().flatMap(result("wbl", EnergySeries.SUBJECT_REGION), new Collector<>() {
            @Override
            public void collect(KafkaMessage record) {
                messages.add(record);
            }

            @Override
            public void close() {
            }
        });
        assertThat(messages).hasSize(2).allSatisfy(m -> {
            assertThat(m.key()).isEqualTo("wbl");
            assertThat(RuleObservationCodec.decode(m.value())).isPresent();
        });
    }
}
