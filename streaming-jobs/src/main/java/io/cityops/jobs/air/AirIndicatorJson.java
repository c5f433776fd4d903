package io.cityops.jobs.air;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityops.ingest.schema.AirSeries;
import io.cityops.jobs.common.KafkaMessage;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * The JSON of air results on {@code city.indicators}, keyed by subject. Times are ISO-8601 with the
 * catalogue zone's offset. Shapes:
 * <pre>
 * {"type":"air_hourly"|"air_daily","subject":"aq-wbl-0001","subjectType":"station"|"region",
 *  "start":"2026-11-28T08:00:00+08:00","end":"2026-11-28T09:00:00+08:00","aqi":87|null,"category":"good"|null,
 *  "primaryPollutants":["pm25"],"iaqi":{"pm25":87,…},"concentrations":{"pm25":64,"pm25_24h":61.2,…},
 *  "standard":"HJ 633-2026","revision":0,"final":false,"valid":true,"coverage":{"reporting":2,"expected":3}}
 * {"type":"air_ytd","subject":"wbl","subjectType":"region","year":2026,"start":…,"end":…,"lastDay":"2026-11-27",
 *  "goodDays":230,"validDays":320,"goodDayRatio":71.88,"pm25Mean":39.4,"pm25Days":318,
 *  "targets":{"goodDayRatio":72.0,"pm25Mean":38.0},"final":true}
 * </pre>
 * Hourly concentrations include the rolling means ({@code pm25_24h}, {@code pm10_24h}, {@code o3_8h})
 * where valid; {@code coverage} is present for regions only.
 */
public final class AirIndicatorJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AirIndicatorJson() {
    }

    public static KafkaMessage encode(AirResult r, ZoneId zone) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", r.period().measurement());
        root.put("subject", r.subject());
        root.put("subjectType", r.subjectType());
        root.put("start", time(r.start(), zone));
        root.put("end", time(r.end(), zone));
        if (r.aqi() == null) {
            root.putNull("aqi");
        } else {
            root.put("aqi", r.aqi());
        }
        root.put("category", r.category());
        r.primaryPollutants().forEach(root.putArray("primaryPollutants")::add);
        ObjectNode iaqi = root.putObject("iaqi");
        new TreeMap<>(r.iaqi()).forEach(iaqi::put);
        ObjectNode concentrations = root.putObject("concentrations");
        Map<String, BigDecimal> all = new TreeMap<>(r.rolling());
        all.putAll(r.concentrations());
        all.forEach(concentrations::put);
        root.put("standard", r.standard());
        root.put("revision", r.revision());
        root.put("final", r.finalResult());
        root.put("valid", r.valid());
        if (r.isRegion()) {
            ObjectNode coverage = root.putObject("coverage");
            coverage.put("reporting", r.stationsReporting());
            coverage.put("expected", r.stationsExpected());
        }
        return new KafkaMessage(r.subject(), bytes(root));
    }

    public static KafkaMessage encode(AirYtdResult r, ZoneId zone) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", AirSeries.YEAR_TO_DATE);
        root.put("subject", r.subject());
        root.put("subjectType", r.subjectType());
        root.put("year", r.year());
        root.put("start", time(r.start(), zone));
        root.put("end", time(r.end(), zone));
        root.put("lastDay", r.lastDay());
        root.put("goodDays", r.goodDays());
        root.put("validDays", r.validDays());
        root.put("goodDayRatio", r.goodDayRatio());
        root.put("pm25Mean", r.pm25Mean());
        root.put("pm25Days", r.pm25Days());
        ObjectNode targets = root.putObject("targets");
        targets.put("goodDayRatio", r.goodDayRatioTarget());
        targets.put("pm25Mean", r.pm25MeanTarget());
        root.put("final", r.finalResult());
        return new KafkaMessage(r.subject(), bytes(root));
    }

    private static String time(long epochMs, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochMilli(epochMs).atZone(zone));
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write indicator " + root.get("type"), e);
        }
    }

    /** Encodes hourly and daily results for a stream. */
    public static final class Results implements MapFunction<AirResult, KafkaMessage> {
        private static final long serialVersionUID = 1L;
        private final ZoneId zone;

        public Results(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        @Override
        public KafkaMessage map(AirResult result) {
            return encode(result, zone);
        }
    }

    /** Encodes year-to-date results for a stream. */
    public static final class YearToDates implements MapFunction<AirYtdResult, KafkaMessage> {
        private static final long serialVersionUID = 1L;
        private final ZoneId zone;

        public YearToDates(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        @Override
        public KafkaMessage map(AirYtdResult result) {
            return encode(result, zone);
        }
    }
}
