package io.cityops.jobs.energy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityops.ingest.reading.EnergyCarrier;
import io.cityops.jobs.common.KafkaMessage;
import io.cityops.jobs.energy.rules.Barometer;
import io.cityops.jobs.energy.rules.DimensionRating;
import io.cityops.jobs.energy.rules.IntensityFigures;
import io.cityops.jobs.energy.rules.PaceFigures;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * The JSON of energy results on {@code city.indicators}, keyed by subject; times ISO-8601 with the
 * catalogue zone's offset. Shapes:
 * <pre>
 * {"type":"energy_hourly","subject":"wbl","subjectType":"region","region":"wbl","start":…,"end":…,"final":true,
 *  "replayed":false,"hour":{"tce":…,"tco2":…,"electricity_kwh":…,"gas_m3":…,"heat_gj":…,"coal_kg":…},
 *  "day":{…},"month":{…},"ytd":{…},"year":2026,"asOf":…,
 *  "pace":{"tce":{"used":…,"quota":…,"shareUsed":…,"expectedShare":…,"projection":…,"projectionRatio":…},"tco2":{…}},
 *  "dailyBudget":{"tce":…,"ratio":…},
 *  "intensity":{"energy":{"value":…,"lastYear":…,"base":…,"changeVsLastYear":…,"changeVsBase":…},"carbon":{…}},
 *  "barometer":{"level":"yellow","energy":{"reduction":…,"requiredPace":…,"intensityLevel":…,"projectionRatio":…,
 *               "totalsLevel":…,"level":…},"carbon":{…},"rule":"…"}}
 * {"type":"energy_meter_event","event":"reset","subject":"em-wbl-0001","subjectType":"meter","at":…,"previous":…,"current":…}
 * </pre>
 * Absent figures are left out ({@code pace} for meters, {@code dailyBudget} for all but entities,
 * {@code intensity} and {@code barometer} for all but regions).
 */
public final class EnergyIndicatorJson {

    public static final String TYPE_HOURLY = "energy_hourly";
    public static final String TYPE_METER_EVENT = "energy_meter_event";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EnergyIndicatorJson() {
    }

    public static KafkaMessage encode(EnergyResult r, ZoneId zone) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", TYPE_HOURLY);
        root.put("subject", r.subject());
        root.put("subjectType", r.subjectType());
        root.put("region", r.region());
        root.put("start", LocalHours.iso(r.hourStart(), zone));
        root.put("end", LocalHours.iso(r.hourEnd(), zone));
        root.put("final", r.finalHour());
        root.put("replayed", r.replayed());
        totals(root.putObject("hour"), r.hour());
        totals(root.putObject("day"), r.day());
        totals(root.putObject("month"), r.month());
        totals(root.putObject("ytd"), r.ytd());
        root.put("year", r.year());
        root.put("asOf", LocalHours.iso(r.asOf(), zone));
        if (r.tcePace() != null) {
            ObjectNode pace = root.putObject("pace");
            pace(pace.putObject("tce"), r.tcePace());
            pace(pace.putObject("tco2"), r.tco2Pace());
        }
        if (r.dailyBudgetTce() != null) {
            ObjectNode budget = root.putObject("dailyBudget");
            budget.put("tce", r.dailyBudgetTce());
            budget.put("ratio", r.dailyBudgetRatio());
        }
        if (r.energyIntensity() != null) {
            ObjectNode intensity = root.putObject("intensity");
            intensity(intensity.putObject("energy"), r.energyIntensity());
            intensity(intensity.putObject("carbon"), r.carbonIntensity());
        }
        if (r.energyRating() != null) {
            ObjectNode barometer = root.putObject("barometer");
            barometer.put("level", r.level() == null ? null : r.level().wireName());
            rating(barometer.putObject("energy"), r.energyRating());
            rating(barometer.putObject("carbon"), r.carbonRating());
            barometer.put("rule", Barometer.RULE);
        }
        return new KafkaMessage(r.subject(), bytes(root));
    }

    public static KafkaMessage encode(MeterEvent e, ZoneId zone) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", TYPE_METER_EVENT);
        root.put("event", MeterEvent.RESET);
        root.put("subject", e.meter());
        root.put("subjectType", "meter");
        root.put("at", LocalHours.iso(e.eventTime(), zone));
        root.put("previous", e.previous());
        root.put("current", e.current());
        return new KafkaMessage(e.meter(), bytes(root));
    }

    private static void totals(ObjectNode node, EnergyTotals t) {
        node.put("tce", t.tce());
        node.put("tco2", t.tco2());
        for (EnergyCarrier carrier : EnergyCarrier.values()) {
            node.put(carrier.counterKey(), t.nativeAmount(carrier));
        }
    }

    private static void pace(ObjectNode node, PaceFigures p) {
        node.put("used", p.used());
        node.put("quota", p.quota());
        node.put("shareUsed", p.shareUsed());
        node.put("expectedShare", p.expectedShare());
        node.put("projection", p.projection());
        node.put("projectionRatio", p.projectionRatio());
    }

    private static void intensity(ObjectNode node, IntensityFigures i) {
        node.put("value", i.intensity());
        node.put("lastYear", i.lastYear());
        node.put("base", i.base());
        node.put("changeVsLastYear", i.changeVsLastYear());
        node.put("changeVsBase", i.changeVsBase());
    }

    private static void rating(ObjectNode node, DimensionRating d) {
        node.put("reduction", d.reduction());
        node.put("requiredPace", d.requiredPace());
        node.put("intensityLevel", d.intensityLevel() == null ? null : d.intensityLevel().wireName());
        node.put("projectionRatio", d.projectionRatio());
        node.put("totalsLevel", d.totalsLevel() == null ? null : d.totalsLevel().wireName());
        node.put("level", d.level() == null ? null : d.level().wireName());
    }

    static String plain(BigDecimal value) {
        return value == null ? "n/a" : value.toPlainString();
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write indicator " + root.get("type"), e);
        }
    }

    /** Encodes results for a stream. */
    static final class Results implements MapFunction<EnergyResult, KafkaMessage> {
        private static final long serialVersionUID = 1L;
        private final ZoneId zone;

        Results(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        @Override
        public KafkaMessage map(EnergyResult result) {
            return encode(result, zone);
        }
    }

    /** Encodes meter events for a stream. */
    static final class MeterEvents implements MapFunction<MeterEvent, KafkaMessage> {
        private static final long serialVersionUID = 1L;
        private final ZoneId zone;

        MeterEvents(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        @Override
        public KafkaMessage map(MeterEvent event) {
            return encode(event, zone);
        }
    }
}
